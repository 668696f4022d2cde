/// What happens to a claim line.
public enum ClaimOutcome: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Paid in full.
    case approve
    /// Paid, but less than claimed; the reasons say why.
    case reduce
    /// Not paid yet: something is missing (a receipt, bank details); paid once it arrives.
    case hold
    /// Not paid.
    case reject

    /// How serious: approve < reduce < hold < reject.
    public var severity: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (l: ClaimOutcome, r: ClaimOutcome) -> Bool { l.severity < r.severity }
}

/// One rule's finding about one claim line: its effect and a plain-English reason.
public struct ClaimFinding: Sendable, Hashable, CustomStringConvertible {
    /// What the finding does to the line.
    public enum Effect: Sendable, Hashable {
        /// A note for the coordinator; the line is still paid.
        case note
        /// Pay no more than this.
        case reduce(to: Pence)
        case hold
        case reject
    }

    public var rule: ClaimRuleID
    public var effect: Effect
    public var message: String

    public init(rule: ClaimRuleID, effect: Effect, message: String) {
        self.rule = rule; self.effect = effect; self.message = message
    }

    /// The outcome this finding alone would give.
    public var outcome: ClaimOutcome {
        switch effect {
        case .note: return .approve
        case .reduce: return .reduce
        case .hold: return .hold
        case .reject: return .reject
        }
    }

    public var description: String { "[\(rule.rawValue)] \(message)" }
}

/// The decision on one claim line: the outcome, the amount approved for payment now, and why.
public struct ClaimDecision: Sendable, Hashable {
    public var claim: Claim
    public var outcome: ClaimOutcome
    /// Paid in this payment run: the claimed amount, or less when reduced; zero when held or rejected.
    public var approved: Pence
    /// For a held line, what would be paid once the hold is cleared; zero otherwise.
    public var held: Pence
    /// Every finding, in table-of-contents order.
    public var findings: [ClaimFinding]

    /// Combines the findings on a line: the most serious outcome wins, and the smallest reduction.
    public init(claim: Claim, findings: [ClaimFinding]) {
        self.claim = claim
        self.findings = findings.sorted { $0.rule < $1.rule }
        let outcome = findings.map(\.outcome).max() ?? .approve
        var payable = claim.amount
        for finding in findings { if case .reduce(let to) = finding.effect { payable = min(payable, to) } }
        payable = max(payable, .zero)
        self.outcome = outcome == .reduce && payable == claim.amount ? .approve : outcome
        approved = (self.outcome == .approve || self.outcome == .reduce) ? payable : .zero
        held = self.outcome == .hold ? payable : .zero
    }
}
