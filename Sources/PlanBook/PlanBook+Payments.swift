import GRDB
import PlannerCore

/// The ledger of payment runs: what `check-claims --record` paid, so that no claim line is paid twice.
extension PlanBook {
    /// Every recorded payment run with its lines, oldest first; lines sorted by person, forum and expense.
    ///
    /// - Throws: `BookError.database` when the book cannot be read or a stored value is damaged.
    public func paymentRuns() throws(BookError) -> [PaymentRun] {
        try read { db in
            let lines = Dictionary(grouping: try BookRows.paidLines(db), by: \.run)
            return try Row.fetchAll(db, sql: "SELECT number, paid_on FROM payment_run ORDER BY number").map { r in
                let number: Int = r["number"]
                return PaymentRun(number: number, paidOn: try BookRows.date(r["paid_on"]), lines: lines[number] ?? [])
            }
        }
    }

    /// Every line paid in any run: what the already-paid claim rule looks up.
    public func paidLines() throws(BookError) -> [PaidLine] {
        try read { db in try BookRows.paidLines(db) }
    }

    /// Records a payment run of `paidOn` paying `lines` (their run numbers are replaced by the new
    /// run's), in one transaction, and returns it as stored.
    ///
    /// - Throws: `BookError.database` (nothing is written) when a line was already paid in an earlier
    ///   run, naming it (a run recorded since the check was made).
    @discardableResult
    public func recordPaymentRun(paidOn: LocalDate, lines: [PaidLine]) throws(BookError) -> PaymentRun {
        var run = PaymentRun(number: 0, paidOn: paidOn, lines: [])
        try write { db in
            let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM payment_run") ?? 0) + 1
            run = PaymentRun(number: number, paidOn: paidOn, lines: lines.map { line in
                var line = line
                line.run = number
                line.paidOn = paidOn
                return line
            })
            try db.execute(sql: "INSERT INTO payment_run (number, paid_on) VALUES (?, ?)", arguments: [number, paidOn.iso])
            let insert = try db.cachedStatement(
                sql: "INSERT INTO paid_line (run, person_id, forum_id, expense, amount_pence, claim_id) VALUES (?, ?, ?, ?, ?, ?)")
            for line in run.lines {
                do {
                    try insert.execute(arguments: [
                        number, line.person.rawValue, line.forum.rawValue, line.expense.rawValue, line.amount.value, line.claim.rawValue,
                    ])
                } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // The table's key: the line was paid in another run, recorded since the check was made.
                    let earlier = try Int.fetchOne(
                        db, sql: "SELECT run FROM paid_line WHERE person_id = ? AND forum_id = ? AND expense = ?",
                        arguments: [line.person.rawValue, line.forum.rawValue, line.expense.rawValue])
                    guard let earlier else { throw error }
                    throw BookError.database(
                        path: path,
                        message: "\(line.person)'s \(line.expense.plainName) for forum \(line.forum) was already paid in payment run \(earlier); nothing was recorded: check the claims again")
                }
            }
        }
        return run
    }
}

extension BookRows {
    static func paidLines(_ db: Database) throws -> [PaidLine] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT l.*, r.paid_on FROM paid_line l JOIN payment_run r ON r.number = l.run
                ORDER BY l.run, l.person_id, l.forum_id, l.expense
                """
        ).map { r in
            guard let expense = Expense(rawValue: r["expense"]) else { throw Damaged(what: "paid line's expense") }
            return PaidLine(
                person: Person.ID(r["person_id"] as String), forum: ForumID(r["forum_id"] as String), expense: expense,
                amount: Pence(r["amount_pence"]), claim: Claim.ID(r["claim_id"] as String), run: r["run"], paidOn: try date(r["paid_on"]))
        }
    }
}
