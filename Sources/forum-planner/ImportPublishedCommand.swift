import ArgumentParser
import PlanBook
import PlannerCore
import PlannerInput

/// `forum-planner import-published FILE`: seeds a new plan book from a published plan.json.
struct ImportPublishedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-published",
        abstract: "Start a plan book from a plan.json already published, so its forums keep their identities.",
        discussion: """
            The file's forums (and its cancelled forums) become version 1 of a new book, with their SEQUENCE numbers. \
            Exits 0, or 65 for a bad file, a book that already has versions, or a bad input file.
            """
    )

    @Argument(help: ArgumentHelp("The published plan.json.", valueName: "file"))
    var file: String

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions
    @OptionGroup var bookOptions: BookOptions

    @Option(name: .long, help: ArgumentHelp("The day it was published, YYYY-MM-DD (default: --today).", valueName: "date"))
    var publishedOn: DayArgument?

    func validate() throws { try PathValidation.check(file, option: "plan.json", kind: .inputFile) }

    func run() throws {
        try running {
            var problem = try config.load(venues: venueSource, published: nil)
            let pins: (text: String, forums: [Pin], cancelled: [Pin])
            do { pins = try PublishedPlan.load(path: file) } catch { throw Failure.badInput("\(error)") }
            let text = pins.text
            let day = publishedOn?.date ?? bookOptions.day
            problem.stamp = day
            let context = RuleContext(problem)
            let forums = pins.forums.map { Self.forum($0, status: .confirmed, context: context) }
                + pins.cancelled.map { Self.forum($0, status: .cancelled, context: context) }
            let events = RoundEvents.derive(for: forums.filter { $0.status == .confirmed }.map(\.meeting), in: context)
            let schedule = Schedule(
                forums: forums.sorted { ($0.meeting.date, $0.meeting.start, $0.meeting.id) < ($1.meeting.date, $1.meeting.start, $1.meeting.id) },
                events: events.map { ScheduledEvent(event: $0) })
            let version = PublishedVersion(
                number: 1, publishedOn: day, note: "imported from \(file)", planJSON: text, planFileHash: try config.planFileHash(),
                schedule: schedule, fingerprints: try Publishing.fingerprints(schedule, problem: problem, kept: [:], planFile: config.config),
                shown: try Publishing.shown(schedule, problem: problem, kept: [:], planFile: config.config), changes: [])
            let book = try bookOptions.open(config: config.config, problem: problem, create: true)
            let decisions = pins.cancelled.map {
                Decision(kind: .cancel, forum: $0.forum, decidedOn: day, reason: "cancelled before the plan book was started", afterVersion: 0)
            }
            try booked { try book.importVersion(version, decisions: decisions) }
            Console.out("Imported \(pins.forums.count) forums and \(pins.cancelled.count) cancelled as version 1 (published \(day.uk)) into \(book.path).")
        }
    }

    /// A forum of the file as the book keeps it: its area's name and format from the plan file
    /// (the id's area when the area has gone), with the file's SEQUENCE.
    static func forum(_ pin: Pin, status: ScheduleStatus, context: RuleContext) -> ScheduledForum {
        let problem = context.problem
        let area = Area.ID(Replan.areaPart(of: pin.forum))
        let known = context.areas[area]
        let minutes = known.map { problem.format(for: $0, mode: pin.mode).minutes }
            ?? (pin.mode == .inPerson ? problem.inPersonFormat : problem.virtualFormat).minutes
        let meeting = Meeting(
            id: pin.forum, round: Replan.round(of: pin.forum), area: area, mode: pin.mode, date: pin.date, start: pin.start,
            end: pin.start.adding(minutes: minutes), venue: pin.venue, facilitators: known.map { context.facilitators(for: $0) } ?? [])
        return ScheduledForum(
            meeting: meeting, areaName: context.areaName(area), venueName: pin.venue.flatMap { context.venues[$0]?.name },
            status: status, sequence: pin.sequence,
            reason: status == .cancelled ? "the forum was cancelled" : nil)
    }
}
