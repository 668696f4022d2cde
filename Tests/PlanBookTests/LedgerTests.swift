import Foundation
import GRDB
import PlannerCore
import Testing

@testable import PlanBook

/// The book's ledger of payment runs and its record of tasks done: migrations from the previous
/// schema and from empty, one transaction per run, a line never paid twice.
@Suite("Plan book ledger")
struct LedgerTests {
    static let june = LocalDate(year: 2027, month: 6, day: 30) ?? LocalDate(dayNumber: 0)
    static let july = LocalDate(year: 2027, month: 7, day: 30) ?? LocalDate(dayNumber: 0)

    static func line(_ person: String, _ forum: String, _ expense: Expense, _ pence: Int, claim: String) -> PaidLine {
        PaidLine(person: Person.ID(person), forum: ForumID(forum), expense: expense, amount: Pence(pence), claim: Claim.ID(claim), run: 0, paidOn: june)
    }

    static let allSteps = ["v1-versions", "v2-decisions", "v3-payment-runs", "v4-tasks-done"]

    /// A book made up to schema step `step` only, holding the rows `sql` inserts, then opened by this version.
    static func book(at step: String, _ name: String, sql: String) throws -> PlanBook {
        let path = PlanBookTests.folder(name) + "/book.sqlite"
        let queue = try DatabaseQueue(path: path)
        try BookSchema.migrator.migrate(queue, upTo: step)
        try queue.write { db in try db.execute(sql: "INSERT INTO book (id, plan_year) VALUES (1, 2027);" + sql) }
        try queue.close()
        return try PlanBook(path: path, planYear: 2027, create: false)
    }

    @Test("a book at the previous schema step (v2) gets the ledger and the tasks table, keeping its versions and decisions")
    func migratesFromPrevious() throws {
        let book = try Self.book(at: "v2-decisions", "ledger-v2", sql: """
            INSERT INTO version (number, published_on, note, plan_json, plan_file_hash) VALUES (1, '2027-01-15', 'v1', '{}', '0');
            INSERT INTO decision (kind, forum_id, decided_on, reason, after_version) VALUES ('cancel', '2027-r1-east-surrey', '2027-02-01', 'the hall flooded', 1);
            """)
        #expect(try book.appliedMigrations() == Self.allSteps)
        #expect(try book.latest()?.note == "v1")
        #expect(try book.decisions().map(\.reason) == ["the hall flooded"])
        #expect(try book.paymentRuns().isEmpty)
        #expect(try book.tasksDone().isEmpty)
    }

    @Test("a book at v3 (payment runs, no tasks table) keeps its runs when brought up to date")
    func migratesFromV3() throws {
        let book = try Self.book(at: "v3-payment-runs", "ledger-v3", sql: """
            INSERT INTO payment_run (number, paid_on) VALUES (1, '2027-06-30');
            INSERT INTO paid_line (run, person_id, forum_id, expense, amount_pence, claim_id) VALUES (1, 'P001', '2027-r1-north', 'parking', 350, 'C1');
            """)
        #expect(try book.appliedMigrations() == Self.allSteps)
        #expect(try book.paymentRuns() == [PaymentRun(number: 1, paidOn: Self.june, lines: [Self.line("P001", "2027-r1-north", .parking, 350, claim: "C1").inRun(1)])])
        #expect(try book.tasksDone().isEmpty)
    }

    @Test("payment runs are numbered, read back with their lines and totals; a line already paid is refused and nothing written")
    func recordsRuns() throws {
        let path = PlanBookTests.folder("ledger-runs") + "/book.sqlite"
        let book = try PlanBook(path: path, planYear: 2027, create: true)
        #expect(try book.paymentRuns().isEmpty)
        let first = try book.recordPaymentRun(paidOn: Self.june, lines: [
            Self.line("P002", "2027-r1-north", .parking, 350, claim: "C2"), Self.line("P001", "2027-r1-north", .mileage, 572, claim: "C1"),
        ])
        #expect(first.number == 1 && first.total == Pence(922))
        let second = try book.recordPaymentRun(paidOn: Self.july, lines: [Self.line("P001", "2027-r1-north", .parking, 400, claim: "C3")])
        #expect(second.number == 2 && second.lines.map(\.paidOn) == [Self.july])
        let runs = try PlanBook(path: path, planYear: 2027, create: false).paymentRuns()
        #expect(runs.map(\.number) == [1, 2])
        #expect(runs.map(\.paidOn) == [Self.june, Self.july])
        #expect(runs[0].lines.map(\.person) == ["P001", "P002"], "sorted by person")
        #expect(runs[0].lines.map(\.run) == [1, 1])
        #expect(runs.map(\.total) == [Pence(922), Pence(400)])
        #expect(try book.paidLines().count == 3)

        #expect(throws: BookError.database(path: path, message: "P001's mileage for forum 2027-r1-north was already paid in payment run 1; nothing was recorded: check the claims again")) {
            try book.recordPaymentRun(paidOn: Self.july, lines: [
                Self.line("P003", "2027-r1-north", .taxi, 1800, claim: "C4"), Self.line("P001", "2027-r1-north", .mileage, 572, claim: "C5"),
            ])
        }
        #expect(try book.paymentRuns().map(\.number) == [1, 2], "the refused run is not recorded")
        #expect(try book.paidLines().count == 3, "nor any of its lines")
    }

    @Test("a run with nothing approved is recorded with a zero total")
    func emptyRun() throws {
        let book = try PlanBook(path: PlanBookTests.folder("ledger-empty") + "/book.sqlite", planYear: 2027, create: true)
        let run = try book.recordPaymentRun(paidOn: Self.june, lines: [])
        let runs = try book.paymentRuns()
        #expect(run.number == 1 && run.total == .zero && runs == [run])
    }

    @Test("sums of money are checked: an overflow gives nil, never a trap")
    func checkedSums() {
        #expect(Pence.sum([Pence(1), Pence(2)]) == Pence(3))
        #expect(Pence.sum([]) == .zero)
        #expect(Pence.sum([Pence(Int.max), Pence(1)]) == nil)
        let run = PaymentRun(number: 1, paidOn: Self.june, lines: [Self.line("P001", "f", .taxi, Int.max, claim: "C1"), Self.line("P002", "f", .taxi, 1, claim: "C2")])
        #expect(run.total == nil)
    }

    @Test("a task recorded as done reads back; recording it again replaces the mark")
    func tasksDone() throws {
        let book = try PlanBook(path: PlanBookTests.folder("tasks") + "/book.sqlite", planYear: 2027, create: true)
        try book.importVersion(PlanBookTests.version(1, date: Self.june), decisions: [])
        let mark = TaskDone(task: "2027-r1-newsletter", doneOn: Self.june, version: 1, fingerprint: "n")
        try book.recordDone(mark)
        #expect(try book.tasksDone() == [mark])
        var again = mark
        again.doneOn = Self.july
        try book.recordDone(again)
        #expect(try book.tasksDone() == [again])
    }
}

extension PaidLine {
    func inRun(_ run: Int) -> PaidLine {
        var copy = self
        copy.run = run
        return copy
    }
}
