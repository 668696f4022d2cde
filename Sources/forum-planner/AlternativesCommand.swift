import ArgumentParser
import Foundation
import PlanBook
import PlannerCore
import PlannerInput

/// `forum-planner alternatives FORUM-ID [--count N]`: the best other dates, times and venues for
/// one forum, each with the exact change in the year's total penalty when the rest of the year is
/// re-planned around it. Reads the plan book; writes nothing.
struct AlternativesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alternatives",
        abstract: "List the best other dates, times and venues for one forum, and what each costs the year.",
        discussion: """
            For a coordinator talking to a venue. The year is planned as `plan` plans it (published forums stay as they are, \
            against the plan book's latest version); then, for every other date, start time and venue (or online) the forum \
            could have, the year is planned again with the forum pinned there. Each choice shows the exact change in the \
            year's total penalty, the rules that make it worse, and the other forums that would move. Nothing is written. \
            Exits 0, 3 when the year as it stands has no plan, 65 for an unknown forum, one cancelled or already held, \
            or a bad input file or book, 70 when a plan fails the planner's own check (a bug).
            """
    )

    /// The most choices `--count` may ask for.
    static let countRange = 1...50

    @Argument(help: ArgumentHelp("The forum's id, e.g. 2027-r2-east-surrey (as `show` lists them).", valueName: "forum-id"))
    var forum: String

    @Option(name: .long, help: ArgumentHelp("How many choices to list, 1 to 50.", valueName: "n"))
    var count = 5

    @Flag(name: .long, help: "Print the choices as JSON instead of text.")
    var json = false

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions
    @OptionGroup var bookOptions: BookOptions
    @OptionGroup var mip: MIPOptions

    func validate() throws {
        guard Self.countRange.contains(count) else {
            throw ValidationError("--count: \(count) is out of range (expected \(Self.countRange.lowerBound) to \(Self.countRange.upperBound))")
        }
    }

    func run() throws {
        try running {
            let year = try ReplanInputs(config: config, venues: venueSource, options: bookOptions)
            let id = try year.forum(forum)
            let report: Alternatives.Report
            do throws(Alternatives.Failure) {
                report = try Alternatives.find(id, in: year.problem, count: count, options: mip.applied(to: SolverOptions()))
            } catch {
                switch error {
                case .unknownForum(let id): throw Failure.badInput("FORUM-ID: \(id) is not planned this year")
                case .noPlan(let why):
                    Console.error(InfeasibilityText.render(why, context: RuleContext(year.problem)))
                    throw ExitCode(Exit.noPlan)
                case .internalError(let failure):
                    Console.error("Internal error: the planner's own check of its plan failed: \(failure). This is a bug in forum-planner: please report it, with the plan file.")
                    throw ExitCode(Exit.internalError)
                }
            }
            let text = AlternativesText(report: report, context: RuleContext(year.problem), today: year.today)
            if json { print(try jsonText(text.document()), terminator: "") } else { Console.out(text.render()) }
        }
    }
}
