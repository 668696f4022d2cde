/// Hard: a daytime forum is not held in school holidays or half terms (the school run and childcare).
public struct OutsideSchoolHolidaysRule: MeetingRule {
    public let id = RuleID.outsideSchoolHolidays
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let holiday = holiday(of: m, in: context) else { return nil }
        let estimated = holiday.estimated ? " (estimated dates)" : ""
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.date.uk) is in the school holiday \(holiday.name)\(estimated)")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { holiday(of: m, in: context) != nil }

    /// The school holiday a daytime forum falls in; nil for an evening forum or a term-time date.
    private func holiday(of m: Meeting, in context: RuleContext) -> Holiday? {
        guard context.areas[m.area]?.kind == .daytime else { return nil }
        return context.calendars.schoolHoliday(on: m.date)
    }
}
