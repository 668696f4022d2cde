/// Hold: payment is by BACS, which needs the person's bank details on file with finance; until
/// then the line is held, not rejected.
public struct BankDetailsRule: ClaimRule {
    public let id = ClaimRuleID.bankDetails
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard let person = context.people[claim.person], !person.bankDetailsOnFile else { return nil }
        return ClaimFinding(
            rule: id, effect: .hold,
            message: "finance has no bank details for \(person.id), so BACS cannot pay yet: ask them to send their details to finance (not to this tool)")
    }
}
