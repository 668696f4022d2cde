import Testing
@testable import PlannerCore

/// The claim rules that read the plan book: lines already paid in an earlier run, and lines for
/// cancelled forums; and the lines a run records.
@Suite("Claims rules on the ledger")
struct ClaimsLedgerRulesTests {
    typealias W = ClaimsWorld

    static let paid = PaidLine(
        person: "P001", forum: "2027-r1-north", expense: .parking, amount: Pence(300), claim: "C7", run: 2, paidOn: ClaimsWorld.date("2027-07-30"))

    static func context(_ claims: [Claim], paid: [PaidLine] = [], cancellations: [ForumID: Cancellation] = [:], today: String = "2028-06-01") -> ClaimContext {
        ClaimContext(
            problem: W.problem(), forums: W.forums, people: [W.person()], postcodes: W.postcodes, claims: claims, today: W.date(today),
            paid: paid, cancellations: cancellations)
    }

    @Test("claim-already-paid: a line for the same person, forum and expense as a paid line is rejected, naming the run and its date")
    func alreadyPaid() throws {
        let rule = AlreadyPaidRule()
        let again = W.line(.parking, 300)
        let finding = try #require(rule.check(again, in: Self.context([again], paid: [Self.paid])))
        #expect(finding.rule == .alreadyPaid && finding.effect == .reject)
        #expect(finding.message == "P001's parking for forum 2027-r1-north was already paid: £3.00 in payment run 2 of Fri 30 Jul 2027 (claim C7); a claim is paid once")
        #expect(rule.check(W.line(.mileage, 300, miles: 560), in: Self.context([again], paid: [Self.paid])) == nil, "another expense")
        #expect(rule.check(W.line(.parking, 300, forum: "2027-r1-south"), in: Self.context([again], paid: [Self.paid])) == nil, "another forum")
        #expect(rule.check(again, in: Self.context([again])) == nil, "nothing paid yet")
    }

    @Test("a line held in one run and paid in a later one is recorded once, then rejected as paid")
    func heldThenPaidOnce() throws {
        let noReceipt = W.line(.parking, 300, receipt: false)
        let held = ClaimChecker.check(Self.context([noReceipt]))
        #expect(held.decisions.map(\.outcome) == [.hold])
        #expect(held.paidLines(run: 1, paidOn: W.date("2027-06-30")).isEmpty)
        let withReceipt = W.line(.parking, 300)
        let paid = ClaimChecker.check(Self.context([withReceipt]))
        let lines = paid.paidLines(run: 2, paidOn: W.date("2027-07-30"))
        #expect(lines == [Self.paid.with(claim: "C2")])
        let later = ClaimChecker.check(Self.context([withReceipt], paid: lines))
        #expect(later.decisions.map(\.outcome) == [.reject])
        #expect(later.decisions.first?.findings.map(\.rule) == [.alreadyPaid])
        #expect(later.approved == .zero && later.paidLines(run: 3, paidOn: W.date("2027-08-30")).isEmpty)
    }

    @Test("claim-cancelled-forum: rejected unless agreed in advance, naming the cancellation; never held as not yet happened")
    func cancelledForum() throws {
        let rule = CancelledForumRule()
        let cancelled = [ForumID("2027-r1-north"): Cancellation(on: W.date("2027-06-01"), reason: "the hall flooded.")]
        let unagreed = W.line(.publicTransport, 720)
        let reject = try #require(rule.check(unagreed, in: Self.context([unagreed], cancellations: cancelled)))
        #expect(reject.rule == .cancelledForum && reject.effect == .reject)
        #expect(reject.message == "the North forum on Tue 8 Jun 2027 was cancelled on Tue 1 Jun 2027 because the hall flooded; for a cancelled forum only costs agreed in advance are paid, and this line was not pre-approved")
        let agreed = W.line(.replacementCare, 4500, preApproved: true)
        let note = try #require(rule.check(agreed, in: Self.context([agreed], cancellations: cancelled)))
        #expect(note.effect == .note)
        #expect(note.message == "the North forum on Tue 8 Jun 2027 was cancelled on Tue 1 Jun 2027 because the hall flooded; paid as a cost agreed in advance: check the agreement was made before Tue 1 Jun 2027 and the cost could not be refunded")
        #expect(rule.check(unagreed, in: Self.context([unagreed])) == nil, "not cancelled")
        // Checked before the forum's date: a cancelled forum will never happen, so it is not held for it.
        let early = Self.context([agreed], cancellations: cancelled, today: "2027-06-02")
        #expect(ForumHeldRule().check(agreed, in: early) == nil)
        #expect(ClaimChecker.check(early).decisions.map(\.outcome) == [.approve])
        #expect(ClaimChecker.check(Self.context([unagreed], cancellations: cancelled, today: "2027-06-02")).decisions.map(\.outcome) == [.reject])
    }
}

extension PaidLine {
    func with(claim: Claim.ID) -> PaidLine {
        var copy = self
        copy.claim = claim
        return copy
    }
}
