import PlannerBench
import PlannerInput
import Testing
@testable import PlannerCore

@Suite("Group search")
struct GroupSearchTests {
    static func model(_ p: PlanningProblem) -> GroupModel? {
        let slots = OptionBuilder(context: RuleContext(p), disabled: []).build()
        return try? GroupModel(slots: slots, problem: p, facilitatorLimit: p.facilitators.map { max($0.maxForumsPerDay, 1) }, switches: BranchAndBound.Switches())
    }

    @Test("a group with one coordinator at every forum takes the group search")
    func applies() {
        #expect(Self.model(TestProblems.tiny(areas: 2, rounds: 2, latestDay: 2, balanced: true)) != nil)
        // Free modes everywhere (no table rows, no quota) go to the forum-by-forum search.
        var free = InstanceGenerator.generate(areas: 5, seed: 1, template: TestProblems.template(), balanced: false)
        free.rotation = .table([:])
        let slots = OptionBuilder(context: RuleContext(free), disabled: []).build()
        #expect(throws: GroupModel.StepAside.tooManyInPersonSets(round: 1, sets: 32)) {
            try Planner.groupSearch(slots, problem: free, budget: 10, groupBudget: 10, switches: BranchAndBound.Switches())
        }
    }

    /// Tiny problems that have a plan (2 areas in 2 days of balanced rotation have none).
    static let cases = [(2, 2, 4, true), (2, 2, 3, false), (1, 2, 4, false), (1, 3, 4, false), (1, 3, 6, false)]

    @Test("for any prices the relaxation is at most the true optimum", arguments: cases)
    func boundIsSound(areas: Int, rounds: Int, latestDay: Int, balanced: Bool) throws {
        let p = TestProblems.tiny(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced)
        let exact = try #require(SolverTests.exhaustiveOptimum(p))
        let model = try #require(Self.model(p))
        let n = model.slots.count
        let relaxation = GroupRelaxation(model: model, allowed: Array(repeating: (1 << GroupModel.weekdays) - 1, count: n))
        var rng = SplitMix64(seed: 11)
        var work = GroupRelaxation.Workspace()
        for trial in 0..<40 {
            // Zero prices first, then random ones, negative included.
            let prices = (0..<n).map { _ in (0..<GroupModel.weekdays).map { _ in trial == 0 ? 0 : Int.random(in: -400...400, using: &rng) } }
            let e = try #require(relaxation.evaluate(prices, work: &work))
            #expect(e.value <= exact * GroupModel.scale, "trial \(trial): bound \(e.value) above \(exact * GroupModel.scale)")
        }
    }

    @Test("the group search proves the exhaustive optimum", arguments: cases)
    func provesOptimum(areas: Int, rounds: Int, latestDay: Int, balanced: Bool) throws {
        let p = TestProblems.tiny(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced)
        let exact = try #require(SolverTests.exhaustiveOptimum(p))
        let result = GroupSearch(model: try #require(Self.model(p)), budget: 10_000).solve()
        #expect(result.proven)
        #expect(result.value == exact * GroupModel.scale)
        #expect(result.lowerBound == result.value)
    }

    @Test("a search stopped by its budget reports a bound at most the optimum, and a plan no better", arguments: cases)
    func budgetBound(areas: Int, rounds: Int, latestDay: Int, balanced: Bool) throws {
        let p = TestProblems.tiny(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced)
        let exact = try #require(SolverTests.exhaustiveOptimum(p)) * GroupModel.scale
        let model = try #require(Self.model(p))
        for budget in 1...6 {
            let result = GroupSearch(model: model, budget: budget).solve()
            #expect(result.lowerBound <= exact, "budget \(budget)")
            if result.choice != nil { #expect(result.value >= exact, "budget \(budget)") }
            if result.proven { #expect(result.value == exact, "budget \(budget)") }
        }
    }

    @Test("the search counts its price steps: one a node at least, at most the root's and the other nodes' allowance", arguments: cases)
    func countsEvaluations(areas: Int, rounds: Int, latestDay: Int, balanced: Bool) throws {
        let p = TestProblems.tiny(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced)
        let result = GroupSearch(model: try #require(Self.model(p)), budget: 10_000).solve()
        #expect(result.nodes >= 1)
        #expect(result.evaluations >= result.nodes)
        #expect(result.evaluations <= GroupSearch.rootIterations + GroupSearch.childIterations * (result.nodes - 1))
    }

    /// The path Solver-Notes.md measures ("Price steps and branching", 7 December 2026): a change to
    /// the step rule or the branching shows here first, with its cost in evaluations.
    @Test("Surrey's year is proven at 434 in 42 nodes and 806 evaluations")
    func surreyPath() throws {
        let p = try PlanFile.load(path: SelfCheckTests.surreyPath)
        let context = RuleContext(p)
        let switches = BranchAndBound.Switches(blocks: Rules.blocks(in: context, disabled: []), problem: p)
        let slots = OptionBuilder(context: context, disabled: []).build()
        let model = try GroupModel(slots: slots, problem: p, facilitatorLimit: switches.facilitatorLimits(p), switches: switches)
        let result = GroupSearch(model: model, budget: 20_000).solve()
        #expect(result.proven)
        #expect(result.value == 434 * GroupModel.scale)
        #expect(result.nodes == 42)
        #expect(result.evaluations == 806)
    }

    @Test("a mode sequence's longest run counts only consecutive rounds")
    func longestRun() {
        #expect(GroupModel.longestRun(0b0111, rounds: [1, 2, 3, 4]) == 3)
        #expect(GroupModel.longestRun(0b0101, rounds: [1, 2, 3, 4]) == 1)
        // Rounds 1 and 3 are not consecutive: in person twice, but not running; rounds 4 and 5 online run 2.
        #expect(GroupModel.longestRun(0b0011, rounds: [1, 3, 4, 5]) == 2)
        #expect(GroupModel.longestRun(0b0101, rounds: [1, 3, 4, 5]) == 1)
        #expect(GroupModel.longestRun(0b1100, rounds: [1, 2, 3, 4]) == 2)
    }

    @Test("groups sharing a pool and regional venues: every hard rule kept, the bound below the plan")
    func sharedGroups() throws {
        let p = InstanceGenerator.generate(areas: 10, seed: 1, template: TestProblems.template())
        guard case .planned(let plan) = Planner.plan(p, options: SolverOptions(nodeBudget: 20_000, groupNodeBudget: 5)) else {
            Issue.record("no plan"); return
        }
        let violations = Rules.check(plan.forums.map(\.meeting), in: RuleContext(p))
        #expect(violations.filter { $0.rule.isHard }.isEmpty)
        #expect(plan.objective == Rules.objective(violations))
        #expect(plan.lowerBound <= plan.objective)
        #expect(plan.forums.count == p.areas.count * p.roundCount)
    }
}
