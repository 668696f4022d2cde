/// Reject: a line submitted more than the claim window (default 3 months) after its forum is
/// rejected; one submitted after the warning period (default 8 weeks) is paid with a warning.
public struct ClaimWindowRule: ClaimRule {
    public let id = ClaimRuleID.window
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard let forum = context.forums[claim.forum] else { return nil }
        let months = context.policy.claimWindowMonths
        let closes = ClaimContext.adding(months: months, to: forum.date)
        if claim.submittedOn > closes {
            return ClaimFinding(
                rule: id, effect: .reject,
                message: "submitted \(claim.submittedOn.uk), \(claim.submittedOn - closes) days after the \(months)-month claim window for \(context.describe(forum)) closed on \(closes.uk)")
        }
        let weeks = context.policy.claimWarningWeeks
        let warnFrom = forum.date.adding(days: 7 * weeks)
        guard claim.submittedOn > warnFrom else { return nil }
        return ClaimFinding(
            rule: id, effect: .note,
            message: "submitted \(claim.submittedOn.uk), more than \(weeks) weeks after \(context.describe(forum)); the window closes \(closes.uk)")
    }
}
