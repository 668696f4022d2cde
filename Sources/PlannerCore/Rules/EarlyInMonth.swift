/// Soft: forums are held as early in the month as possible: one point per day after the 1st,
/// and more per day after the preferred last day.
public struct EarlyInMonthRule: MeetingRule {
    public let id = RuleID.earlyInMonth
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let penalty = penalty(m, in: context)
        guard penalty > 0 else { return nil }
        let preferred = context.problem.rounds.preferredLastDay
        let past = m.date.day > preferred ? ", after the preferred day \(preferred)" : ""
        return Violation(rule: id, penalty: penalty, forums: [m.id], dates: [m.date], message: "day \(m.date.day) of the month\(past)")
    }

    /// The points for the meeting's day of the month (0 when there are none).
    public func penalty(_ m: Meeting, in context: RuleContext) -> Int {
        let w = context.problem.weights
        let preferred = context.problem.rounds.preferredLastDay
        let day = m.date.day
        return max(0, (day - 1) * w.lateInMonthPerDay + max(0, day - preferred) * w.pastPreferredPerDay)
    }
}
