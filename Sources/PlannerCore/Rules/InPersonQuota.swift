/// Hard: in balanced rotation, each round of a group has exactly the group's quota of in-person forums.
public struct InPersonQuotaRule: PlanRule {
    public let id = RuleID.inPersonQuota
    public init() {}

    /// In balanced rotation, per group and round: exactly the group's quota in person.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        let problem = context.problem
        guard case .balanced = problem.rotation else { return [] }
        return problem.groups.flatMap { group in
            let areas = problem.areas.filter { $0.group == group.id }
            return (1...max(problem.roundCount, 1)).map { round -> RuleBlock in
                .roundCount(RoundCount(group: group.id, round: round, forums: context.forums(of: areas, round: round), inPerson: group.inPersonPerRound))
            }
        }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var quotas: [RoundCount] = []
        for case .roundCount(let quota) in context.blocks(of: id) { quotas.append(quota) }
        // By group id, then round.
        return quotas.sorted { ($0.group, $0.round) < ($1.group, $1.round) }.compactMap { quota in
            guard let breach = quota.breach(meetings) else { return nil }
            let name = context.groups[quota.group]?.name ?? quota.group.rawValue
            return Violation(rule: id, forums: breach.meetings.map(\.id), message: "\(context.roundName(quota.round)), \(name): \(breach.inPerson) forums in person; exactly \(quota.inPerson) wanted")
        }
    }
}
