/// Hard: with a rotation table, a forum meets in the mode the table gives for its area and round.
public struct RotationTableRule: MeetingRule {
    public let id = RuleID.rotationTable
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard case .table(let table) = context.problem.rotation, let modes = table[m.area], m.round >= 1, m.round <= modes.count
        else { return nil }
        let wanted = modes[m.round - 1]
        if wanted == m.mode { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.roundName(m.round)), \(context.areaName(m.area)): the rotation table says \(wanted.plainName), not \(m.mode.plainName)")
    }
}
