/// Hold: every line except mileage (which gives the journey instead) needs a receipt; the line is
/// paid once the receipt arrives.
public struct ReceiptRequiredRule: ClaimRule {
    public let id = ClaimRuleID.receiptRequired
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard claim.expense != .mileage, !claim.receipt else { return nil }
        return ClaimFinding(
            rule: id, effect: .hold,
            message: "\(claim.expense.plainName) needs a receipt or ticket (a photo or scan will do); pay once it arrives")
    }
}
