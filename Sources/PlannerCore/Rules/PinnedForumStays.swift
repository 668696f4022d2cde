/// Hard: a forum pinned from a published plan keeps its date, start time, mode and venue.
public struct PinnedForumStaysRule: MeetingRule {
    public let id = RuleID.pinnedForumStays
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let pin = context.pin(for: m.id) else { return nil }
        if pin.matches(m) { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date, pin.date], message: "\(context.describe(m)): published as \(pin.mode.plainName) on \(pin.date.uk) at \(pin.start)")
    }
}
