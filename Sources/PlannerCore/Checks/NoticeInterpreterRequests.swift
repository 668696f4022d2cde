/// Breach: BSL and interpreter requests can be made at least the interpreter notice (default 14
/// days) before every forum, so the forum must be announced before then; for areas that always
/// have an interpreter, the booking is judged against today like a venue booking.
public struct InterpreterRequestsRule: NoticeRule {
    public let id = NoticeRuleID.interpreterRequests
    public init() {}
    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        let days = context.policy.interpreterRequestDays
        var findings: [NoticeFinding] = []
        for forum in context.forums {
            let due = context.dates.interpreterRequestDeadline(forForumOn: forum.date)
            if let (_, announced) = context.announcingNewsletter(forRound: forum.round), announced > due {
                findings.append(NoticeFinding(
                    rule: id, severity: .breach, subject: forum.id.rawValue, due: due,
                    message: "\(context.describe(forum)): BSL and interpreter requests close \(due.uk) (\(days) days ahead), before the newsletter of \(announced.uk) announces the forum"))
            }
            guard context.rules.areas[forum.area]?.needsInterpreter == true else { continue }
            let book = context.workingDay(onOrBefore: due)
            let finding = context.arrangement(
                rule: id, forum: forum, task: NoticeContext.interpreterBooking(forum.id), due: book,
                todo: "Book the BSL interpreter for \(context.describe(forum)) by \(book.uk) (\(days) days ahead)",
                late: "\(context.describe(forum)) needs a BSL interpreter, booked by \(book.uk) (\(days) days ahead); it is new or changed since the published plan, so book one now and tell the attendees who need one",
                confirm: "\(context.describe(forum)): the BSL interpreter had to be booked by \(book.uk): make sure the booking is confirmed")
            if let finding { findings.append(finding) }
        }
        return findings
    }
}
