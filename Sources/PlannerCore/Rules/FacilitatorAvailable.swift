/// Hard: every facilitator of a forum is available on its date.
public struct FacilitatorAvailableRule: MeetingRule {
    public let id = RuleID.facilitatorAvailable
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let away = away(m, in: context)
        guard !away.isEmpty else { return nil }
        let names = away.map { context.facilitatorName($0) }.joined(separator: ", ")
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(names) unavailable on \(m.date.uk)")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { m.facilitators.contains { isAway($0, m, context) } }

    /// The meeting's facilitators who are unavailable on its date, in the meeting's order.
    private func away(_ m: Meeting, in context: RuleContext) -> [Facilitator.ID] { m.facilitators.filter { isAway($0, m, context) } }

    private func isAway(_ f: Facilitator.ID, _ m: Meeting, _ context: RuleContext) -> Bool {
        context.facilitators[f]?.unavailable.contains(m.date) ?? false
    }
}
