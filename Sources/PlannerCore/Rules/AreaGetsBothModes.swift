/// Hard: every area forum (not the evening forum) meets both online and in person at least once in the year.
public struct AreaGetsBothModesRule: PlanRule {
    public let id = RuleID.areaGetsBothModes
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        guard context.problem.roundCount >= 2 else { return [] }
        var result: [Violation] = []
        for area in context.problem.areas where area.kind == .daytime {
            let own = meetings.filter { $0.area == area.id }
            guard own.count == context.problem.roundCount else { continue }
            for mode in Mode.allCases where !own.contains(where: { $0.mode == mode }) {
                result.append(Violation(rule: id, forums: own.map(\.id), message: "\(area.name) never meets \(mode.plainName) this year"))
            }
        }
        return result
    }
}
