import ArgumentParser
import PlannerCore
import PlannerInput

/// `forum-planner check-notice`: checks notice periods and lists what is due in the coming weeks.
struct CheckNoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-notice",
        abstract: "Check notice periods of the plan's forums, papers and bookings, and list what is due soon.",
        discussion: """
            Rules (see README): notice-forum-announced, notice-committee-papers, notice-board-responses, \
            notice-venue-booking, notice-interpreter-requests, notice-alternative-formats, notice-change \
            (with --previous), notice-due. Exits 0 when nothing is breached, 1 when something is, 64 for a \
            usage error, 65 for a bad input file.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var check: CheckOptions

    @Option(name: .long, help: ArgumentHelp("The last published plan.json: forums moved, changed or cancelled since are listed with the notice they give.", valueName: "file"))
    var previous: String?

    @Option(name: .long, help: "How many weeks ahead the to-do list looks.")
    var weeks: Int = 6

    func validate() throws {
        guard (1...52).contains(weeks) else { throw ValidationError("--weeks must be from 1 to 52, not \(weeks).") }
        try PathValidation.check(previous, option: "--previous", kind: .inputFile)
    }

    func run() throws {
        try running {
            let problem = try config.load()
            let plan = try check.loadPlan(problem)
            let previousPins = try previous.map { path in
                try readingInput { () throws(InputError) in try PublishedPlan.loadPins(path: path) }
            }
            let today = check.day
            let context = NoticeContext(
                problem: problem, forums: plan.forums, events: plan.events, cancelled: plan.cancelled,
                previous: previousPins, today: today, horizonDays: 7 * weeks)
            let findings = NoticeChecker.check(context)
            if check.json {
                print(try jsonText(NoticeOutput.document(findings, today: today)), terminator: "")
            } else {
                Console.out(NoticeOutput.text(findings, plan: check.plan, today: today, weeks: weeks))
            }
            if findings.contains(where: { $0.severity == .breach }) { throw ExitCode(Exit.checkFound) }
        }
    }
}
