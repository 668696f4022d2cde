import ArgumentParser
import Foundation
import PlannerCore
import PlannerInput

/// `forum-planner check-claims`: checks travel and carers' cost claims against the policy.
struct CheckClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-claims",
        abstract: "Check expense claims: approve, reduce, hold or reject each line, with the reasons.",
        discussion: """
            Each line is checked against the claim rules (see README: claim-known-forum-and-person, claim-travel-in-person-only, \
            claim-one-forum-per-round, claim-mileage-rate, claim-mileage-distance, claim-receipt-required, \
            claim-taxi-needs-approval, claim-pre-approval-and-cap, claim-window, claim-duplicate, claim-bank-details). \
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

    @OptionGroup var config: ConfigOptions
    @OptionGroup var check: CheckOptions

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
    }

    func run() throws {
        try running {
            let problem = try config.load()
            let plan = try check.loadPlan(problem)
            let today = check.day
            let people = try readingInput { () throws(InputError) in try PeopleCSV.load(path: self.people, areas: problem.areas) }
            let centres = try readingInput { () throws(InputError) in try PostcodeTable.load(path: postcodesPath) }
            let lines = try readingInput { () throws(InputError) in
                try ClaimsCSV.load(
                    path: claims, people: people, forums: plan.forums.map(\.id), peopleFile: self.people,
                    planFile: check.plan, today: today)
            }
            let context = ClaimContext(problem: problem, forums: plan.forums, people: people, postcodes: centres, claims: lines, today: today)
            let report = ClaimChecker.check(context)
            if let payments { try AtomicFiles.write(path: payments, contents: ClaimsOutput.paymentsCSV(report)) }
            if check.json {
                print(try jsonText(ClaimsOutput.document(report, today: today)), terminator: "")
            } else {
                Console.out(ClaimsOutput.table(report, file: claims, today: today))
                if let payments { Console.out("Wrote the payment run for \(report.payments.count) people to \(payments).") }
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
