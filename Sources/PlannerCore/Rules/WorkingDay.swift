/// Hard: a forum is held on a working day, Monday to Friday, and not on a bank holiday.
public struct WorkingDayRule: MeetingRule {
    public let id = RuleID.workingDay
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        switch breach(m, in: context) {
        case nil:
            return nil
        case .weekend?:
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.date.weekday.name) is not a working day")
        case .bankHoliday(let holiday)?:
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): \(m.date.uk) is a bank holiday (\(holiday.name))")
        }
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { breach(m, in: context) != nil }

    private enum Breach { case weekend, bankHoliday(NamedDate) }

    /// Why the meeting's date is not a working day: a weekend, else a bank holiday; nil when it is one.
    private func breach(_ m: Meeting, in context: RuleContext) -> Breach? {
        if m.date.weekday.isWeekend { return .weekend }
        if let holiday = context.calendars.bankHoliday(on: m.date) { return .bankHoliday(holiday) }
        return nil
    }
}
