/// Breach / warning: every forum that moved, changed mode or venue, was added or was cancelled since
/// the published plan is listed with the notice it gives (from today to the first affected date);
/// under the short notice (default 14 days) is a breach that needs direct contact with registered
/// attendees. A move to a date already past is a breach in itself. Needs the published plan (`--previous`).
public struct ChangesRule: NoticeRule {
    public let id = NoticeRuleID.change
    public init() {}

    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        guard let previous = context.previous else {
            // Without the published plan, the plan's own list of cancelled forums is all there is.
            return context.cancelled.sorted { $0.forum < $1.forum }.compactMap { cancellation($0, context) }
        }
        let current = Dictionary(context.forums.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var findings: [NoticeFinding] = []
        for pin in previous.values.sorted(by: { $0.forum < $1.forum }) {
            if let forum = current[pin.forum] {
                if let breach = movedIntoThePast(from: pin, to: forum, context) {
                    findings.append(breach)
                    continue
                }
                let changes = Self.changes(from: pin, to: forum, context: context)
                guard !changes.isEmpty else { continue }
                let finding = notice(
                    context, subject: forum.id, dates: [pin.date, forum.date],
                    what: "\(context.describe(forum)): \(changes.joined(separator: "; "))")
                if let finding { findings.append(finding) }
            } else if let finding = cancellation(pin, context) {
                findings.append(finding)
            }
        }
        for forum in context.forums where previous[forum.id] == nil {
            let days = forum.date - context.today
            guard days >= 0 else { continue }
            let short = days < context.policy.shortNoticeDays
            findings.append(NoticeFinding(
                rule: id, severity: short ? .breach : .info, subject: forum.id.rawValue, due: forum.date,
                message: "\(context.describe(forum)): added since the published plan, \(days) days ahead" + (short ? Self.shortAdvice(context) : "; announce it")))
        }
        return findings
    }

    /// A breach for a forum moved from a date still to come to a date already past: notice is only
    /// counted forward in time, so such a move is never "N days' notice" but an error to put right.
    func movedIntoThePast(from pin: Pin, to forum: Meeting, _ context: NoticeContext) -> NoticeFinding? {
        guard forum.date < context.today, pin.date >= context.today else { return nil }
        return NoticeFinding(
            rule: id, severity: .breach, subject: forum.id.rawValue, due: context.today,
            message: "\(context.describe(forum)): moved from \(pin.date.uk) to \(forum.date.uk), a date already past (today is \(context.today.uk)); move it to a date from today on, or cancel it")
    }

    /// The finding for a published forum that is no longer in the plan.
    func cancellation(_ pin: Pin, _ context: NoticeContext) -> NoticeFinding? {
        let area = context.rules.areaName(Area.ID(Replan.areaPart(of: pin.forum)))
        return notice(
            context, subject: pin.forum, dates: [pin.date],
            what: "\(pin.forum) (\(area), \(pin.mode.plainName) on \(pin.date.uk)): cancelled")
    }

    /// What changed, in words: moved, mode, venue.
    static func changes(from pin: Pin, to forum: Meeting, context: NoticeContext) -> [String] {
        var changes: [String] = []
        if pin.date != forum.date {
            changes.append("moved from \(pin.date.uk) \(pin.start) to \(forum.date.uk) \(forum.start)")
        } else if pin.start != forum.start {
            changes.append("now starts at \(forum.start) (was \(pin.start))")
        }
        if pin.mode != forum.mode {
            changes.append("now \(forum.mode.plainName) (was \(pin.mode.plainName))")
        } else if pin.venue != forum.venue, let old = pin.venue, let new = forum.venue {
            changes.append("venue changed from \(context.rules.venueName(old)) to \(context.rules.venueName(new))")
        }
        return changes
    }

    /// The finding for a change affecting `dates`, or nil when every one of them is past.
    func notice(_ context: NoticeContext, subject: ForumID, dates: [LocalDate], what: String) -> NoticeFinding? {
        guard let first = dates.filter({ $0 >= context.today }).min() else { return nil }
        let days = first - context.today
        let short = days < context.policy.shortNoticeDays
        let minimum = context.policy.minimumNoticeDays
        var message = "\(what): \(days == 1 ? "1 day's" : "\(days) days'") notice"
        if short {
            message += Self.shortAdvice(context)
        } else {
            message += days < minimum ? " (under the \(minimum)-day minimum notice)" : ""
            message += "; send every registered attendee the updated invitation and calendar"
        }
        return NoticeFinding(rule: id, severity: short ? .breach : .warning, subject: subject.rawValue, due: first, message: message)
    }

    /// "; under 14 days: a short-notice change: contact ..."
    static func shortAdvice(_ context: NoticeContext) -> String {
        "; under \(context.policy.shortNoticeDays) days, a short-notice change: contact every registered attendee directly (phone, text or post as they prefer), rebook or cancel taxis and interpreters, and send the updated calendar"
    }
}
