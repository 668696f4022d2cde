/// Soft: each area's forums vary their weekday and start time across the year (not always
/// Tuesday morning). Each pair of an area's forums on the same weekday, or at the same start
/// time, costs points; the later forum of the pair carries them.
public struct WeekdayAndTimeVarietyRule: PlanRule {
    public let id = RuleID.weekdayAndTimeVariety
    public init() {}

    /// Per area: its forums' pairs on one weekday, and at one start time.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        let w = context.problem.weights
        return context.problem.areas.map {
            .pairCost(PairCost(scope: .area($0.id), forums: Set(context.forums(of: $0)), sameWeekday: w.sameWeekday, sameStart: w.sameStartTime))
        }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var byArea: [(area: Area.ID, block: PairCost)] = []
        for case .pairCost(let block) in context.blocks(of: id) {
            if case .area(let area) = block.scope { byArea.append((area, block)) }
        }
        return byArea.sorted { $0.area < $1.area }.flatMap { _, block in
            block.breaches(meetings).map { pair in
                let reasons = pair.terms.map { $0 == .sameWeekday ? "a \(pair.later.date.weekday.name)" : "at \(pair.later.start)" }
                return Violation(
                    rule: id, penalty: pair.penalty, forums: [pair.later.id, pair.earlier.id], dates: [pair.later.date, pair.earlier.date],
                    message: "\(reasons.joined(separator: " and ")) again, as in round \(pair.earlier.round)")
            }
        }
    }
}
