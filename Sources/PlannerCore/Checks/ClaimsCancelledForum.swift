/// Reject / note: a line for a cancelled forum is paid only for a cost agreed in advance
/// (pre-approved), which the person could not get back when the forum was cancelled; any other
/// line is rejected, naming the cancellation.
public struct CancelledForumRule: ClaimRule {
    public let id = ClaimRuleID.cancelledForum
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard let cancellation = context.cancellations[claim.forum], let forum = context.forums[claim.forum] else { return nil }
        let because = cancellation.reason.map { " because \(Schedule.clause($0))" } ?? ""
        let what = "\(context.describe(forum)) was cancelled on \(cancellation.on.uk)\(because)"
        guard claim.preApproved else {
            return ClaimFinding(
                rule: id, effect: .reject,
                message: "\(what); for a cancelled forum only costs agreed in advance are paid, and this line was not pre-approved")
        }
        return ClaimFinding(
            rule: id, effect: .note,
            message: "\(what); paid as a cost agreed in advance: check the agreement was made before \(cancellation.on.uk) and the cost could not be refunded")
    }
}
