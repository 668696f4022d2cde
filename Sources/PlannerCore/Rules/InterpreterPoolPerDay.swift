/// Hard: on any day, no more forums need an interpreter from a pool than the pool can supply.
public struct InterpreterPoolPerDayRule: PlanRule {
    public let id = RuleID.interpreterPoolPerDay
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var result: [Violation] = []
        for pool in context.problem.interpreterPools {
            var byDay: [LocalDate: [Meeting]] = [:]
            for m in meetings {
                guard let area = context.areas[m.area], area.needsInterpreter, pool.groups.contains(area.group) else { continue }
                byDay[m.date, default: []].append(m)
            }
            for day in byDay.keys.sorted() {
                guard let list = byDay[day], list.count > pool.perDay else { continue }
                result.append(Violation(rule: id, forums: list.map(\.id), dates: [day], message: "Interpreter pool \(pool.id) can cover \(pool.perDay) forums a day, but \(list.count) need it on \(day.uk)"))
            }
        }
        return result
    }
}
