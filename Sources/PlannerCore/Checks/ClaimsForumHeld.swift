/// Hold: a line for a forum that has not happened yet (dated after the day of the check) is held,
/// never approved; it is paid in a later run, once the forum has taken place.
public struct ForumHeldRule: ClaimRule {
    public let id = ClaimRuleID.forumHeld
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard let forum = context.forums[claim.forum], forum.date > context.today else { return nil }
        return ClaimFinding(
            rule: id, effect: .hold,
            message: "\(context.describe(forum)) has not happened yet (today is \(context.today.uk)); pay after the forum")
    }
}
