/// Everything the notice rules look at: the plan file's policy and venues, the plan's forums and
/// round events, the previously published plan (if any), today and how far ahead to look.
public struct NoticeContext: Sendable {
    public let rules: RuleContext
    public let forums: [Meeting]
    public let events: [RoundEvent]
    /// Forums the plan lists as cancelled.
    public let cancelled: [Pin]
    /// The forums of the last published plan, when given.
    public let previous: [ForumID: Pin]?
    public let today: LocalDate
    /// The to-do list covers `today` and the days up to (not including) `today + horizonDays`.
    public let horizonDays: Int
    /// Tasks recorded as done (by task id, see `NoticeFinding.task`), with the day.
    public let done: [String: LocalDate]
    /// Tasks recorded as done for earlier details (the forum has moved or changed since), with the
    /// day: their findings stand, saying so.
    public let doneBeforeChange: [String: LocalDate]
    /// The day attendees were told of the changes since `previous`: the notice a change gives is
    /// counted from it. The plan book's latest version gives its publication day; else `today`.
    public let changedOn: LocalDate

    /// - Parameters:
    ///   - events: the plan's round events; when empty they are derived from the forums and policy.
    ///   - previous: the last published plan's forums, or nil when there is none to compare with.
    public init(
        problem: PlanningProblem, forums: [Meeting], events: [RoundEvent] = [], cancelled: [Pin] = [],
        previous: [Pin]? = nil, today: LocalDate, horizonDays: Int = 42, done: [String: LocalDate] = [:],
        doneBeforeChange: [String: LocalDate] = [:], changedOn: LocalDate? = nil
    ) {
        let rules = RuleContext(problem)
        self.rules = rules
        self.forums = forums.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        self.events = events.isEmpty ? RoundEvents.derive(for: forums, in: rules) : events
        self.cancelled = cancelled
        self.previous = previous.map { Dictionary($0.map { ($0.forum, $0) }, uniquingKeysWith: { a, _ in a }) }
        self.today = today
        self.horizonDays = horizonDays
        self.done = done
        self.doneBeforeChange = doneBeforeChange
        self.changedOn = changedOn ?? today
    }

    /// Every task `forum-planner done` can record: each round event's id (committee, papers,
    /// newsletter, copy and response deadlines, venue bookings), and the interpreter booking of each
    /// forum in an area that always has an interpreter. Sorted.
    public var taskIDs: [String] {
        let interpreters = forums.filter { rules.areas[$0.area]?.needsInterpreter == true }.map { Self.interpreterBooking($0.id) }
        return Set(events.map(\.id) + interpreters).sorted()
    }

    /// The task of booking a forum's BSL interpreter: `2027-r2-east-surrey-interpreter-booking`.
    public static func interpreterBooking(_ forum: ForumID) -> String { "\(forum)-interpreter-booking" }

    public var problem: PlanningProblem { rules.problem }
    public var policy: NoticePolicy { problem.notice }
    var dates: RoundDates { RoundDates(problem) }

    /// The plan's event of a kind in a round, if it has one.
    public func event(_ kind: RoundEvent.Kind, round: Int) -> RoundEvent? {
        events.first { $0.kind == kind && $0.round == round }
    }

    /// The publication date of round `round`'s newsletter: the plan's, or else derived from the policy
    /// (for rounds before the plan's first, i.e. last year's newsletters).
    public func newsletter(ofRound round: Int) -> LocalDate {
        event(.newsletter, round: round)?.date ?? dates.newsletter(ofRound: round)
    }

    /// The newsletter that first announces round `round`: two rounds before, or one before when
    /// the earlier one is before `announce_from`; nil when none can.
    public func announcingNewsletter(forRound round: Int) -> (round: Int, date: LocalDate)? {
        for earlier in [round - 2, round - 1] {
            let date = newsletter(ofRound: earlier)
            if let from = policy.announceFrom, date < from { continue }
            return (earlier, date)
        }
        return nil
    }

    /// True when `date` falls in the coming weeks: from today, for `horizonDays` days.
    public func isComing(_ date: LocalDate) -> Bool { date >= today && date - today < horizonDays }

    /// True when a published plan is given and this forum is not in it at the same date and venue:
    /// an arrangement made now, not when the plan was published.
    public func isNewOrChanged(_ forum: Meeting) -> Bool {
        guard let previous else { return false }
        guard let pin = previous[forum.id] else { return true }
        return pin.date != forum.date || pin.venue != forum.venue || pin.mode != forum.mode
    }

    /// The working day `count` working days before `date`.
    public func workingDays(_ count: Int, before date: LocalDate) -> LocalDate { dates.workingDays(count, before: date) }

    /// The last working day on or before `date`: deadlines never fall at a weekend or on a bank holiday.
    public func workingDay(onOrBefore date: LocalDate) -> LocalDate { dates.workingDay(onOrBefore: date) }

    /// "Round 2 (September 2027), East Surrey, in person on Tue 14 Sep 2027"
    public func describe(_ forum: Meeting) -> String { rules.describe(forum) }

    /// A deadline for arranging something for a forum, judged against today: on the to-do list when
    /// coming. Once passed: a breach if the forum is new or changed since the published plan (too
    /// late to arrange); nothing if it is unchanged (arranged when published); a warning to confirm
    /// it is in place when there is no published plan to compare with. Nil once the forum is past,
    /// or when the deadline is further off than the coming weeks.
    func arrangement(
        rule: NoticeRuleID, forum: Meeting, task: String, due: LocalDate, todo: String, late: String, confirm: String
    ) -> NoticeFinding? {
        guard forum.date >= today else { return nil }
        let subject = forum.id.rawValue
        if due >= today {
            guard isComing(due) else { return nil }
            return NoticeFinding(rule: rule, severity: .todo, subject: subject, due: due, message: todo, task: task)
        }
        if previous == nil {
            return NoticeFinding(rule: rule, severity: .warning, subject: subject, due: due, message: confirm, task: task)
        }
        guard isNewOrChanged(forum) else { return nil }
        return NoticeFinding(rule: rule, severity: .breach, subject: subject, due: due, message: late, task: task)
    }
}

/// A notice rule: looks at the whole plan and returns its findings.
public protocol NoticeRule: Sendable {
    var id: NoticeRuleID { get }
    func check(_ context: NoticeContext) -> [NoticeFinding]
}
