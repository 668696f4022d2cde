/// A claim line paid in an earlier payment run, as the plan book's ledger keeps it: who, for which
/// forum and expense, how much, the claim's reference, and the run and day it was paid in. No
/// names and no bank details.
public struct PaidLine: Sendable, Hashable {
    public var person: Person.ID
    public var forum: ForumID
    public var expense: Expense
    public var amount: Pence
    public var claim: Claim.ID
    /// The payment run's number (1, 2, ...) and the day it was recorded.
    public var run: Int
    public var paidOn: LocalDate

    public init(person: Person.ID, forum: ForumID, expense: Expense, amount: Pence, claim: Claim.ID, run: Int, paidOn: LocalDate) {
        self.person = person; self.forum = forum; self.expense = expense; self.amount = amount; self.claim = claim
        self.run = run; self.paidOn = paidOn
    }

    /// The line paid now for an approved decision, in run `run` on `paidOn`; nil when nothing is paid.
    public init?(_ decision: ClaimDecision, run: Int, paidOn: LocalDate) {
        guard decision.approved > .zero else { return nil }
        let c = decision.claim
        self.init(person: c.person, forum: c.forum, expense: c.expense, amount: decision.approved, claim: c.id, run: run, paidOn: paidOn)
    }

    /// "payment run 2 of Thu 10 Jun 2027 (claim C004)"
    public var reference: String { "payment run \(run) of \(paidOn.uk) (claim \(claim))" }
}

/// A recorded payment run: its number, the day, and every line it paid.
public struct PaymentRun: Sendable, Hashable {
    public var number: Int
    public var paidOn: LocalDate
    public var lines: [PaidLine]
    public init(number: Int, paidOn: LocalDate, lines: [PaidLine]) { self.number = number; self.paidOn = paidOn; self.lines = lines }

    /// The run's total, or nil if adding the lines would overflow (only a damaged ledger can do that).
    public var total: Pence? { Pence.sum(lines.map(\.amount)) }
}

/// What the ledger says about a cancelled forum, for claims: when it was cancelled and why.
public struct Cancellation: Sendable, Hashable {
    /// The day the coordinator cancelled it (or the day the version that first showed it cancelled was published).
    public var on: LocalDate
    /// Why, in plain words ("the venue flooded"); nil when none was recorded.
    public var reason: String?
    public init(on: LocalDate, reason: String?) { self.on = on; self.reason = reason }
}

extension Pence {
    /// The sum of `amounts`, or nil when it would overflow 64 bits.
    ///
    /// The input ranges keep one claims file's sums far below that; a ledger read back from a book
    /// edited by hand is not bound by them, so its sums are checked.
    public static func sum(_ amounts: [Pence]) -> Pence? {
        var total = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount.value)
            if overflow { return nil }
            total = next
        }
        return Pence(total)
    }
}
