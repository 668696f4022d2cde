/// Reduce: mileage is paid at the rate in force on the day of travel (the forum's date), plus the
/// passenger rate for each passenger, as miles × rate to the nearest penny; an amount over that is
/// reduced to it, and one under it is noted (the person may be owed more).
public struct MileageRateRule: ClaimRule {
    public let id = ClaimRuleID.mileageRate
    public init() {}

    /// Claims within this much of miles × rate pass (people round either way).
    static let roundingAllowance = Pence(1)

    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard claim.expense == .mileage, let forum = context.forums[claim.forum] else { return nil }
        guard let miles = claim.miles else {
            return ClaimFinding(rule: id, effect: .hold, message: "a mileage line needs the miles of the return journey: ask for them")
        }
        guard let rate = context.mileageRate(on: forum.date) else {
            return ClaimFinding(rule: id, effect: .hold, message: "no mileage rate is in force on \(forum.date.uk): add one to the plan file's reimbursement rates")
        }
        let passengers = max(claim.passengers, 0)
        let pence = rate.pencePerMile + passengers * context.policy.passengerPencePerMile
        let due = miles.amount(atPencePerMile: pence)
        let rateText = passengers == 0
            ? "\(rate.pencePerMile)p a mile (the rate from \(rate.from.uk))"
            : "\(rate.pencePerMile)p a mile (the rate from \(rate.from.uk)) + \(passengers) × \(context.policy.passengerPencePerMile)p for passengers"
        if claim.amount - due > Self.roundingAllowance {
            return ClaimFinding(
                rule: id, effect: .reduce(to: due),
                message: "\(miles) miles at \(rateText) on \(forum.date.uk) is \(due); \(claim.amount) claimed")
        }
        if due - claim.amount > Self.roundingAllowance {
            return ClaimFinding(
                rule: id, effect: .note,
                message: "\(miles) miles at \(rateText) on \(forum.date.uk) is \(due), more than the \(claim.amount) claimed: tell them they may claim the difference")
        }
        return nil
    }
}
