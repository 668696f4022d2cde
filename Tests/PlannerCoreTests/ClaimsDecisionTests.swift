import Testing
@testable import PlannerCore

@Suite("Claims decisions")
struct ClaimsDecisionTests {
    typealias W = ClaimsWorld

    @Test("the most serious finding decides; the smallest reduction is paid; holds pay nothing now")
    func combining() {
        let claim = W.line(.replacementCare, 8000, preApproved: true)
        let note = ClaimFinding(rule: .window, effect: .note, message: "late")
        let cap = ClaimFinding(rule: .preApprovalAndCap, effect: .reduce(to: Pence(6000)), message: "cap")
        let lower = ClaimFinding(rule: .mileageRate, effect: .reduce(to: Pence(5000)), message: "rate")
        let hold = ClaimFinding(rule: .bankDetails, effect: .hold, message: "bank")
        let reject = ClaimFinding(rule: .duplicate, effect: .reject, message: "dup")

        let noted = ClaimDecision(claim: claim, findings: [note])
        #expect(noted.outcome == .approve && noted.approved == Pence(8000))
        let reduced = ClaimDecision(claim: claim, findings: [cap, lower, note])
        #expect(reduced.outcome == .reduce && reduced.approved == Pence(5000))
        #expect(reduced.findings.map(\.rule) == [.window, .preApprovalAndCap, .mileageRate], "table-of-contents order")
        let held = ClaimDecision(claim: claim, findings: [cap, hold])
        #expect(held.outcome == .hold && held.approved == .zero && held.held == Pence(6000))
        let rejected = ClaimDecision(claim: claim, findings: [hold, reject, cap])
        #expect(rejected.outcome == .reject && rejected.approved == .zero && rejected.held == .zero)
    }

    @Test("the checker sorts lines by claim and line, totals them and builds one payment per person")
    func report() {
        let lines = [
            W.line(.parking, 300, line: 4),
            W.line(.childcare, 7500, line: 3),
            W.line(.parking, 300, line: 2),
            W.line(.mileage, 550, forum: "2027-r1-evening", miles: 1000, line: 5),
        ]
        let report = ClaimChecker.check(W.context(lines))
        #expect(report.decisions.map(\.claim.line) == [2, 3, 4, 5])
        #expect(report.decisions.map(\.outcome) == [.approve, .reduce, .reject, .reject])
        #expect(report.claimed == Pence(8650))
        #expect(report.approved == Pence(6300))
        #expect(report.payments == [Payment(person: "P001", total: Pence(6300), lines: 2)])
        #expect(!report.allApproved)
    }

    @Test("pence print as pounds; miles with as few decimals as needed")
    func formatting() {
        #expect(Pence(1240).description == "£12.40")
        #expect(Pence(5).pounds == "0.05")
        #expect(Pence(-250).description == "-£2.50")
        #expect(Miles(hundredths: 1240).description == "12.4")
        #expect(Miles(hundredths: 1200).description == "12")
        #expect(Miles(hundredths: 1205).description == "12.05")
    }
}
