/// Reject: a second line for the same person, forum and expense is a duplicate; the first one
/// submitted (then the first in the file) stands.
public struct DuplicateClaimRule: ClaimRule {
    public let id = ClaimRuleID.duplicate
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        let same = context.claims.filter {
            $0.person == claim.person && $0.forum == claim.forum && $0.expense == claim.expense
        }
        guard let first = same.min(by: { ($0.submittedOn, $0.line) < ($1.submittedOn, $1.line) }), first.line != claim.line
        else { return nil }
        return ClaimFinding(
            rule: id, effect: .reject,
            message: "\(claim.person) already claimed \(claim.expense.plainName) for forum \(claim.forum) on \(first.reference); put both journeys or tickets on one line")
    }
}
