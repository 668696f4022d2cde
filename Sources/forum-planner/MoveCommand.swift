import ArgumentParser
import PlanBook
import PlannerInput
import PlannerCore

/// `forum-planner move FORUM-ID --date D [--start HH:MM] [--venue ID] --reason TEXT`: a
/// coordinator's move, checked against every hard rule, then held like a pin.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move one forum to another date, time or venue, with a reason for attendees.",
        discussion: """
            The new details are checked against every hard rule; a move that breaks one is refused with the rule and why. \
            A venue makes the forum in person; without --venue it keeps its mode and venue. \
            Exits 0 when recorded, 65 when refused or for a bad input file or book.
            """
    )

    @Argument(help: ArgumentHelp("The forum's id, e.g. 2027-r2-east-surrey.", valueName: "forum-id"))
    var forum: String

    @Option(name: .long, help: ArgumentHelp("The new date, YYYY-MM-DD.", valueName: "date"))
    var date: DayArgument

    @Option(name: .long, help: ArgumentHelp("The new start time, HH:MM (default: the same).", valueName: "time"))
    var start: String?

    @Option(name: .long, help: ArgumentHelp("The new venue's id (default: the same).", valueName: "venue-id"))
    var venue: String?

    @OptionGroup var reasonOption: ReasonOption

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions
    @OptionGroup var bookOptions: BookOptions

    func validate() throws {
        if let start, TimeOfDay(text: start) == nil { throw ValidationError("--start: \"\(start)\" is not a time (expected HH:MM, e.g. 10:00)") }
    }

    func run() throws {
        try running {
            let reason = try reasonOption.checked()
            var session = try BookDraft(config: config, venues: venueSource, options: bookOptions)
            let i = try session.index(of: forum)
            let before = session.draft.schedule.forums[i]
            var m = before.meeting
            let length = m.end.minutes - m.start.minutes
            m.date = date.date
            m.start = start.flatMap { TimeOfDay(text: $0) } ?? m.start
            m.end = m.start.adding(minutes: length)
            if let venue {
                guard session.problem.venue(Venue.ID(venue)) != nil else {
                    throw Failure.badInput("--venue: " + UnknownName.message(kind: "venue", name: venue, known: session.problem.venues.map(\.id.rawValue).sorted()))
                }
                m.mode = .inPerson
                m.venue = Venue.ID(venue)
            }
            try Self.check(m, in: session)
            var moved = before
            moved.meeting = m
            let published = session.latest?.schedule.forum(m.id)
            moved.venueName = m.venue.flatMap { session.problem.venue($0)?.name }
            moved.firstAnnounced = before.firstAnnounced ?? published.map { Announcement($0) }
            moved.reason = reason
            if let first = moved.firstAnnounced, first.matches(m) { moved.firstAnnounced = nil }
            session.draft.schedule.forums[i] = moved
            try session.record(Decision(
                kind: .move(Announcement(m)), forum: m.id, decidedOn: session.today, reason: reason, afterVersion: session.latest?.number ?? 0))
            Console.out("Moved: \(moved.title) to \(moved.details), because \(Schedule.clause(reason)).")
            let notice = m.date - session.today, short = session.problem.notice.shortNoticeDays
            if notice < short {
                Console.out("This gives \(notice) days' notice, under \(short): a short-notice change. Contact every registered attendee directly.")
            }
            Console.out("Recorded in \(session.book.path); `forum-planner publish` announces it.")
        }
    }

    /// Refuses a move that breaks a hard rule, by the rule checker over the whole draft with the move in it.
    static func check(_ m: Meeting, in session: BookDraft) throws {
        let context = RuleContext(session.problem)
        let meetings = session.draft.schedule.forums.filter { $0.status == .confirmed }.map { $0.meeting.id == m.id ? m : $0.meeting }
        let broken = Rules.check(meetings, in: context).filter { $0.rule.isHard && $0.rule != .pinnedForumStays && $0.forums.contains(m.id) }
        guard !broken.isEmpty else { return }
        var lines = ["Cannot move \(m.id) to \(m.date.uk) at \(m.start): it breaks \(broken.count == 1 ? "a hard rule" : "\(broken.count) hard rules")."]
        lines += broken.map { "- [\($0.rule.rawValue)] \($0.message)" }
        throw Failure.badInput(lines.joined(separator: "\n"))
    }
}
