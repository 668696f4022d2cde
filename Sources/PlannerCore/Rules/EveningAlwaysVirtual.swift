/// Hard: an evening forum is always online.
public struct EveningAlwaysVirtualRule: MeetingRule {
    public let id = RuleID.eveningAlwaysVirtual
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard isBroken(m, in: context) else { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.roundName(m.round)), \(context.areaName(m.area)): the evening forum is always online")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool {
        context.areas[m.area]?.kind == .evening && m.mode != .virtual
    }
}
