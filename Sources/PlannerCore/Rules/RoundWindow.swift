/// Hard: a forum is held in month 1 of its round, on or before the latest day allowed.
public struct RoundWindowRule: MeetingRule {
    public let id = RuleID.roundWindow
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        switch breach(m, in: context) {
        case nil:
            return nil
        case .noSuchRound?:
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(m.id): there is no round \(m.round)")
        case .outsideMonth(let month)?:
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): not in \(month.name), month 1 of the round")
        case .afterLatestDay(let latest)?:
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): after day \(latest) of the month, the latest allowed")
        }
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { breach(m, in: context) != nil }

    private enum Breach { case noSuchRound, outsideMonth(YearMonth), afterLatestDay(Int) }

    /// The first way the meeting misses its round's window, or nil when it is inside it.
    private func breach(_ m: Meeting, in context: RuleContext) -> Breach? {
        let policy = context.problem.rounds
        guard m.round >= 1, m.round <= policy.forumMonths.count else { return .noSuchRound }
        let month = policy.forumMonths[m.round - 1]
        if m.date.yearMonth != month { return .outsideMonth(month) }
        if m.date.day > policy.latestDay { return .afterLatestDay(policy.latestDay) }
        return nil
    }
}
