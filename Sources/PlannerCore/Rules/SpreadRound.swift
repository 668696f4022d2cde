/// Soft: a group's forums in a round are not on consecutive days where avoidable. Each pair on
/// consecutive days costs points; the later forum carries them.
public struct SpreadRoundRule: PlanRule {
    public let id = RuleID.spreadRound
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        let sorted = meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var result: [Violation] = []
        for (i, later) in sorted.enumerated() {
            for earlier in sorted[..<i] where later.date - earlier.date == 1 && earlier.round == later.round {
                guard let g1 = context.areas[earlier.area]?.group, g1 == context.areas[later.area]?.group else { continue }
                result.append(Violation(rule: id, penalty: context.problem.weights.consecutiveDays, forums: [later.id, earlier.id], dates: [later.date, earlier.date], message: "the day after \(context.areaName(earlier.area))'s forum"))
            }
        }
        return result
    }
}
