/// Hard: a forum is first announced in a newsletter at least the minimum notice before it.
public struct MinimumNoticeRule: MeetingRule {
    public let id = RuleID.minimumNotice
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let minimum = context.problem.notice.minimumNoticeDays
        guard let (_, published) = RoundDates(context.problem).announcingNewsletter(forRound: m.round) else {
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): no newsletter before the forum can announce it")
        }
        let days = m.date - published
        if days >= minimum { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date, published], message: "\(context.describe(m)): announced in the newsletter of \(published.uk), only \(days) days ahead; at least \(minimum) needed")
    }
}
