/// Hard: with a rotation table, a forum meets in the mode the table gives for its area and round.
public struct RotationTableRule: MeetingRule {
    public let id = RuleID.rotationTable
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let wanted = wantedMode(of: m, in: context) else { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.roundName(m.round)), \(context.areaName(m.area)): the rotation table says \(wanted.plainName), not \(m.mode.plainName)")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { wantedMode(of: m, in: context) != nil }

    /// The mode the table gives when the meeting is in another one; nil when it agrees or the table says nothing.
    private func wantedMode(of m: Meeting, in context: RuleContext) -> Mode? {
        guard case .table(let table) = context.problem.rotation, let modes = table[m.area], m.round >= 1, m.round <= modes.count
        else { return nil }
        let wanted = modes[m.round - 1]
        return wanted == m.mode ? nil : wanted
    }
}
