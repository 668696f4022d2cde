/// Reject: a line for the same person, forum and expense as a line paid in an earlier payment run
/// is a duplicate of that payment, naming the run and the day it was paid.
public struct AlreadyPaidRule: ClaimRule {
    public let id = ClaimRuleID.alreadyPaid
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard let paid = context.paid[DuplicateClaimRule.Key(claim)] else { return nil }
        return ClaimFinding(
            rule: id, effect: .reject,
            message: "\(claim.person)'s \(claim.expense.plainName) for forum \(claim.forum) was already paid: \(paid.amount) in \(paid.reference); a claim is paid once")
    }
}
