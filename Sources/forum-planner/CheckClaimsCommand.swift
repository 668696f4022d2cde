import ArgumentParser
import Foundation
import PlanBook
import PlannerCore
import PlannerInput

/// `forum-planner check-claims`: checks travel and carers' cost claims against the policy.
struct CheckClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-claims",
        abstract: "Check expense claims: approve, reduce, hold or reject each line, with the reasons.",
        discussion: """
            Each line is checked against the claim rules (see Documentation/ClaimsAndNotice.md) on the forums of the \
            plan book's latest published version (cancelled ones included), or of --plan FILE. Lines paid in a \
            payment run recorded in the book are never paid again; --record records this run's payments. \
            Exits 0 when every line is approved in full, 1 when any is reduced, held or rejected, 64 for a usage \
            error, 65 for a bad input file (naming the file, line, column and value).
            """
    )

    @Argument(help: ArgumentHelp("The claims CSV: one row per expense line.", valueName: "claims.csv"))
    var claims: String

    @Option(name: .long, help: ArgumentHelp("The people CSV: home area, outward postcode, taxi need, bank details on file (yes/no), chosen areas.", valueName: "file"))
    var people: String

    @Option(name: .long, help: ArgumentHelp("The outward-postcode centres CSV (approximate) for checking mileage (default: postcodes.csv next to the claims file).", valueName: "file"))
    var postcodes: String?

    @Option(name: .long, help: ArgumentHelp("Write the payment run here: person_id,total,line_count for lines approved now. Never bank details.", valueName: "file.csv"))
    var payments: String?

    @Flag(name: .long, help: "Record this payment run in the plan book (its date, and each line approved now), so no line is paid twice.")
    var record = false

    @OptionGroup var config: ConfigOptions
    @OptionGroup var check: CheckOptions
    @OptionGroup var bookOptions: BookOptions

    /// `--postcodes`, or `postcodes.csv` in the claims file's folder.
    var postcodesPath: String {
        if let postcodes { return postcodes }
        let folder = (claims as NSString).deletingLastPathComponent
        return folder.isEmpty ? "postcodes.csv" : folder + "/postcodes.csv"
    }

    func validate() throws {
        try PathValidation.check(claims, option: "claims.csv", kind: .inputFile)
        try PathValidation.check(people, option: "--people", kind: .inputFile)
        try PathValidation.check(postcodes, option: "--postcodes", kind: .inputFile)
        try PathValidation.check(payments, option: "--payments", kind: .outputFile)
        if record, check.plan != nil, bookOptions.book == nil {
            throw ValidationError("--record writes the payment run to the plan book: give --book FILE with --plan, or leave out --plan")
        }
    }

    func run() throws {
        try running {
            let problem = try config.load()
            let source = try CheckSource(check: check, bookOptions: bookOptions, config: config, problem: problem)
            let today = bookOptions.day
            let forums = source.forums + source.cancelled
            let people = try readingInput { () throws(InputError) in try PeopleCSV.load(path: self.people, areas: problem.areas) }
            let centres = try readingInput { () throws(InputError) in try PostcodeTable.load(path: postcodesPath) }
            let lines = try readingInput { () throws(InputError) in
                try ClaimsCSV.load(
                    path: claims, people: people, forums: forums.map(\.id), peopleFile: self.people,
                    planFile: source.name, today: today)
            }
            let paid = try source.book.map { book in try booked { try book.paidLines() } } ?? []
            let context = ClaimContext(
                problem: problem, forums: forums, people: people, postcodes: centres, claims: lines, today: today, paid: paid,
                cancellations: source.cancellations)
            let report = ClaimChecker.check(context)
            if let payments { try AtomicFiles.write(path: payments, contents: ClaimsOutput.paymentsCSV(report)) }
            var recorded: PaymentRun?
            if record, let book = source.book {
                recorded = try booked { try book.recordPaymentRun(paidOn: today, lines: report.paidLines(run: 0, paidOn: today)) }
            }
            if check.json {
                print(try jsonText(ClaimsOutput.document(report, today: today, recorded: recorded)), terminator: "")
            } else {
                Console.out(ClaimsOutput.table(report, file: claims, today: today))
                if let payments { Console.out("Wrote the payment run for \(report.payments.count) people to \(payments).") }
                if let run = recorded, let book = source.book {
                    Console.out("Recorded payment run \(run.number) of \(today.uk) in \(book.path): \(run.lines.count == 1 ? "1 line" : "\(run.lines.count) lines"), \(report.approved).")
                }
            }
            if !report.allApproved { throw ExitCode(Exit.checkFound) }
        }
    }
}

extension AtomicFiles {
    /// Writes one file atomically: a temporary file beside it, then a rename.
    static func write(path: String, contents: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try write([(name: (path as NSString).lastPathComponent, contents: contents)], into: folder.isEmpty ? "." : folder)
    }
}
