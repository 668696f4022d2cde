/// Reject: a second line for the same person, forum and expense is a duplicate; the first one
/// submitted (then the first in the file) stands.
public struct DuplicateClaimRule: ClaimRule {
    public let id = ClaimRuleID.duplicate
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard let first = context.firstLines[Key(claim)], first.line != claim.line else { return nil }
        return ClaimFinding(
            rule: id, effect: .reject,
            message: "\(claim.person) already claimed \(claim.expense.plainName) for forum \(claim.forum) on \(first.reference); put both journeys or tickets on one line")
    }
}

extension DuplicateClaimRule {
    /// What makes two lines the same claim: person, forum and expense.
    struct Key: Hashable, Sendable {
        let person: Person.ID
        let forum: ForumID
        let expense: Expense
        init(_ claim: Claim) { self.init(person: claim.person, forum: claim.forum, expense: claim.expense) }
        init(person: Person.ID, forum: ForumID, expense: Expense) { self.person = person; self.forum = forum; self.expense = expense }
    }

    /// The line that stands for each key: the first submitted, then the first in the file (the
    /// first of equal lines in `claims` order).
    ///
    /// - Complexity: O(n) for n lines, so the rule is O(1) a line.
    static func firstLines(_ claims: [Claim]) -> [Key: Claim] {
        var first: [Key: Claim] = [:]
        first.reserveCapacity(claims.count)
        for claim in claims {
            let key = Key(claim)
            if let kept = first[key], (kept.submittedOn, kept.line) <= (claim.submittedOn, claim.line) { continue }
            first[key] = claim
        }
        return first
    }
}
