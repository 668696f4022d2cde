/// Breach: committee papers are published at least the papers notice (default 7 days) before the
/// committee. Papers due in the coming weeks go on the to-do list.
public struct CommitteePapersRule: NoticeRule {
    public let id = NoticeRuleID.committeePapers
    public init() {}
    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        let days = context.policy.papersDaysBefore
        var findings: [NoticeFinding] = []
        for round in 1...max(context.problem.roundCount, 1) where context.problem.roundCount > 0 {
            let committee = context.event(.committee, round: round)?.date ?? context.dates.committee(ofRound: round)
            let papers = context.event(.committeePapers, round: round)?.date ?? context.dates.papers(ofRound: round)
            let subject = "\(context.problem.roundID(round))-committee-papers"
            let due = committee.adding(days: -days)
            if papers > due {
                findings.append(NoticeFinding(
                    rule: id, severity: .breach, subject: subject, due: due,
                    message: "the papers for the committee of \(committee.uk) are published \(papers.uk), \(committee - papers) days ahead; at least \(days) needed, so by \(due.uk)"))
            } else if context.isComing(papers) {
                findings.append(NoticeFinding(
                    rule: id, severity: .todo, subject: subject, due: papers,
                    message: "Publish the papers for the committee of \(committee.uk) on the micro-site by \(papers.uk), with a plain-English summary",
                    task: subject))
            }
        }
        return findings
    }
}
