/// Hard: a forum is held on a working day, Monday to Friday, and not on a bank holiday.
public struct WorkingDayRule: MeetingRule {
    public let id = RuleID.workingDay
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        if m.date.weekday.isWeekend {
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.date.weekday.name) is not a working day")
        }
        if let holiday = context.calendars.bankHoliday(on: m.date) {
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.date.uk) is a bank holiday (\(holiday.name))")
        }
        return nil
    }
}
