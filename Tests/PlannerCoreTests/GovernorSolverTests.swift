import Foundation
import Testing
import TestSupport

@testable import PlannerCore

/// The search with `governor-at-forum`: exact where a group's forums are on distinct days (the
/// exhaustive oracle and HiGHS agree), honest where groups compete for a governor (one part; the
/// plan's total is the checker's, the bound stays the search's, and without CBC the plan is not
/// called optimal).
@Suite("Solver: governor at forum")
struct GovernorSolverTests {
    static func date(_ s: String) -> LocalDate { TestProblems.date(s) }

    /// The tiny problem (areas 1 and 2 and the evening forum, one coordinator, September and
    /// December to day 6) with a governor for the daytime areas away on 1–2 Sep and one for the
    /// evening forum away on 1–3 Dec.
    static func tiny(weight: Int) -> PlanningProblem {
        var p = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 6, balanced: false)
        p.governors = [
            Governor(id: "governor-1", unavailable: [date("2027-09-01"), date("2027-09-02")], areas: ["area-1", "area-2"]),
            Governor(id: "governor-2", unavailable: [date("2027-12-01"), date("2027-12-02"), date("2027-12-03")], areas: ["evening"]),
        ]
        p.weights.governorAtForum = weight
        return p
    }

    /// Two groups that compete for one governor (`SharedGovernor`), on the tests' template.
    static func twoGroups() -> PlanningProblem { SharedGovernor.twoGroups(from: TestProblems.template()) }

    @Test("a group's forums are on distinct days: proven optimal, equal to the exhaustive optimum, forums moved to meet a governor", arguments: [0, 10, 50])
    func exactInAGroup(weight: Int) throws {
        let p = Self.tiny(weight: weight)
        let plan = try #require(TestProblems.solve(p))
        #expect(plan.status == .optimal && plan.lowerBound == plan.objective && plan.proof.acrossParts == 0)
        #expect(plan.objective == Rules.objective(Rules.check(plan.forums.map(\.meeting), in: RuleContext(p))))
        #expect(SolverTests.exhaustiveOptimum(p) == plan.objective, "weight \(weight)")
        let uncovered = plan.forums.flatMap(\.penalties).filter { $0.rule == .governorAtForum }
        if weight == 50 {
            #expect(uncovered.isEmpty, "at 50 points every forum finds a day with its governor: \(uncovered)")
        }
        if weight == 0 {
            #expect(uncovered.isEmpty)
            // Without the weight the plan takes days with no governor: the rule is not idle here.
            let away = GovernorAtForumRule().check(plan.forums.map(\.meeting), in: RuleContext(Self.tiny(weight: 10)))
            #expect(!away.isEmpty)
        }
    }

    @Test("with governors on tiny problems (one group): proven optimal and equal to exhaustive search", arguments: SolverTests.tinyCases)
    func matchesExhaustive(areas: Int, rounds: Int, latestDay: Int, balanced: Bool) {
        var p = TestProblems.tiny(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced)
        // One governor for area 1 and the evening forum, away on the 1st and 3rd of each forum
        // month; another for every area, away on the 2nd.
        let months = p.rounds.forumMonths
        p.governors = [
            Governor(id: "governor-1", unavailable: Set(months.flatMap { m in [1, 3].map { LocalDate(civilYear: m.year, month: m.month, day: $0) } }), areas: ["area-1", "evening"]),
            Governor(id: "governor-2", unavailable: Set(months.map { LocalDate(civilYear: $0.year, month: $0.month, day: 2) })),
        ]
        p.weights.governorAtForum = 7
        let exact = SolverTests.exhaustiveOptimum(p)
        switch Planner.plan(p) {
        case .planned(let plan):
            #expect(plan.status == .optimal && plan.proof.acrossParts == 0)
            #expect(plan.objective == exact)
        case .infeasible:
            #expect(exact == nil)
        case .internalError(let failure):
            Issue.record("internal error: \(failure)")
        }
    }

    @Test("groups that compete for one governor are one part: the total is the checker's, and without a MIP solver the plan is not called optimal")
    func groupsShareAGovernor() throws {
        let p = Self.twoGroups()
        let plan = try #require(TestProblems.solve(p))
        // The governor links the two groups' forums into one part, so nothing is added across parts.
        #expect(plan.statistics.components == 1 && plan.proof.acrossParts == 0)
        // Each group alone puts its forum on Wed 1 Sep with the governor (0 points); together one has none.
        #expect(plan.proof.parts.map(\.objective) == [10] && plan.proof.parts.map(\.proven) == [false])
        #expect(plan.objective == 10 && plan.lowerBound == 0 && plan.status == .feasible && plan.proof.gap == 10)
        let violations = Rules.check(plan.forums.map(\.meeting), in: RuleContext(p))
        #expect(Rules.objective(violations) == plan.objective)
        #expect(violations.map(\.description) == [
            "[governor-at-forum] no governor left: those free on Wed 1 Sep 2027 are expected at the Area A forum"
        ])
        // The true optimum moves one forum a day later (1 point), inside the bound and the plan;
        // with CBC the part is proven at 1 (PlannerMIPTests.HandoverTests).
        #expect(SolverTests.exhaustiveOptimum(p) == 1)
        // Without governors the two groups are two parts again.
        var alone = p
        alone.governors = []
        #expect(try #require(TestProblems.solve(alone)).statistics.components == 2)
    }

    @Test("HiGHS on the exported model: the planner's optimum where it proves one, and between bound and plan where parts compete")
    func highs() throws {
        for (name, p) in [("tiny, weight 10", Self.tiny(weight: 10)), ("tiny, weight 50", Self.tiny(weight: 50)), ("two groups", Self.twoGroups())] {
            let plan = try #require(TestProblems.solve(p), "\(name)")
            let folder = try ModelCheck.folder([
                "model.lp": try ModelExport.lp(p), "model.mps": try ModelExport.mps(p), "plan.json": ModelCheck.planJSON(plan),
            ])
            defer { try? FileManager.default.removeItem(at: folder) }
            for model in ["model.lp", "model.mps"] {
                let run = try ModelCheck.run(folder, model: model)
                #expect(run.status == 0, "\(name): \(run.output)")
                if plan.status == .optimal {
                    #expect(run.output.contains("HiGHS optimum \(plan.objective) = planner objective \(plan.objective) (optimal)"), "\(name): \(run.output)")
                } else {
                    #expect(run.output.contains("HiGHS optimum 1 "), "\(name): \(run.output)")
                }
            }
        }
        // The model names the governor columns only when there are governors.
        #expect(try ModelExport.lp(Self.tiny(weight: 10)).contains("u_gov"))
        #expect(try !ModelExport.lp(TestProblems.tiny(areas: 2, rounds: 2, latestDay: 6, balanced: false)).contains("gov"))
    }
}
