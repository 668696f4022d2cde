/// Breach: the Trust's feedback-board responses are due by the copy deadline of the round's
/// newsletter, so they can go into it before the next forums. Responses due in the coming weeks go
/// on the to-do list.
public struct BoardResponsesRule: NoticeRule {
    public let id = NoticeRuleID.boardResponses
    public init() {}
    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        var findings: [NoticeFinding] = []
        for event in context.events where event.kind == .boardResponseDeadline {
            let copy = context.event(.newsletterCopyDeadline, round: event.round)?.date
                ?? context.dates.copyDeadline(ofRound: event.round)
            if event.date > copy {
                findings.append(NoticeFinding(
                    rule: id, severity: .breach, subject: event.id, due: copy,
                    message: "feedback-board responses for round \(event.round) are due \(event.date.uk), after the newsletter copy deadline of \(copy.uk); make them due by then"))
            } else if context.isComing(event.date) {
                findings.append(NoticeFinding(
                    rule: id, severity: .todo, subject: event.id, due: event.date,
                    message: "Chase the Trust's feedback-board responses for round \(event.round), due \(event.date.uk), for the committee papers and the newsletter",
                    task: event.id))
            }
        }
        return findings
    }
}
