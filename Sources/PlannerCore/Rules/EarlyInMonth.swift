/// Soft: forums are held as early in the month as possible: one point per day after the 1st,
/// and more per day after the preferred last day.
public struct EarlyInMonthRule: MeetingRule {
    public let id = RuleID.earlyInMonth
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let w = context.problem.weights
        let preferred = context.problem.rounds.preferredLastDay
        let penalty = (m.date.day - 1) * w.lateInMonthPerDay + max(0, m.date.day - preferred) * w.pastPreferredPerDay
        guard penalty > 0 else { return nil }
        let past = m.date.day > preferred ? ", after the preferred day \(preferred)" : ""
        return Violation(rule: id, penalty: penalty, forums: [m.id], dates: [m.date], message: "day \(m.date.day) of the month\(past)")
    }
}
