/// Hard: in balanced rotation, each round of a group has exactly the group's quota of in-person forums.
public struct InPersonQuotaRule: PlanRule {
    public let id = RuleID.inPersonQuota
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        guard case .balanced = context.problem.rotation else { return [] }
        var result: [Violation] = []
        for group in context.problem.groups.sorted(by: { $0.id < $1.id }) {
            for round in 1...max(context.problem.roundCount, 1) {
                let inRound = meetings.filter { $0.round == round && context.areas[$0.area]?.group == group.id }
                guard !inRound.isEmpty else { continue }
                let count = inRound.filter { $0.mode == .inPerson }.count
                if count != group.inPersonPerRound {
                    result.append(Violation(rule: id, forums: inRound.map(\.id), message: "\(context.roundName(round)), \(group.name): \(count) forums in person; exactly \(group.inPersonPerRound) wanted"))
                }
            }
        }
        return result
    }
}
