/// Breach: every forum is first announced in a newsletter published at least the minimum notice
/// (default 28 days) before it; the month-3 newsletter announces the next two rounds. Newsletters
/// due in the coming weeks go on the to-do list.
public struct ForumAnnouncedRule: NoticeRule {
    public let id = NoticeRuleID.forumAnnounced
    public init() {}
    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        let minimum = context.policy.minimumNoticeDays
        var findings: [NoticeFinding] = []
        for forum in context.forums {
            let due = forum.date.adding(days: -minimum)
            guard let (_, published) = context.announcingNewsletter(forRound: forum.round) else {
                findings.append(NoticeFinding(
                    rule: id, severity: .breach, subject: forum.id.rawValue, due: due,
                    message: "\(context.describe(forum)): no newsletter before the forum can announce it; announce it by \(due.uk) in some other way"))
                continue
            }
            let days = forum.date - published
            guard days < minimum else { continue }
            findings.append(NoticeFinding(
                rule: id, severity: .breach, subject: forum.id.rawValue, due: due,
                message: "\(context.describe(forum)): first announced in the newsletter of \(published.uk), only \(days) days ahead; at least \(minimum) needed"))
        }
        for event in context.events where event.kind == .newsletter && context.isComing(event.date) {
            findings.append(NoticeFinding(
                rule: id, severity: .todo, subject: event.id, due: event.date,
                message: "Publish the newsletter of round \(event.round) by \(event.date.uk): it announces the dates and arrangements of rounds \(event.round + 1) and \(event.round + 2)",
                task: event.id))
        }
        return findings
    }
}
