/// Reject: a person's travel is paid for one forum a round: the area forum they chose for that
/// round, or else their own area's.
public struct OneForumPerRoundRule: ClaimRule {
    public let id = ClaimRuleID.oneForumPerRound
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard claim.expense.isTravel, let (forum, person) = context.subjects(of: claim) else { return nil }
        let round = context.roundID(forum.round)
        let paidArea = person.chosenAreas[round] ?? person.homeArea
        guard forum.area != paidArea else { return nil }
        let which = person.chosenAreas[round] != nil
            ? "the \(context.areaName(paidArea)) forum, which they chose for round \(round)"
            : "their own area's forum (\(context.areaName(paidArea))), as they chose no other for round \(round)"
        return ClaimFinding(
            rule: id, effect: .reject,
            message: "\(person.id)'s travel in round \(round) is paid for \(which); this line is for \(context.describe(forum))")
    }
}
