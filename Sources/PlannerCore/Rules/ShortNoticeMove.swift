/// Soft: a published forum that must move gives at least the short notice (default 14 days) from
/// the day of re-planning where it can; each day short costs `pointsPerDay`, more than any other
/// soft rule can cost a forum, so a date with short notice is chosen only when nothing else works.
public struct ShortNoticeMoveRule: MeetingRule {
    public let id = RuleID.shortNoticeMove
    /// Nothing without a day of re-planning or pins; else all (whether the pin moved).
    public func reads(in context: RuleContext) -> MeetingFacets {
        context.problem.today == nil || context.pins.isEmpty ? [] : .all
    }
    /// Points for each day under the short notice.
    public static let pointsPerDay = 1_000
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let (today, days) = shortBy(m, in: context) else { return nil }
        let notice = context.problem.notice.shortNoticeDays
        return Violation(
            rule: id, penalty: days * Self.pointsPerDay, forums: [m.id], dates: [m.date],
            message: "\(context.describe(m)): moved on \(today.uk) with \(notice - days) days' notice, a short-notice change (under \(notice) days)")
    }

    public func penalty(_ m: Meeting, in context: RuleContext) -> Int {
        (shortBy(m, in: context)?.days ?? 0) * Self.pointsPerDay
    }

    /// The day of re-planning and the days the moved forum falls short of the short notice; nil
    /// when it is not a moved published forum or gives enough notice.
    private func shortBy(_ m: Meeting, in context: RuleContext) -> (LocalDate, days: Int)? {
        guard let today = context.problem.today, let pin = context.pin(for: m.id), pin.date >= today else { return nil }
        let short = context.problem.notice.shortNoticeDays - (m.date - today)
        return !pin.matches(m) && short > 0 ? (today, short) : nil
    }
}
