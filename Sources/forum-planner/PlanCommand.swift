import ArgumentParser
import Foundation
import PlannerCore
import PlannerInput

/// `forum-planner plan`: plans the year, prints the schedule, writes plan.json and the calendars.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan every forum of the year, print the schedule and write plan.json and the calendars.",
        discussion: """
            Exits 0 with a plan, 3 when no plan meets every hard rule (the reasons are printed), 65 for a bad input file, \
            70 when the plan fails the planner's own check (a bug: nothing is written).
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions

    @Option(name: .long, help: ArgumentHelp(
        "Folder for plan.json and the .ics calendars (default: Calendars/ for the default plan file, else Calendars/ next to the plan file).",
        valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("A published plan.json: its forums stay put unless they have become impossible.", valueName: "file"))
    var published: String?

    @Option(name: .long, help: "Stop the search after this many nodes (the plan is then marked feasible, with a lower bound).")
    var nodeBudget: Int = 2_000_000

    @Flag(name: .long, help: "Print the plan as JSON instead of a table.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Testing only: add N to the total the search claims, so its self-check must fail.", visibility: .hidden))
    var testingClaimOffset = 0

    func run() throws {
        try running {
            let problem = try config.load(venues: venueSource, published: published)
            let context = RuleContext(problem)
            var options = SolverOptions(nodeBudget: nodeBudget)
            options.testingClaimOffset = testingClaimOffset
            switch Planner.plan(problem, options: options) {
            case .infeasible(let why):
                Console.error(InfeasibilityText.render(why, context: context))
                throw ExitCode(Exit.noPlan)
            case .internalError(let failure):
                Console.error("Internal error: the planner's own check of its plan failed: \(failure). No files were written. This is a bug in forum-planner: please report it, with the plan file.")
                throw ExitCode(Exit.internalError)
            case .planned(let plan):
                let jsonText = try PlanJSON.text(plan, context: context)
                var files = [(name: "plan.json", contents: jsonText)]
                files += try CalendarOutput.files(plan, problem: problem)
                let folder = out ?? Self.defaultFolder(config: config.config)
                try AtomicFiles.write(files, into: folder)
                if json { print(jsonText, terminator: "") } else { Console.out(PlanTable.render(plan, context: context)) }
                if !json { Console.out("Wrote \(files.count) files to \(folder)/.") }
                if let aside = plan.proof.parts.compactMap(\.groupSearchSteppedAside).first {
                    Console.error("Note: the group search stepped aside (\(aside)); the slower forum-by-forum search planned that part.")
                }
            }
        }
    }
}

extension PlanCommand {
    /// Where `plan` writes without `--out`: this repository's `Calendars/` for the default plan
    /// file, else a `Calendars` folder next to the plan file, so that planning another trust's
    /// year never overwrites these calendars.
    static func defaultFolder(config: String) -> String {
        guard config != ConfigOptions.defaultPath else { return "Calendars" }
        let parent = (config as NSString).deletingLastPathComponent
        return parent.isEmpty ? "Calendars" : (parent as NSString).appendingPathComponent("Calendars")
    }
}

/// Why there is no plan, in plain English.
enum InfeasibilityText {
    static func render(_ why: Infeasibility, context: RuleContext) -> String {
        var lines = [why.proven ? "No plan meets every hard rule." : "No plan was found."]
        for c in why.conflicts {
            let rules = c.rules.isEmpty ? "" : " [\(c.rules.map(\.rawValue).joined(separator: ", "))]"
            lines.append("- \(c.message)\(rules)")
        }
        return lines.joined(separator: "\n")
    }
}
