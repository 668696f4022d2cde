/// Hard: on any day, no more forums need an interpreter from a pool than the pool can supply.
public struct InterpreterPoolPerDayRule: PlanRule {
    public let id = RuleID.interpreterPoolPerDay
    public init() {}

    /// Per pool: the forums of its groups' areas that need an interpreter, at most its `perDay` a day.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        let problem = context.problem
        return problem.interpreterPools.map { pool in
            let areas = problem.areas.filter { $0.needsInterpreter && pool.groups.contains($0.group) }
            let forums = (1...max(problem.roundCount, 1)).reduce(into: Set<ForumID>()) { $0.formUnion(context.forums(of: areas, round: $1)) }
            return .dayCapacity(DayCapacity(resource: .interpreterPool(pool.id), limit: pool.perDay, forums: forums))
        }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var result: [Violation] = []
        for case .dayCapacity(let block) in context.blocks(of: id) {
            guard case .interpreterPool(let pool) = block.resource else { continue }
            for (day, list) in block.overbooked(meetings) {
                result.append(Violation(rule: id, forums: list.map(\.id), dates: [day], message: "Interpreter pool \(pool) can cover \(block.limit) forums a day, but \(list.count) need it on \(day.uk)"))
            }
        }
        return result
    }
}
