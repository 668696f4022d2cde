/// Hard: a daytime forum is not held in school holidays or half terms (the school run and childcare).
public struct OutsideSchoolHolidaysRule: MeetingRule {
    public let id = RuleID.outsideSchoolHolidays
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard context.areas[m.area]?.kind == .daytime, let holiday = context.calendars.schoolHoliday(on: m.date) else { return nil }
        let estimated = holiday.estimated ? " (estimated dates)" : ""
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.date.uk) is in the school holiday \(holiday.name)\(estimated)")
    }
}
