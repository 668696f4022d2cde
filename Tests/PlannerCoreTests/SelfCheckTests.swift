import Foundation
import PlannerBench
import PlannerInput
import Testing

@testable import PlannerCore

/// Every plan is re-checked by the plain rule checker before it is returned, and says which search
/// proved what (`Plan.proof`).
@Suite("Self-check and proof")
struct SelfCheckTests {
    static let surreyPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/surrey-2027-28/plan.yaml").path

    @Test("a total the checker does not confirm is an internal error, never a plan")
    func wrongClaim() throws {
        let problem = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 6, balanced: true)
        let plan = try #require(TestProblems.solve(problem))
        var options = SolverOptions()
        options.testingClaimOffset = 1
        guard case .internalError(let failure) = Planner.plan(problem, options: options) else {
            Issue.record("a wrong claim was not caught"); return
        }
        #expect(failure.hardBreaches.isEmpty)
        #expect(failure.claimed == plan.objective + 1)
        #expect(failure.scored == plan.objective)
        #expect(failure.description == "the search (group-search) claimed a total penalty of \(plan.objective + 1), but the rule checker scores the plan at \(plan.objective)")
    }

    /// A rule whose block the search does not keep (a day capacity of 0, which the group search
    /// takes as kept inside a group; `Switches.unsupported` names it): the plan breaks a hard rule.
    /// (Before the one rule model, a facilitator with `max_forums_per_day: 0` did this: the search
    /// read the limit as one a day, the checker as none. Both now read the rule's block.)
    @Test("a hard breach in the search's plan is an internal error")
    func hardBreach() throws {
        let problem = TestProblems.tiny(areas: 1, rounds: 2, latestDay: 6, balanced: false)
        var options = SolverOptions()
        options.testingPlanRules = [NoDayFreeRule()]
        guard case .internalError(let failure) = Planner.plan(problem, options: options) else {
            Issue.record("a hard breach was not caught"); return
        }
        #expect(failure.hardBreaches.count == 4)
        #expect(failure.hardBreaches.allSatisfy { $0.rule == .facilitatorOnePlaceADay })
        #expect(failure.claimed == failure.scored)
        #expect(failure.description.hasPrefix("the plan from the search (group-search) breaks 4 hard rules ([facilitator-one-place-a-day] nobody is free on "))
        #expect(failure.description.hasSuffix("; and 1 more)"))
    }

    @Test("the self-check finds a bound above the plan's total")
    func boundAboveTotal() {
        let failure = Planner.selfCheck([], claimed: 0, bound: 1, method: "branch-and-bound")
        #expect(failure?.description == "the search (branch-and-bound) claimed a lower bound of 1, above its plan's 0")
        #expect(Planner.selfCheck([], claimed: 0, bound: 0, method: "group-search") == nil)
    }

    @Test("Surrey is proven optimal by the group search, in one part")
    func surreyProof() throws {
        let problem = try PlanFile.load(path: Self.surreyPath)
        let plan = try #require(TestProblems.solve(problem))
        #expect(plan.status == .optimal)
        #expect(plan.proof.method == "group-search")
        #expect(plan.proof.parts.count == 1)
        #expect(plan.proof.parts.first?.groupSearchSteppedAside == nil)
        #expect(plan.proof.bound == plan.objective)
        #expect(plan.proof.gap == 0)
        #expect(plan.proof.nodes == plan.statistics.nodes)
        #expect(plan.proof.parts.first?.forums == 24)
    }

    @Test("free modes everywhere: the forum-by-forum search runs, and the proof says why")
    func steppedAside() throws {
        let problem = SolverTests.generated(areas: 5, seed: 1)
        let plan = try #require(TestProblems.solve(problem, budget: 20_000))
        #expect(plan.proof.method == "branch-and-bound")
        #expect(plan.proof.parts.map(\.groupSearchSteppedAside) == [
            "round 1 allows 32 sets of in-person forums (the group search takes at most 16): its modes are nearly free"
        ])
        #expect(plan.proof.objective == plan.objective)
        #expect(plan.proof.bound == plan.lowerBound)
    }

    @Test("groups sharing resources: group search with repair")
    func sharedGroups() throws {
        let problem = InstanceGenerator.generate(areas: 10, seed: 1, template: TestProblems.template())
        guard case .planned(let plan) = Planner.plan(problem, options: SolverOptions(nodeBudget: 20_000, groupNodeBudget: 5)) else {
            Issue.record("no plan"); return
        }
        #expect(plan.proof.method == "group-search-with-repair")
        #expect(plan.proof.parts.map(\.forums).reduce(0, +) == plan.forums.count)
    }
}

/// Test-only: nobody is free on any day (a day capacity of 0), under `facilitator-one-place-a-day`'s id.
struct NoDayFreeRule: PlanRule {
    let id = RuleID.facilitatorOnePlaceADay

    func blocks(in context: RuleContext) -> [RuleBlock] {
        [.dayCapacity(DayCapacity(resource: .shared("nobody"), limit: 0, forums: nil))]
    }

    func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        blocks(in: context).flatMap { block -> [Violation] in
            guard case .dayCapacity(let c) = block else { return [] }
            return c.overbooked(meetings).map { Violation(rule: id, forums: $0.meetings.map(\.id), dates: [$0.date], message: "nobody is free on \($0.date.uk)") }
        }
    }
}
