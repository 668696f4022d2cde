/// Reject: travel (mileage, fares, taxis, parking, a companion's travel) is paid only for in-person
/// forums; childcare and replacement care are paid for online forums too.
public struct TravelInPersonOnlyRule: ClaimRule {
    public let id = ClaimRuleID.travelInPersonOnly
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard claim.expense.isTravel, let forum = context.forums[claim.forum], forum.mode == .virtual else { return nil }
        return ClaimFinding(
            rule: id, effect: .reject,
            message: "\(claim.expense.plainName) is travel, and \(context.describe(forum)) was online; only childcare and replacement care are paid for online forums")
    }
}
