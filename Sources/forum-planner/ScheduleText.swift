import PlanBook
import PlannerCore

/// Schedules and versions as plain text for the terminal.
enum ScheduleText {
    /// The draft's cancelled forums and its changes since the published version.
    static func draftNotes(_ draft: Schedule, published: PublishedVersion?, context: RuleContext) -> String {
        var lines: [String] = []
        let cancelled = draft.forums.filter { $0.status == .cancelled }
        if !cancelled.isEmpty {
            lines += ["", "Cancelled:"]
            lines += cancelled.map { f in "  \(f.title), \(f.meeting.date.uk)" + (f.reason.map { ", because \(Schedule.clause($0))" } ?? "") }
        }
        if let published {
            let changes = draft.changes(since: published.schedule)
            lines += ["", changes.isEmpty ? "No forum has changed since version \(published.number)." : "Changes since version \(published.number):"]
            lines += changes.map { "  - \($0.text)" }
            let today = context.problem.today ?? LocalDate(dayNumber: 0), short = context.problem.notice.shortNoticeDays
            for change in changes where change.kind != .added {
                guard let f = draft.forum(change.forum), f.meeting.date >= today, f.meeting.date - today < short else { continue }
                lines.append(
                    "  Short notice: the \(f.title) of \(f.meeting.date.uk) is \(f.meeting.date - today) days away (under \(short)); "
                        + "contact every registered attendee directly (phone, text or post as they prefer).")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every forum of a schedule, in date order, one line each, with its status and SEQUENCE.
    static func table(_ schedule: Schedule, context: RuleContext) -> String {
        schedule.forums.map { f in
            let m = f.meeting
            let place = m.mode == .inPerson ? "in person at \(f.venueName ?? "a venue to be confirmed")" : "online"
            var line = "  \("\(m.date.uk), \(m.start)–\(m.end)".padding(30)) \(f.areaName.padding(28)) \(place)"
            line += f.status == .cancelled ? "  CANCELLED" : ""
            line += " (sequence \(f.sequence))"
            if let reason = f.reason { line += "\n      \(f.status == .cancelled ? "cancelled" : "changed") because \(Schedule.clause(reason))" }
            return line
        }.joined(separator: "\n")
    }
}
