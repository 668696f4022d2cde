/// Soft: the evening forum is held in school term time where possible: it costs points in a school
/// holiday or half term of any school calendar its area follows, when carers with school-age
/// children have the most to juggle (seed §5; §21 item 6: a hard exclusion for daytime forums, a
/// soft penalty for the evening forum).
public struct EveningInSchoolHolidaysRule: MeetingRule {
    public let id = RuleID.eveningInSchoolHolidays
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let match = holiday(of: m, in: context) else { return nil }
        return Violation(
            rule: id, penalty: context.problem.weights.eveningInSchoolHolidays, forums: [m.id], dates: [m.date],
            message: "evening forum in \(context.describe(match))")
    }

    public func penalty(_ m: Meeting, in context: RuleContext) -> Int {
        holiday(of: m, in: context) == nil ? 0 : context.problem.weights.eveningInSchoolHolidays
    }

    /// The school holiday an evening forum falls in; nil for a daytime forum, a term-time date or a weight of 0.
    private func holiday(of m: Meeting, in context: RuleContext) -> SchoolHolidayMatch? {
        guard context.problem.weights.eveningInSchoolHolidays > 0, context.areas[m.area]?.kind == .evening else { return nil }
        return context.schoolHoliday(on: m.date, for: m.area)
    }
}
