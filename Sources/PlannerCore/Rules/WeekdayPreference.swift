/// Soft: forums are held Tuesday to Thursday where possible; a Monday costs a little, a Friday more.
public struct WeekdayPreferenceRule: MeetingRule {
    public let id = RuleID.weekdayPreference
    public func reads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        let penalty = penalty(m, in: context)
        guard penalty > 0 else { return nil }
        return Violation(rule: id, penalty: penalty, forums: [m.id], dates: [m.date], message: "on a \(m.date.weekday.name)")
    }

    /// The points for the meeting's weekday (0 when there are none).
    public func penalty(_ m: Meeting, in context: RuleContext) -> Int {
        let w = context.problem.weights
        switch m.date.weekday {
        case .monday: return max(0, w.monday)
        case .friday: return max(0, w.friday)
        default: return 0
        }
    }
}
