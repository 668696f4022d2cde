/// Breach: alternative-format requests (large print, easy read, braille, audio) can be made up to
/// the alternative-format notice (default 10 working days) before every forum, so the forum must be
/// announced before then. Request deadlines in the coming weeks are on the to-do list.
public struct AlternativeFormatsRule: NoticeRule {
    public let id = NoticeRuleID.alternativeFormats
    public init() {}
    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        let days = context.policy.alternativeFormatWorkingDays
        var findings: [NoticeFinding] = []
        for forum in context.forums {
            let due = context.dates.alternativeFormatDeadline(forForumOn: forum.date)
            if let (_, announced) = context.announcingNewsletter(forRound: forum.round), announced > due {
                findings.append(NoticeFinding(
                    rule: id, severity: .breach, subject: forum.id.rawValue, due: due,
                    message: "\(context.describe(forum)): alternative-format requests close \(due.uk) (\(days) working days ahead), before the newsletter of \(announced.uk) announces the forum"))
            } else if context.isComing(due) {
                findings.append(NoticeFinding(
                    rule: id, severity: .todo, subject: forum.id.rawValue, due: due,
                    message: "Alternative-format requests for \(context.describe(forum)) close \(due.uk) (\(days) working days ahead): prepare what has been asked for"))
            }
        }
        return findings
    }
}
