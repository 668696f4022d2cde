import ArgumentParser
import PlanBook
import PlannerCore
import PlannerInput

/// `forum-planner check-notice`: checks notice periods and lists what is due in the coming weeks.
struct CheckNoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-notice",
        abstract: "Check notice periods of the plan's forums, papers and bookings, and list what is due soon.",
        discussion: """
            Reads the plan book's latest published version and compares it with the version before (or \
            --since-version N); with --plan FILE, checks that plan.json (and --previous FILE) once instead. \
            Rules (see Documentation/ClaimsAndNotice.md): notice-forum-announced, notice-committee-papers, \
            notice-board-responses, notice-venue-booking, notice-interpreter-requests, notice-alternative-formats, \
            notice-change, notice-due. Exits 0 when nothing is breached, 1 when something is, 64 for a \
            usage error, 65 for a bad input file or book.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var check: CheckOptions
    @OptionGroup var bookOptions: BookOptions

    @Option(name: .long, help: ArgumentHelp("With --plan: the last published plan.json; forums moved, changed or cancelled since are listed with the notice they give.", valueName: "file"))
    var previous: String?

    @Option(name: .customLong("since-version"), help: ArgumentHelp("Compare the latest published version with version N of the book (default: the version before it).", valueName: "n"))
    var sinceVersion: Int?

    @Option(name: .long, help: "How many weeks ahead the to-do list looks.")
    var weeks: Int = 6

    func validate() throws {
        guard (1...52).contains(weeks) else { throw ValidationError("--weeks must be from 1 to 52, not \(weeks).") }
        try PathValidation.check(previous, option: "--previous", kind: .inputFile)
        if previous != nil, check.plan == nil {
            throw ValidationError("--previous compares with --plan FILE; without --plan, the book's versions are compared (use --since-version N)")
        }
        if let sinceVersion, check.plan != nil || sinceVersion < 1 {
            throw ValidationError(sinceVersion < 1
                ? "--since-version must be a published version number, 1 or more, not \(sinceVersion)"
                : "--since-version compares the book's versions; with --plan FILE, use --previous FILE")
        }
    }

    func run() throws {
        try running {
            let problem = try config.load()
            let source = try CheckSource(check: check, bookOptions: bookOptions, config: config, problem: problem)
            let today = bookOptions.day
            let previousPins: [Pin]?
            if let previous {
                previousPins = try readingInput { () throws(InputError) in try PublishedPlan.loadPins(path: previous) }
            } else {
                previousPins = try earlierVersion(source)?.schedule.pins
            }
            let done = try doneTasks(source)
            let context = NoticeContext(
                problem: problem, forums: source.forums, events: source.events, cancelled: source.cancelledPins,
                previous: previousPins, today: today, horizonDays: 7 * weeks, done: done.holding,
                doneBeforeChange: done.changed, changedOn: source.version?.publishedOn)
            let findings = NoticeChecker.check(context)
            if check.json {
                print(try jsonText(NoticeOutput.document(findings, today: today)), terminator: "")
            } else {
                Console.out(NoticeOutput.text(findings, plan: source.name, today: today, weeks: weeks))
            }
            if findings.contains(where: { $0.severity == .breach }) { throw ExitCode(Exit.checkFound) }
        }
    }

    /// The tasks recorded as done that hold in the book's latest version; none when reading a plan.json.
    func doneTasks(_ source: CheckSource) throws -> (holding: [String: LocalDate], changed: [String: LocalDate]) {
        guard let book = source.book, let latest = source.version else { return ([:], [:]) }
        return try DoneCommand.doneTasks(book, version: latest)
    }

    /// The version the book's latest is compared with: `--since-version N`, else the one before the
    /// latest; nil when reading a plan.json, or when the latest is the first.
    func earlierVersion(_ source: CheckSource) throws -> PublishedVersion? {
        guard let book = source.book, let latest = source.version else { return nil }
        guard let number = sinceVersion else {
            return latest.number > 1 ? try booked { try book.version(latest.number - 1) } : nil
        }
        guard number < latest.number, let version = try booked({ try book.version(number) }) else {
            let expected = latest.number == 1
                ? "only version 1 has been published, so there is none earlier to compare with"
                : "expected \(latest.number == 2 ? "1" : "1 to \(latest.number - 1)"), as the latest is \(latest.number)"
            throw Failure.badInput("\(book.path): --since-version \(number) is not an earlier published version (\(expected))")
        }
        return version
    }
}
