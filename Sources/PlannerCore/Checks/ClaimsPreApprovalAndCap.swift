/// Reject / reduce: replacement care and companion travel are paid only when pre-approved; they and
/// childcare are paid up to their caps for each forum.
public struct PreApprovalAndCapRule: ClaimRule {
    public let id = ClaimRuleID.preApprovalAndCap
    public init() {}

    /// Whether the expense needs pre-approval, and its cap, or nil when it has neither.
    static func terms(of expense: Expense, in policy: ReimbursementPolicy) -> (needsApproval: Bool, cap: Pence)? {
        switch expense {
        case .replacementCare: return (true, Pence(policy.replacementCareCapPence))
        case .companionTravel: return (true, Pence(policy.companionTravelCapPence))
        case .childcare: return (false, Pence(policy.childcareCapPence))
        case .mileage, .publicTransport, .taxi, .parking: return nil
        }
    }

    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard let terms = Self.terms(of: claim.expense, in: context.policy) else { return nil }
        if terms.needsApproval, !claim.preApproved {
            return ClaimFinding(
                rule: id, effect: .reject,
                message: "\(claim.expense.plainName) is paid only when agreed in advance, and this line was not pre-approved")
        }
        guard claim.amount > terms.cap else { return nil }
        return ClaimFinding(
            rule: id, effect: .reduce(to: terms.cap),
            message: "\(claim.expense.plainName) is capped at \(terms.cap) a forum; \(claim.amount) claimed, \(terms.cap) approved")
    }
}
