/// Checks a plan's notice periods and lists what is due in the coming weeks.
public enum NoticeChecker {
    /// Every notice rule, in table-of-contents order.
    public static let rules: [any NoticeRule] = [
        ForumAnnouncedRule(), CommitteePapersRule(), BoardResponsesRule(), VenueBookingRule(),
        InterpreterRequestsRule(), AlternativeFormatsRule(), ChangesRule(), DueEventsRule(),
    ]

    /// Every finding, sorted by severity, due date, rule and subject.
    public static func check(_ context: NoticeContext) -> [NoticeFinding] {
        rules.flatMap { $0.check(context) }.sorted(by: NoticeFinding.ordered)
    }
}
