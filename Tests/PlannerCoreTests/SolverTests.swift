import PlannerBench
import Testing
@testable import PlannerCore

@Suite("Solver")
struct SolverTests {
    /// Every combination of options, scored by the plain checker: the true optimum of a tiny problem.
    static func exhaustiveOptimum(_ p: PlanningProblem) -> Int? {
        let context = RuleContext(p)
        let slots = OptionBuilder(context: context, disabled: []).build()
        var best: Int?
        var chosen: [Meeting] = []
        func walk(_ i: Int) {
            if i == slots.count {
                let v = Rules.check(chosen, in: context)
                guard !v.contains(where: { $0.rule.isHard }) else { return }
                let cost = Rules.objective(v)
                if best == nil || cost < best! { best = cost }
                return
            }
            for o in slots[i].options {
                chosen.append(o.meeting)
                walk(i + 1)
                chosen.removeLast()
            }
        }
        walk(0)
        return best
    }

    @Test("the solver's optimum equals exhaustive search on tiny problems", arguments: [
        (2, 2, 2, true), (2, 2, 3, false), (1, 2, 4, false),
    ])
    func matchesExhaustive(areas: Int, rounds: Int, latestDay: Int, balanced: Bool) {
        let p = TestProblems.tiny(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced)
        let exact = Self.exhaustiveOptimum(p)
        let outcome = Planner.plan(p)
        switch outcome {
        case .planned(let plan):
            #expect(plan.status == .optimal)
            #expect(plan.objective == exact)
        case .infeasible:
            #expect(exact == nil)
        case .internalError(let failure):
            Issue.record("internal error: \(failure)")
        }
    }

    /// A generated problem whose modes are free (no table rows for its areas, no quota), so that
    /// every seed has a plan; the rotation invariants are tested in `RuleTests` and on Surrey.
    static func generated(areas: Int, seed: Int) -> PlanningProblem {
        var p = InstanceGenerator.generate(areas: areas, seed: UInt64(seed), template: TestProblems.template(), balanced: false)
        p.rotation = .table([:])
        return p
    }

    @Test("plans of generated problems keep every hard rule and score as the plain checker does", arguments: Array(1...6))
    func invariants(seed: Int) throws {
        let p = Self.generated(areas: 5 * (1 + seed % 2), seed: seed)
        let context = RuleContext(p)
        guard case .planned(let plan) = Planner.plan(p, options: SolverOptions(nodeBudget: 20_000)) else {
            Issue.record("seed \(seed): no plan found")
            return
        }
        let meetings = plan.forums.map(\.meeting)
        let violations = Rules.check(meetings, in: context)
        #expect(violations.filter { $0.rule.isHard }.isEmpty)
        #expect(plan.objective == Rules.objective(violations))
        #expect(meetings.count == p.areas.count * p.roundCount)
        #expect(plan.lowerBound <= plan.objective)
        #expect(plan.forums.reduce(0) { $0 + $1.penalty } == plan.objective)
    }

    /// A tiny problem whose first days of September 2027 (the cheapest, early in the month) are a
    /// half term, with the evening-in-school-holidays weight set to `weight`.
    static func eveningHalfTerm(weight: Int) -> PlanningProblem {
        var p = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 8, balanced: false)
        p.calendars.schoolHolidays.append(
            Holiday(name: "Test half term", dates: DateRange(first: TestProblems.date("2027-09-01"), last: TestProblems.date("2027-09-03")), estimated: false))
        p.weights.eveningInSchoolHolidays = weight
        return p
    }

    @Test("the search reads evening-in-school-holidays through the options' costs: the evening forum leaves the half term only when it pays")
    func eveningOutOfHalfTerm() throws {
        let free = try #require(TestProblems.solve(Self.eveningHalfTerm(weight: 0)))
        let priced = try #require(TestProblems.solve(Self.eveningHalfTerm(weight: 200)))
        let halfTerm = DateRange(first: TestProblems.date("2027-09-01"), last: TestProblems.date("2027-09-03"))
        func eveningDate(_ plan: Plan) -> LocalDate? { plan.forums.first { $0.meeting.area == "evening" && $0.meeting.round == 1 }?.meeting.date }
        let before = try #require(eveningDate(free))
        let after = try #require(eveningDate(priced))
        #expect(halfTerm.contains(before), "at weight 0 the evening forum takes an early day: \(before.uk)")
        #expect(!halfTerm.contains(after), "at weight 200 it moves out of the half term: \(after.uk)")
        #expect(priced.status == .optimal && free.status == .optimal)
        #expect(Self.exhaustiveOptimum(Self.eveningHalfTerm(weight: 200)) == priced.objective)
    }

    @Test("the same problem gives the same plan")
    func deterministic() {
        let p = Self.generated(areas: 10, seed: 7)
        let options = SolverOptions(nodeBudget: 20_000)
        guard case .planned(let a) = Planner.plan(p, options: options), case .planned(let b) = Planner.plan(p, options: options) else {
            Issue.record("expected a plan"); return
        }
        #expect(a.forums == b.forums)
        #expect(a.objective == b.objective)
    }

    @Test("the same seed gives the same generated problem")
    func generatorDeterministic() {
        let a = InstanceGenerator.generate(areas: 12, seed: 3, template: TestProblems.template())
        let b = InstanceGenerator.generate(areas: 12, seed: 3, template: TestProblems.template())
        #expect(a.venues == b.venues)
        #expect(a.areas == b.areas)
        #expect(a.facilitators == b.facilitators)
    }

    @Test("assignment bound: distinct columns at least cost")
    func assignment() {
        let inf = Assignment.infinity
        #expect(Assignment.minimumCost([[1, 2], [1, 5]], columns: 2) == 3)
        #expect(Assignment.minimumCost([[1, 2], [1, 9]], columns: 2) == 3)
        #expect(Assignment.minimumCost([[1, inf], [1, inf]], columns: 2) == nil)
        #expect(Assignment.minimumCost([[3, 1, 2]], columns: 3) == 1)
    }
}
