/// Hard: no facilitator attends more forums in one day than they can (one by default), so nobody
/// is expected in two places at once.
public struct FacilitatorOnePlaceADayRule: PlanRule {
    public let id = RuleID.facilitatorOnePlaceADay
    public init() {}

    /// Per facilitator: every forum they facilitate, at most their daily limit a day.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        let problem = context.problem
        // Each facilitator's areas in the plan file's order, from one pass over the areas.
        var areasOf: [Facilitator.ID: [Area]] = [:]
        for area in problem.areas {
            for f in Set(context.facilitators(for: area)) { areasOf[f, default: []].append(area) }
        }
        return problem.facilitators.map { facilitator in
            let areas = areasOf[facilitator.id] ?? []
            let forums = (1...max(problem.roundCount, 1)).reduce(into: Set<ForumID>()) { $0.formUnion(context.forums(of: areas, round: $1)) }
            return .dayCapacity(DayCapacity(resource: .facilitator(facilitator.id), limit: max(facilitator.maxForumsPerDay, 1), forums: forums))
        }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var breaches: [(f: Facilitator.ID, date: LocalDate, list: [Meeting], limit: Int)] = []
        for case .dayCapacity(let block) in context.blocks(of: id) {
            guard case .facilitator(let f) = block.resource else { continue }
            breaches += block.overbooked(meetings).map { (f: f, date: $0.date, list: $0.meetings, limit: block.limit) }
        }
        return breaches.sorted { ($0.date, $0.f) < ($1.date, $1.f) }.map { f, date, list, limit in
            let names = list.map { context.areaName($0.area) }.joined(separator: " and ")
            return Violation(rule: id, forums: list.map(\.id), dates: [date], message: "\(context.facilitatorName(f)) would facilitate \(list.count) forums on \(date.uk) (\(names)); at most \(limit) a day")
        }
    }
}
