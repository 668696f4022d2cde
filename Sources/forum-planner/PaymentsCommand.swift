import ArgumentParser
import PlanBook
import PlannerCore

/// `forum-planner payments`: the payment runs recorded in the plan book, with their totals.
struct PaymentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "payments",
        abstract: "List the payment runs recorded by `check-claims --record`, with their totals.",
        discussion: "Person ids only: no names, no bank details. Exits 0, or 65 for a bad input file or book."
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var bookOptions: BookOptions

    @Flag(name: .long, help: "Print the runs as JSON.")
    var json = false

    struct Person: Encodable { let person_id: String, total: String, total_pence: Int, line_count: Int }
    struct Run: Encodable { let run: Int, paid_on: String, lines: Int, total: String, total_pence: Int, people: [Person] }
    struct Document: Encodable { let runs: [Run], lines: Int, total: String, total_pence: Int }

    func run() throws {
        try running {
            let problem = try config.load()
            let book = try bookOptions.open(config: config.config, problem: problem, create: false)
            let runs = try booked { try book.paymentRuns() }
            let document = try Self.document(runs, book: book.path)
            if json {
                print(try jsonText(document), terminator: "")
                return
            }
            Console.out(Self.text(document, book: book.path))
        }
    }

    /// Every run with its total and each person's, and the total of all runs, in checked sums.
    ///
    /// - Throws: `Failure.badInput` when a sum overflows (only a ledger edited by hand can do that).
    static func document(_ runs: [PaymentRun], book: String) throws -> Document {
        func sum(_ amounts: [Pence]) throws -> Pence {
            guard let total = Pence.sum(amounts) else {
                throw Failure.badInput("\(book): the payment runs' amounts add up to more than can be counted (the book may have been edited by hand)")
            }
            return total
        }
        var all: [Pence] = []
        let documented = try runs.map { run in
            let byPerson = Dictionary(grouping: run.lines, by: \.person)
            let people = try byPerson.keys.sorted().map { person in
                let lines = byPerson[person] ?? []
                let total = try sum(lines.map(\.amount))
                return Person(person_id: person.rawValue, total: total.pounds, total_pence: total.value, line_count: lines.count)
            }
            let total = try sum(run.lines.map(\.amount))
            all.append(total)
            return Run(run: run.number, paid_on: run.paidOn.iso, lines: run.lines.count, total: total.pounds, total_pence: total.value, people: people)
        }
        let total = try sum(all)
        return Document(runs: documented, lines: runs.reduce(0) { $0 + $1.lines.count }, total: total.pounds, total_pence: total.value)
    }

    /// One line per run, then the total of all runs.
    static func text(_ document: Document, book: String) -> String {
        guard !document.runs.isEmpty else { return "No payment run has been recorded in \(book) yet (`check-claims --record` records one)." }
        var out = ["Payment runs recorded in \(book):"]
        for run in document.runs {
            let date = LocalDate(iso: run.paid_on)?.uk ?? run.paid_on
            let lines = run.lines == 1 ? "1 line" : "\(run.lines) lines"
            let people = run.people.count == 1 ? "1 person" : "\(run.people.count) people"
            out.append("  Run \(run.run), \(date): " + (run.lines == 0 ? "nothing approved, £0.00" : "\(lines) for \(people), £\(run.total)"))
        }
        let lines = document.lines == 1 ? "1 line" : "\(document.lines) lines"
        out.append("Total paid in \(document.runs.count) run\(document.runs.count == 1 ? "" : "s"): \(lines), £\(document.total)")
        return out.joined(separator: "\n")
    }
}
