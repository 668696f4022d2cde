import ArgumentParser
import PlanBook
import PlannerCore

/// `forum-planner cancel FORUM-ID --reason TEXT`: a coordinator's cancellation, kept for the rest of the year.
struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel one forum, with a reason for attendees; `publish` announces it.",
        discussion: """
            The forum stays in every later version and calendar, marked cancelled, with the reason. \
            Exits 0 when recorded, 65 for an unknown forum, one already cancelled or held, or a bad input file or book.
            """
    )

    @Argument(help: ArgumentHelp("The forum's id, e.g. 2027-r2-east-surrey (as `show` lists them).", valueName: "forum-id"))
    var forum: String

    @OptionGroup var reasonOption: ReasonOption

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions
    @OptionGroup var bookOptions: BookOptions

    func run() throws {
        try running {
            let reason = try reasonOption.checked()
            var session = try BookDraft(config: config, venues: venueSource, options: bookOptions)
            let i = try session.index(of: forum)
            session.draft.schedule.forums[i].status = .cancelled
            session.draft.schedule.forums[i].reason = reason
            let f = session.draft.schedule.forums[i]
            try session.record(Decision(
                kind: .cancel, forum: f.meeting.id, decidedOn: session.today, reason: reason, afterVersion: session.latest?.number ?? 0))
            Console.out("Cancelled: \(f.title), \(f.meeting.date.uk), because \(Schedule.clause(reason)).")
            Console.out("Recorded in \(session.book.path); `forum-planner publish` announces it.")
        }
    }
}
