import Foundation
import PlannerBench
import PlannerCore
import PlannerInput
import PlannerMIP
import Testing
import TestSupport

@testable import PlannerCore

/// The linear relaxation solved before any search (`SolverOptions.relaxationFirst`): its bound is
/// worked out by the planner from the row prices, and its rounding dive may give a plan at that
/// bound, proven optimal with no search. The plain rule checker still scores every plan.
@Suite("The linear relaxation first")
struct RelaxationTests {
    static func options(relaxation: Bool) -> SolverOptions {
        var options = SolverOptions()
        options.mipSolver = CBC()
        options.relaxationFirst = relaxation
        return options
    }

    @Test("a bound from any prices never exceeds a solution's cost; the best prices give the relaxation's optimum")
    func boundFromPrices() {
        // min 3a + 2b + 4c  with  a + b ≥ 1,  b + c ≥ 1,  a + c ≤ 1,  all in [0, 1]: optimum 2 (b = 1).
        let program = MixedIntegerProgram(
            name: "tiny",
            columns: ["a", "b", "c"].enumerated().map { MixedIntegerProgram.Column(name: $1, isInteger: true, lower: 0, upper: 1, cost: [3, 2, 4][$0]) },
            rows: [
                MixedIntegerProgram.Row(name: "ab", columns: [0, 1], coefficients: [1, 1], sense: .greaterOrEqual, rhs: 1),
                MixedIntegerProgram.Row(name: "bc", columns: [1, 2], coefficients: [1, 1], sense: .greaterOrEqual, rhs: 1),
                MixedIntegerProgram.Row(name: "ac", columns: [0, 2], coefficients: [1, 1], sense: .lessOrEqual, rhs: 1),
            ])
        // Prices that prove the optimum: 1 on each ≥ row (reduced costs 2, 0, 3).
        #expect(program.lowerBound(prices: [1, 1, 0]) == 2)
        #expect(program.wholeLowerBound(prices: [1, 1, 0]) == 2)
        // Wrong-signed prices count as 0 (no bound on that side), so the bound still holds.
        #expect(program.lowerBound(prices: [-5, 1, 7]) == 1)
        // Whatever the prices, never above the optimum (all 2 x 2 x 2 points checked against 2).
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let prices = (0..<3).map { _ in Double.random(in: -10...10, using: &generator) }
            let bound = program.lowerBound(prices: prices) ?? .infinity
            #expect(bound <= 2 + 1e-9, "prices \(prices) give \(bound)")
        }
        #expect(program.lowerBound(prices: [1, 1]) == nil)
        #expect(program.lowerBound(prices: [1, .nan, 0]) == nil)
    }

    @Test("Surrey: the dive's plan is at CLP's bound, proven with no search; the checker agrees; the same plan every run")
    func surrey() throws {
        let problem = try #require(HandoverTests.surrey)
        let plan = try #require(HandoverTests.planned(Planner.plan(problem, options: Self.options(relaxation: true))))
        #expect(plan.status == .optimal)
        #expect(plan.objective == 434)
        #expect(plan.proof.method == "linear-relaxation")
        let part = try #require(plan.proof.parts.first)
        #expect(part.nodes == 0)
        #expect(part.relaxation == Proof.Relaxation(solver: "CLP", bound: 434))
        #expect(part.mip == nil)
        let verdict = HandoverTests.checked(plan, problem)
        #expect(verdict.hard == 0)
        #expect(verdict.total == 434)
        let again = try #require(HandoverTests.planned(Planner.plan(problem, options: Self.options(relaxation: true))))
        #expect(again.forums.map(\.meeting) == plan.forums.map(\.meeting))
    }

    @Test("perturb-01, the group search's stall: proven by the dive at once, at the optimum CBC proves without it")
    func stall() throws {
        let problem = try HandoverTests.stalled()
        let handed = try #require(HandoverTests.planned(Planner.plan(problem, options: Self.options(relaxation: false))))
        #expect(handed.proof.method == "mip")
        let dived = try #require(HandoverTests.planned(Planner.plan(problem, options: Self.options(relaxation: true))))
        #expect(dived.status == .optimal)
        #expect(dived.objective == handed.objective)
        #expect(dived.proof.method == "linear-relaxation")
        #expect(dived.proof.nodes == 0)
        #expect(HandoverTests.checked(dived, problem).total == dived.objective)
    }

    @Test("a year whose relaxation is below the optimum: the bound is kept, the search and CBC prove the rest")
    func boundBelow() throws {
        // perturb-24 of `make bench`: the relaxation's optimum is 1,101.5, so its whole bound is 1,102 and the optimum 1,103.
        let surrey = try #require(HandoverTests.surrey)
        let problem = Perturbation.variant(of: surrey, index: 23, seed: 1).problem
        let plan = try #require(HandoverTests.planned(Planner.plan(problem, options: Self.options(relaxation: true))))
        #expect(plan.status == .optimal)
        #expect(plan.objective == 1103)
        let part = try #require(plan.proof.parts.first)
        #expect(part.relaxation?.bound == 1102)
        #expect(part.method == .mip)
        #expect(HandoverTests.checked(plan, problem).total == 1103)
    }
}
