/// Soft: a group's forums in a round are not on consecutive days where avoidable. Each pair on
/// consecutive days costs points; the later forum carries them.
public struct SpreadRoundRule: PlanRule {
    public let id = RuleID.spreadRound
    public init() {}

    /// Per group and round: its forums' pairs on consecutive days.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        let problem = context.problem
        return problem.groups.flatMap { group in
            let areas = problem.areas.filter { $0.group == group.id }
            return (1...max(problem.roundCount, 1)).map { round -> RuleBlock in
                .pairCost(PairCost(
                    scope: .groupRound(group.id, round: round), forums: context.forums(of: areas, round: round),
                    adjacentDays: problem.weights.consecutiveDays))
            }
        }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var pairs: [PairCost.Breach] = []
        for case .pairCost(let block) in context.blocks(of: id) { pairs += block.breaches(meetings) }
        // Later forum by date, then the earlier one, across the groups' rounds.
        return pairs.sorted { ($0.later.date, $0.later.id, $0.earlier.date, $0.earlier.id) < ($1.later.date, $1.later.id, $1.earlier.date, $1.earlier.id) }.map {
            Violation(rule: id, penalty: $0.penalty, forums: [$0.later.id, $0.earlier.id], dates: [$0.later.date, $0.earlier.date], message: "the day after \(context.areaName($0.earlier.area))'s forum")
        }
    }
}
