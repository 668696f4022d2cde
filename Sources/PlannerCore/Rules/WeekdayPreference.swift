/// Soft: forums are held Tuesday to Thursday where possible; a Monday costs a little, a Friday more.
public struct WeekdayPreferenceRule: MeetingRule {
    public let id = RuleID.weekdayPreference
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let w = context.problem.weights
        let penalty: Int
        switch m.date.weekday {
        case .monday: penalty = w.monday
        case .friday: penalty = w.friday
        default: penalty = 0
        }
        guard penalty > 0 else { return nil }
        return Violation(rule: id, penalty: penalty, forums: [m.id], dates: [m.date], message: "on a \(m.date.weekday.name)")
    }
}
