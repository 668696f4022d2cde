/// Reject: a line must name a forum of the plan and a person in the people file.
public struct KnownForumAndPersonRule: ClaimRule {
    public let id = ClaimRuleID.knownForumAndPerson
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        var missing: [String] = []
        if context.forums[claim.forum] == nil { missing.append("forum \(claim.forum) is not in the plan") }
        if context.people[claim.person] == nil { missing.append("person \(claim.person) is not in the people file") }
        guard !missing.isEmpty else { return nil }
        return ClaimFinding(rule: id, effect: .reject, message: missing.joined(separator: "; ") + ", so the line cannot be checked")
    }
}
