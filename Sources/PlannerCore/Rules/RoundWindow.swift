/// Hard: a forum is held in month 1 of its round, on or before the latest day allowed.
public struct RoundWindowRule: MeetingRule {
    public let id = RuleID.roundWindow
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let policy = context.problem.rounds
        guard m.round >= 1, m.round <= policy.forumMonths.count else {
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(m.id): there is no round \(m.round)")
        }
        let month = policy.forumMonths[m.round - 1]
        if m.date.yearMonth != month {
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): not in \(month.name), month 1 of the round")
        }
        if m.date.day > policy.latestDay {
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): after day \(policy.latestDay) of the month, the latest allowed")
        }
        return nil
    }
}
