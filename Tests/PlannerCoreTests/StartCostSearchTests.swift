import PlannerBench
import Testing
@testable import PlannerCore

/// The group search with option costs that depend on the start time (here from an attendee poll):
/// start times are priced and branched on, and the optimum is still exact.
@Suite("Group search with start-time costs")
struct StartCostSearchTests {
    /// A tiny problem with a made-up poll: for some dates a whole-day row, for some start times their own row.
    static func polled(areas: Int, rounds: Int, latestDay: Int, balanced: Bool, seed: UInt64) -> PlanningProblem {
        var p = TestProblems.tiny(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced)
        var rng = SplitMix64(seed: seed)
        func count() -> Int { Int(rng.next() % 4) }
        let starts = Set(p.inPersonFormat.startTimes + p.virtualFormat.startTimes + p.eveningFormat.startTimes).sorted()
        var rows: [AvailabilityPoll.Row] = []
        for (r, month) in p.rounds.forumMonths.enumerated() {
            for area in p.areas {
                for day in 1...latestDay {
                    let date = LocalDate(civilYear: month.year, month: month.month, day: day)
                    if rng.next() % 2 == 0 {
                        rows.append(AvailabilityPoll.Row(round: r + 1, area: area.id, date: date, start: nil, yes: 5, ifNeedBe: count(), no: count()))
                    }
                    for start in starts where rng.next() % 3 == 0 {
                        rows.append(AvailabilityPoll.Row(round: r + 1, area: area.id, date: date, start: start, yes: 5, ifNeedBe: count(), no: count()))
                    }
                }
            }
        }
        p.poll = AvailabilityPoll(rows: rows)
        return p
    }

    /// Areas, rounds, last day, balanced, seed: problems that have a plan.
    static let cases: [(Int, Int, Int, Bool, UInt64)] = [
        (1, 2, 4, false, 1), (1, 3, 4, false, 2), (1, 3, 6, false, 3), (2, 2, 4, true, 4), (2, 2, 3, false, 5),
        (2, 2, 4, false, 6), (1, 3, 5, false, 7), (2, 2, 5, true, 8),
    ]

    static func model(_ p: PlanningProblem) throws -> GroupModel {
        let slots = OptionBuilder(context: RuleContext(p), disabled: []).build()
        return try GroupModel(slots: slots, problem: p, facilitatorLimit: p.facilitators.map { max($0.maxForumsPerDay, 1) }, switches: BranchAndBound.Switches())
    }

    @Test("a poll makes start times priced; without one they are not")
    func startsVary() throws {
        let plain = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 4, balanced: true)
        #expect(try !Self.model(plain).startsVary)
        let polled = try Self.model(Self.polled(areas: 2, rounds: 2, latestDay: 4, balanced: true, seed: 4))
        #expect(polled.startsVary)
        #expect(polled.startTimes.map(\.description) == ["10:00", "10:15", "11:30", "12:15", "18:15"])
    }

    @Test("for any prices of weekdays and start times the relaxation is at most the true optimum", arguments: cases)
    func boundIsSound(areas: Int, rounds: Int, latestDay: Int, balanced: Bool, seed: UInt64) throws {
        let p = Self.polled(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced, seed: seed)
        let exact = try #require(SolverTests.exhaustiveOptimum(p))
        let model = try Self.model(p)
        let n = model.slots.count
        let relaxation = GroupRelaxation(model: model, allowed: Array(repeating: (1 << GroupModel.weekdays) - 1, count: n))
        var rng = SplitMix64(seed: 11)
        var work = GroupRelaxation.Workspace()
        for trial in 0..<40 {
            let prices = (0..<n).map { _ in
                (0..<model.priceWidth).map { _ in trial == 0 ? 0 : Int(rng.next() % 801) - 400 }
            }
            let e = try #require(relaxation.evaluate(prices, work: &work))
            #expect(e.value <= exact * GroupModel.scale, "trial \(trial): bound \(e.value) above \(exact * GroupModel.scale)")
        }
    }

    @Test("the planner proves the exhaustive optimum with the group search", arguments: cases)
    func provesOptimum(areas: Int, rounds: Int, latestDay: Int, balanced: Bool, seed: UInt64) throws {
        let p = Self.polled(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced, seed: seed)
        let exact = try #require(SolverTests.exhaustiveOptimum(p))
        let result = GroupSearch(model: try Self.model(p), budget: 20_000).solve()
        #expect(result.proven)
        #expect(result.value == exact * GroupModel.scale)
        let plan = try #require(TestProblems.solve(p))
        #expect(plan.status == .optimal)
        #expect(plan.objective == exact)
        #expect(plan.proof.method == "group-search")
        #expect(plan.proof.parts.allSatisfy { $0.groupSearchSteppedAside == nil })
    }

    @Test("a search stopped by its budget reports a bound at most the optimum, and a plan no better", arguments: cases)
    func budgetBound(areas: Int, rounds: Int, latestDay: Int, balanced: Bool, seed: UInt64) throws {
        let p = Self.polled(areas: areas, rounds: rounds, latestDay: latestDay, balanced: balanced, seed: seed)
        let exact = try #require(SolverTests.exhaustiveOptimum(p)) * GroupModel.scale
        let model = try Self.model(p)
        for budget in 1...6 {
            let result = GroupSearch(model: model, budget: budget).solve()
            #expect(result.lowerBound <= exact, "budget \(budget)")
            if result.choice != nil { #expect(result.value >= exact, "budget \(budget)") }
            if result.proven { #expect(result.value == exact, "budget \(budget)") }
        }
    }

    /// A poll as a coordinator would run one: in each round, each daytime area asked about 4 dates,
    /// half of them at each start time, half for the whole day.
    @Test("generated groups with a poll: proven by the group search, every hard rule kept, scored as the checker does", arguments: [1, 2, 3])
    func generated(seed: Int) throws {
        var p = InstanceGenerator.generate(areas: 5, seed: UInt64(seed), template: TestProblems.template())
        var rng = SplitMix64(seed: UInt64(100 + seed))
        var rows: [AvailabilityPoll.Row] = []
        for (r, month) in p.rounds.forumMonths.enumerated() {
            for area in p.areas where area.kind == .daytime {
                var days = Set<Int>()
                while days.count < 4 { days.insert(1 + Int(rng.next() % UInt64(p.rounds.latestDay))) }
                for day in days.sorted() {
                    let date = LocalDate(civilYear: month.year, month: month.month, day: day)
                    let starts: [TimeOfDay?] = rng.next() % 2 == 0 ? [nil] : Set(p.inPersonFormat.startTimes + p.virtualFormat.startTimes).sorted().map { Optional($0) }
                    for start in starts {
                        rows.append(AvailabilityPoll.Row(round: r + 1, area: area.id, date: date, start: start, yes: 3, ifNeedBe: Int(rng.next() % 4), no: Int(rng.next() % 6)))
                    }
                }
            }
        }
        p.poll = AvailabilityPoll(rows: rows)
        guard case .planned(let plan) = Planner.plan(p, options: SolverOptions(nodeBudget: 20_000)) else {
            Issue.record("seed \(seed): no plan"); return
        }
        let violations = Rules.check(plan.forums.map(\.meeting), in: RuleContext(p))
        #expect(violations.filter(\.rule.isHard).isEmpty)
        #expect(plan.objective == Rules.objective(violations))
        #expect(plan.proof.method == "group-search")
        #expect(plan.status == .optimal)
    }
}
