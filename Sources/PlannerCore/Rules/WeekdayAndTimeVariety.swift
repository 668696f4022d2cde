/// Soft: each area's forums vary their weekday and start time across the year (not always
/// Tuesday morning). Each pair of an area's forums on the same weekday, or at the same start
/// time, costs points; the later forum of the pair carries them.
public struct WeekdayAndTimeVarietyRule: PlanRule {
    public let id = RuleID.weekdayAndTimeVariety
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        let w = context.problem.weights
        var result: [Violation] = []
        let byArea = Dictionary(grouping: meetings, by: \.area)
        for area in byArea.keys.sorted() {
            let own = (byArea[area] ?? []).sorted { $0.round < $1.round }
            for (i, later) in own.enumerated() {
                for earlier in own[..<i] {
                    if let v = Self.pair(earlier, later, weights: w, context: context) { result.append(v) }
                }
            }
        }
        return result
    }

    /// The penalty of one pair of meetings of the same area, carried by `later`.
    static func pair(_ earlier: Meeting, _ later: Meeting, weights w: Weights, context: RuleContext) -> Violation? {
        var penalty = 0
        var reasons: [String] = []
        if earlier.date.weekday == later.date.weekday {
            penalty += w.sameWeekday
            reasons.append("a \(later.date.weekday.name)")
        }
        if earlier.start == later.start {
            penalty += w.sameStartTime
            reasons.append("at \(later.start)")
        }
        guard penalty > 0 else { return nil }
        return Violation(rule: .weekdayAndTimeVariety, penalty: penalty, forums: [later.id, earlier.id], dates: [later.date, earlier.date], message: "\(reasons.joined(separator: " and ")) again, as in round \(earlier.round)")
    }
}
