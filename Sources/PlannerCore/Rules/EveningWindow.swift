/// Hard: an evening forum starts and ends inside the evening window.
public struct EveningWindowRule: MeetingRule {
    public let id = RuleID.eveningWindow
    public func reads(in context: RuleContext) -> MeetingFacets { [.time] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard context.areas[m.area]?.kind == .evening else { return nil }
        let window = context.problem.eveningWindow
        if window.contains(start: m.start, end: m.end) { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.start)–\(m.end) is outside the evening window \(window)")
    }
}
