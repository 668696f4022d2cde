/// To-do: the round events no other notice rule covers (the committee and the newsletter copy
/// deadline) when they fall in the coming weeks.
public struct DueEventsRule: NoticeRule {
    public let id = NoticeRuleID.due
    public init() {}
    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        context.events
            .filter { [.committee, .newsletterCopyDeadline].contains($0.kind) && context.isComing($0.date) }
            .map {
                NoticeFinding(
                    rule: id, severity: .todo, subject: $0.id, due: $0.date,
                    message: "\($0.title): \($0.date.uk)" + ($0.detail.isEmpty ? "" : ". \($0.detail)"), task: $0.id)
            }
    }
}
