/// Checks every line of a claims file against every claim rule and totals the result.
public enum ClaimChecker {
    /// Every claim rule, in table-of-contents order.
    public static let rules: [any ClaimRule] = [
        KnownForumAndPersonRule(), TravelInPersonOnlyRule(), OneForumPerRoundRule(), ClaimWindowRule(),
        DuplicateClaimRule(), ForumHeldRule(), TaxiNeedsApprovalRule(), PreApprovalAndCapRule(), ReceiptRequiredRule(),
        MileageDistanceRule(), MileageRateRule(), BankDetailsRule(),
    ]

    /// The decision on every line of `context.claims`, sorted by claim id, then file line.
    ///
    /// - Complexity: O(n log n) for n lines (the sort; each rule is O(1) a line, the duplicate rule
    ///   through the context's index).
    public static func check(_ context: ClaimContext) -> ClaimReport {
        let decisions = context.claims
            .map { claim in ClaimDecision(claim: claim, findings: rules.compactMap { $0.check(claim, in: context) }) }
            .sorted { ($0.claim.id, $0.claim.line) < ($1.claim.id, $1.claim.line) }
        return ClaimReport(decisions: decisions)
    }
}

/// The decisions on a claims file, with totals and the payment run.
public struct ClaimReport: Sendable, Hashable {
    public var decisions: [ClaimDecision]
    public init(decisions: [ClaimDecision]) { self.decisions = decisions }

    /// True when every line is approved in full.
    public var allApproved: Bool { decisions.allSatisfy { $0.outcome == .approve } }

    public var claimed: Pence { decisions.reduce(.zero) { $0 + $1.claim.amount } }
    public var approved: Pence { decisions.reduce(.zero) { $0 + $1.approved } }
    public var held: Pence { decisions.reduce(.zero) { $0 + $1.held } }

    /// How many lines have each outcome.
    public func count(_ outcome: ClaimOutcome) -> Int {
        var count = 0
        for index in decisions.indices where decisions[index].outcome == outcome { count += 1 }  // no copy of each decision
        return count
    }

    /// One payment per person for the lines approved now (in full or reduced), sorted by person id.
    public var payments: [Payment] {
        var byPerson: [Person.ID: Payment] = [:]
        for d in decisions where d.approved > .zero {
            var p = byPerson[d.claim.person] ?? Payment(person: d.claim.person, total: .zero, lines: 0)
            p.total = p.total + d.approved
            p.lines += 1
            byPerson[d.claim.person] = p
        }
        return byPerson.values.sorted { $0.person < $1.person }
    }
}

/// What one person is paid in a payment run: a total and how many lines make it up. No bank details.
public struct Payment: Sendable, Hashable {
    public var person: Person.ID
    public var total: Pence
    public var lines: Int
    public init(person: Person.ID, total: Pence, lines: Int) { self.person = person; self.total = total; self.lines = lines }
}
