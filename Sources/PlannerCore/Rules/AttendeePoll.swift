/// Soft: a forum is held when the people who answered the attendee availability poll can come: each
/// "no" for its round, area, date and start time costs `weights.poll_no` points and each "if need be"
/// `weights.poll_if_need_be` (seed §5, §12). A row without a start time counts for every start that
/// day; a row for the exact start time wins over it; a date the poll did not ask about costs nothing.
public struct AttendeePollRule: MeetingRule {
    public let id = RuleID.attendeePoll
    public func reads(in context: RuleContext) -> MeetingFacets { context.problem.poll.isEmpty ? [] : [.date, .time] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let row = answers(for: m, in: context) else { return nil }
        let points = cost(row, context.problem.weights)
        guard points > 0 else { return nil }
        var parts: [String] = []
        if row.no > 0 { parts.append("\(row.no) cannot come") }
        if row.ifNeedBe > 0 { parts.append("\(row.ifNeedBe) can come only if need be") }
        let when = row.start.map { "\(m.date.uk) at \($0)" } ?? m.date.uk
        return Violation(
            rule: id, penalty: points, forums: [m.id], dates: [m.date],
            message: "the availability poll for \(when): \(parts.joined(separator: " and "))")
    }

    public func penalty(_ m: Meeting, in context: RuleContext) -> Int {
        answers(for: m, in: context).map { cost($0, context.problem.weights) } ?? 0
    }

    /// The poll row for the meeting's round, area, date and start (or its whole day); nil without a poll.
    private func answers(for m: Meeting, in context: RuleContext) -> AvailabilityPoll.Row? {
        let poll = context.problem.poll
        guard !poll.isEmpty else { return nil }
        return poll.answers(round: m.round, area: m.area, date: m.date, start: m.start)
    }

    private func cost(_ row: AvailabilityPoll.Row, _ weights: Weights) -> Int {
        row.no * weights.pollNo + row.ifNeedBe * weights.pollIfNeedBe
    }
}
