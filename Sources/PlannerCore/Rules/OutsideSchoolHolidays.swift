/// Hard: a daytime forum is not held in a school holiday or half term of any school calendar its
/// area follows (the school run and childcare).
public struct OutsideSchoolHolidaysRule: MeetingRule {
    public let id = RuleID.outsideSchoolHolidays
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let match = holiday(of: m, in: context) else { return nil }
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.date.uk) is in \(context.describe(match))")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { holiday(of: m, in: context) != nil }

    /// The school holiday a daytime forum falls in; nil for an evening forum or a term-time date.
    private func holiday(of m: Meeting, in context: RuleContext) -> SchoolHolidayMatch? {
        guard context.areas[m.area]?.kind == .daytime else { return nil }
        return context.schoolHoliday(on: m.date, for: m.area)
    }
}
