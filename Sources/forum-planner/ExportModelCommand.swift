import ArgumentParser
import Foundation
import PlannerCore
import PlannerInput

/// `forum-planner export-model`: writes the planner's exact problem as a 0-1 program (LP or MPS),
/// so any MIP solver can check the planner's optimum.
struct ExportModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-model",
        abstract: "Write the planner's exact problem as a 0-1 mixed-integer program (LP or MPS) for any MIP solver.",
        discussion: """
            The model has every hard rule, the same weighted objective and the pins of --published, built from
            the same options the planner searches: its optimum is the planner's objective when the plan is proven
            optimal. Comments at the top map each variable x<f>_<k>_<t> to a forum id, date, start, mode and venue.
            Tests/tools/check_model.py solves it with HiGHS and compares. Exits 0, or 65 for a bad input file.
            """
    )

    /// The file format, as written on the command line.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case lp, mps
        var export: ModelExport.Format { self == .lp ? .lp : .mps }
    }

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions

    @Option(name: .long, help: ArgumentHelp("A published plan.json: its forums are pinned, as `plan --published` pins them.", valueName: "file"))
    var published: String?

    @Option(name: .long, help: "The file format: lp (CPLEX LP) or mps (free MPS).")
    var format: Format = .lp

    @Option(name: .long, help: ArgumentHelp("Write the model to this file (atomically) instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        try PathValidation.check(published, option: "--published", kind: .inputFile)
        try PathValidation.check(out, option: "--out", kind: .outputFile)
    }

    func run() throws {
        try running {
            let problem = try config.load(venues: venueSource, published: published)
            let document: ModelExport.Document
            do { document = try ModelExport.document(problem, format: format.export) } catch { throw Failure.badInput("\(config.config): \(error)") }
            guard let out else {
                print(document.text, terminator: "")
                return
            }
            let url = URL(fileURLWithPath: out)
            let folder = out.contains("/") ? url.deletingLastPathComponent().path : "."
            try AtomicFiles.write([(name: url.lastPathComponent, contents: document.text)], into: folder)
            Console.out("Wrote \(out): \(document.variables) variables (\(document.binaries) binary), \(document.constraints) constraints.")
        }
    }
}
