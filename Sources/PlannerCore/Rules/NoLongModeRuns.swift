/// Hard: in balanced rotation, no area meets in the same mode for more rounds running than allowed.
public struct NoLongModeRunsRule: PlanRule {
    public let id = RuleID.noLongModeRuns
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        guard case .balanced(let maxRun) = context.problem.rotation else { return [] }
        var result: [Violation] = []
        for area in context.problem.areas where area.kind == .daytime {
            let own = meetings.filter { $0.area == area.id }.sorted { $0.round < $1.round }
            var run: [Meeting] = []
            for m in own {
                if let last = run.last, last.mode == m.mode, last.round + 1 == m.round { run.append(m) } else { run = [m] }
                if run.count == maxRun + 1 {
                    result.append(Violation(rule: id, forums: run.map(\.id), message: "\(area.name) meets \(m.mode.plainName) \(run.count) rounds running (rounds \(run.map { String($0.round) }.joined(separator: ", "))); at most \(maxRun)"))
                }
            }
        }
        return result
    }
}
