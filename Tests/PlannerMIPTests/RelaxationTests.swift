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

    @Test("a choice ruled out by reduced costs is in no solution cheaper than the incumbent; with the best prices, those that are")
    func ruledOutByReducedCosts() {
        // min 3a + 2b + 4c + 5d  with  a + b ≥ 1,  b + c + d ≥ 1,  a + c ≤ 1,  all 0 or 1: optimum 2 (b).
        let costs = [3, 2, 4, 5]
        let program = MixedIntegerProgram(
            name: "tiny",
            columns: ["a", "b", "c", "d"].enumerated().map { MixedIntegerProgram.Column(name: $1, isInteger: true, lower: 0, upper: 1, cost: costs[$0]) },
            rows: [
                MixedIntegerProgram.Row(name: "ab", columns: [0, 1], coefficients: [1, 1], sense: .greaterOrEqual, rhs: 1),
                MixedIntegerProgram.Row(name: "bcd", columns: [1, 2, 3], coefficients: [1, 1, 1], sense: .greaterOrEqual, rhs: 1),
                MixedIntegerProgram.Row(name: "ac", columns: [0, 2], coefficients: [1, 1], sense: .lessOrEqual, rhs: 1),
            ])
        // Every 0-1 point that keeps the rows, with its cost.
        let solutions: [(values: [Int], cost: Int)] = (0..<16).compactMap { bits in
            let v = (0..<4).map { (bits >> $0) & 1 }
            guard v[0] + v[1] >= 1, v[1] + v[2] + v[3] >= 1, v[0] + v[2] <= 1 else { return nil }
            return (v, zip(v, costs).reduce(0) { $0 + $1.0 * $1.1 })
        }
        // The best prices (1 on each ≥ row): reduced costs 2, 0, 3, 4 over a bound of 2. Below 5, a
        // (2 + 2 = 4) stays, c (2 + 3) and d (2 + 4) go; below 3, only b stays.
        #expect(program.ruledOut(prices: [1, 1, 0], below: 5) == [2, 3])
        #expect(program.ruledOut(prices: [1, 1, 0], below: 3) == [0, 2, 3])
        // Whatever the prices and the incumbent, no solution cheaper than it uses a column ruled out.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let prices = (0..<3).map { _ in Double.random(in: -6...6, using: &generator) }
            let incumbent = Int.random(in: 2...12, using: &generator)
            for j in program.ruledOut(prices: prices, below: incumbent) ?? [] {
                #expect(!solutions.contains { $0.values[j] == 1 && $0.cost < incumbent }, "prices \(prices), below \(incumbent), column \(j)")
            }
        }
        #expect(program.ruledOut(prices: [1, 1], below: 5) == nil)
        #expect(program.ruledOut(prices: [1, .infinity, 0], below: 5) == nil)
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

    @Test("a year whose relaxation is below the optimum: the bound is kept, CBC proves the rest with the choices the reduced costs rule out fixed")
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
        #expect(part.bound == 1103)
        // The search's plan costs 1,103 too (it is CBC's start), so every choice whose reduced cost
        // lifts the bound to 1,103 is fixed: hundreds of the 700.
        let fixed = try #require(part.mip?.fixed)
        #expect((100..<700).contains(fixed), "fixed \(fixed)")
        #expect(HandoverTests.checked(plan, problem).total == 1103)
        // Without the relaxation nothing is fixed, and CBC proves the same optimum.
        let alone = try #require(HandoverTests.planned(Planner.plan(problem, options: Self.options(relaxation: false))))
        #expect(alone.objective == 1103)
        #expect(alone.status == .optimal)
        #expect(alone.proof.parts.first?.mip?.fixed == 0)
    }
}
