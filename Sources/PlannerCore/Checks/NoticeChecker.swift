/// Checks a plan's notice periods and lists what is due in the coming weeks.
public enum NoticeChecker {
    /// Every notice rule, in table-of-contents order.
    public static let rules: [any NoticeRule] = [
        ForumAnnouncedRule(), CommitteePapersRule(), BoardResponsesRule(), VenueBookingRule(),
        InterpreterRequestsRule(), AlternativeFormatsRule(), ChangesRule(), DueEventsRule(),
    ]

    /// Every finding, sorted by severity, due date, rule and subject; a finding whose task is
    /// recorded as done (`context.done`) is listed as done instead.
    public static func check(_ context: NoticeContext) -> [NoticeFinding] {
        rules.flatMap { $0.check(context) }.map { markDone($0, context) }.sorted(by: NoticeFinding.ordered)
    }

    /// The finding as done, when its task was recorded as done; with a word that it must be done
    /// again when it was recorded for details that have changed since; unchanged otherwise.
    static func markDone(_ finding: NoticeFinding, _ context: NoticeContext) -> NoticeFinding {
        guard let task = finding.task else { return finding }
        if context.done[task] == nil, let before = context.doneBeforeChange[task] {
            var again = finding
            again.message += " (recorded done \(before.uk), but the task has changed since: do it again for the new details)"
            return again
        }
        guard let on = context.done[task] else { return finding }
        var done = finding
        done.severity = .done
        done.message = "Done \(on.uk): \(finding.message)"
        return done
    }
}
