/// Hard: when re-planning on a day, forums before it stay as they were, a published forum that
/// must move goes no earlier than that day, and a forum not yet published no earlier than that
/// day plus the minimum notice. Silent when the problem has no day of planning (`today` is nil).
public struct NotBeforeTodayRule: MeetingRule {
    public let id = RuleID.notBeforeToday
    /// Nothing without a day of re-planning; the date alone without pins; else all (a pin in the past must match).
    public func reads(in context: RuleContext) -> MeetingFacets {
        context.problem.today == nil ? [] : context.pins.isEmpty ? [.date] : .all
    }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let breach = breach(m, in: context) else { return nil }
        let message: String
        switch breach {
        case .history(let pin):
            message = "\(context.describe(m)): the forum of \(pin.date.uk) is in the past and cannot change"
        case .beforeToday(let today):
            message = "\(context.describe(m)): a published forum cannot move to a day before \(today.uk), the day of re-planning"
        case .tooSoon(let earliest, let days):
            message = "\(context.describe(m)): not yet announced, so it needs \(days) days' notice: no earlier than \(earliest.uk)"
        }
        return Violation(rule: id, forums: [m.id], dates: [m.date], message: message)
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { breach(m, in: context) != nil }

    private enum Breach { case history(Pin), beforeToday(LocalDate), tooSoon(LocalDate, days: Int) }

    private func breach(_ m: Meeting, in context: RuleContext) -> Breach? {
        guard let today = context.problem.today else { return nil }
        if let pin = context.pin(for: m.id) {
            if pin.date < today {
                return pin.matches(m) ? nil : .history(pin)
            }
            return m.date < today ? .beforeToday(today) : nil
        }
        let days = max(context.problem.notice.minimumNoticeDays, 0)
        let earliest = today.adding(days: days)
        return m.date < earliest ? .tooSoon(earliest, days: days) : nil
    }
}
