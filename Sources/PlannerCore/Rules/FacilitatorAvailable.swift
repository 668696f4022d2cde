/// Hard: every facilitator of a forum is available on its date.
public struct FacilitatorAvailableRule: MeetingRule {
    public let id = RuleID.facilitatorAvailable
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let away = away(m, in: context)
        guard !away.isEmpty else { return nil }
        let names = away.map { context.facilitatorName($0) }.joined(separator: ", ")
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(names) unavailable on \(m.date.uk)")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { !away(m, in: context).isEmpty }

    /// The meeting's facilitators who are unavailable on its date, in the meeting's order.
    private func away(_ m: Meeting, in context: RuleContext) -> [Facilitator.ID] {
        m.facilitators.filter { context.facilitators[$0]?.unavailable.contains(m.date) ?? false }
    }
}
