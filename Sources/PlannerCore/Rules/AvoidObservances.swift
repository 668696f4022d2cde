/// Soft: forums avoid religious and cultural observances, and evening forums also avoid the eves
/// of observances that begin at sunset.
public struct AvoidObservancesRule: MeetingRule {
    public let id = RuleID.avoidObservances
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let evening = context.areas[m.area]?.kind == .evening
        let clashes = context.calendars.observances(on: m.date, evening: evening)
        guard !clashes.isEmpty else { return nil }
        let names = clashes.map { $0.date == m.date ? $0.name : "the eve of \($0.name)" }.joined(separator: ", ")
        return Violation(rule: id, penalty: context.problem.weights.observance * clashes.count, forums: [m.id], dates: [m.date], message: "clashes with \(names)")
    }
}
