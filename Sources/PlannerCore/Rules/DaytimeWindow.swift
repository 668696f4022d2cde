/// Hard: a daytime forum starts and ends inside the carer-friendly daytime window.
public struct DaytimeWindowRule: MeetingRule {
    public let id = RuleID.daytimeWindow
    public func reads(in context: RuleContext) -> MeetingFacets { [.time] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard context.areas[m.area]?.kind == .daytime else { return nil }
        let window = context.problem.daytimeWindow
        if window.contains(start: m.start, end: m.end) { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.start)–\(m.end) is outside the carer-friendly window \(window)")
    }
}
