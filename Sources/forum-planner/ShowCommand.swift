import ArgumentParser
import PlanBook
import PlannerCore

/// `forum-planner show --version N`: one published version's schedule.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the schedule of a published version (default: the latest).",
        discussion: "Exits 0, or 65 for an unknown version or a bad input file or book."
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var bookOptions: BookOptions

    @Option(name: .long, help: "The version number, as `history` lists them.")
    var version: Int?

    func run() throws {
        try running {
            let problem = try config.load()
            let book = try bookOptions.open(config: config.config, problem: problem, create: false)
            let latest = try booked { try book.latest() }
            guard let number = version ?? latest?.number else { throw Failure.badInput("\(book.path): no version has been published yet") }
            guard let v = try booked({ try book.version(number) }) else {
                throw Failure.badInput("--version: \(number) is not a published version (expected 1 to \(latest?.number ?? 0))")
            }
            Console.out("Version \(v.number), published \(v.publishedOn.uk)\(v.note.isEmpty ? "" : ": \(v.note)")")
            Console.out(ScheduleText.table(v.schedule, context: RuleContext(problem)))
        }
    }
}
