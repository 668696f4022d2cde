/// The table of contents of the notice rules, run by `NoticeChecker`; every finding carries its
/// rule's id.
public enum NoticeRuleID: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Every forum is first announced in a newsletter at least the minimum notice before it (default 28 days).
    case forumAnnounced = "notice-forum-announced"
    /// Committee papers are published at least the papers notice before the committee (default 7 days).
    case committeePapers = "notice-committee-papers"
    /// Feedback-board responses are due by the copy deadline of the newsletter they go into.
    case boardResponses = "notice-board-responses"
    /// Each in-person forum's venue is booked by its lead time, and before the forum is announced.
    case venueBooking = "notice-venue-booking"
    /// BSL and interpreter requests can be made at least 14 days before a forum, and are booked by then.
    case interpreterRequests = "notice-interpreter-requests"
    /// Alternative-format requests can be made 10 working days before a forum.
    case alternativeFormats = "notice-alternative-formats"
    /// A forum moved, changed mode or venue, added or cancelled since the published plan, with the
    /// notice it gives; under 14 days needs direct contact with registered attendees.
    case change = "notice-change"
    /// A round's event (newsletter, copy deadline, papers, committee) due in the coming weeks.
    case due = "notice-due"

    public static func < (l: NoticeRuleID, r: NoticeRuleID) -> Bool { l.order < r.order }
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// How much a notice finding matters.
public enum NoticeSeverity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// A rule is broken: the check exits 1.
    case breach
    /// Needs a look (e.g. a deadline has passed: is the booking confirmed?).
    case warning
    /// On the coordinator's to-do list: due in the coming weeks.
    case todo
    /// For information (e.g. a change with enough notice).
    case info
    /// A task recorded as done (`forum-planner done`): listed instead of its warning or to-do.
    case done

    public static func < (l: NoticeSeverity, r: NoticeSeverity) -> Bool { l.order < r.order }
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// One finding of the notice check: the rule, how much it matters, what it is about, when it is
/// due and a plain-English sentence naming forums, venues and dates.
public struct NoticeFinding: Sendable, Hashable, CustomStringConvertible {
    public var rule: NoticeRuleID
    public var severity: NoticeSeverity
    /// The forum or event id, e.g. `2027-r2-east-surrey` or `2027-r1-committee-papers`.
    public var subject: String
    /// When the thing is due (the latest day to act), if there is such a day.
    public var due: LocalDate?
    public var message: String
    /// The task a coordinator does to settle the finding (a staff event's id, such as
    /// `2027-r2-east-surrey-venue-booking`), which `forum-planner done` can record; nil when the
    /// finding is about the plan's dates rather than something to do.
    public var task: String?

    public init(rule: NoticeRuleID, severity: NoticeSeverity, subject: String, due: LocalDate?, message: String, task: String? = nil) {
        self.rule = rule; self.severity = severity; self.subject = subject; self.due = due; self.message = message
        self.task = task
    }

    public var description: String { "[\(rule.rawValue)] \(severity.rawValue) \(subject): \(message)" }

    /// Severity, then due date (undated last), then rule, then subject.
    public static func ordered(_ l: NoticeFinding, _ r: NoticeFinding) -> Bool {
        let ld = l.due?.dayNumber ?? Int.max, rd = r.due?.dayNumber ?? Int.max
        return (l.severity.order, ld, l.rule.order, l.subject) < (r.severity.order, rd, r.rule.order, r.subject)
    }
}
