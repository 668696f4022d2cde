/// Reject / hold: a taxi is paid only when pre-approved, for a person recorded as needing taxis;
/// a pre-approved taxi for someone whose need is not recorded is held until it is.
public struct TaxiNeedsApprovalRule: ClaimRule {
    public let id = ClaimRuleID.taxiNeedsApproval
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard claim.expense == .taxi, let person = context.people[claim.person] else { return nil }
        if !claim.preApproved {
            return ClaimFinding(
                rule: id, effect: .reject,
                message: "taxis are paid only by prior agreement, and this one was not pre-approved (the coordinator books taxis for those who need them)")
        }
        guard !person.taxiNeeded else { return nil }
        return ClaimFinding(
            rule: id, effect: .hold,
            message: "the taxi was pre-approved, but \(person.id) is not recorded as needing taxis: record the need in the people file, then pay")
    }
}
