/// Soft: forums avoid religious and cultural observances, and evening forums also avoid the eves
/// of observances that begin at sunset.
public struct AvoidObservancesRule: MeetingRule {
    public let id = RuleID.avoidObservances
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let (clashes, penalty) = clashes(of: m, in: context) else { return nil }
        let names = clashes.map { $0.date == m.date ? $0.name : "the eve of \($0.name)" }.joined(separator: ", ")
        return Violation(rule: id, penalty: penalty, forums: [m.id], dates: [m.date], message: "clashes with \(names)")
    }

    public func penalty(_ m: Meeting, in context: RuleContext) -> Int { clashes(of: m, in: context)?.penalty ?? 0 }

    /// The observances the meeting clashes with (their eves too, for an evening forum) and the
    /// points they cost; nil when there are none.
    private func clashes(of m: Meeting, in context: RuleContext) -> (clashes: [NamedDate], penalty: Int)? {
        let evening = context.areas[m.area]?.kind == .evening
        let clashes = context.calendars.observances(on: m.date, evening: evening)
        return clashes.isEmpty ? nil : (clashes, context.problem.weights.observance * clashes.count)
    }
}
