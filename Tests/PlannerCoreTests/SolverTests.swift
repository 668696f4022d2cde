import PlannerBench
import Testing
@testable import PlannerCore

@Suite("Solver")
struct SolverTests {
    /// Every combination of options and start times, scored by the plain checker: the true optimum
    /// of a tiny problem (nil when no plan keeps every hard rule), with any test-only rules about
    /// several forums (`extraPlanRules`) as well, and without the rules `disabled`.
    ///
    /// A branch is cut only by what can never get better when more forums are added: a breach of a
    /// hard rule that only more forums can break further (a facilitator, venue or interpreter pool
    /// overbooked on a day), or soft penalties already at least the best plan's (every penalty is
    /// 0 or more, and a pair penalty never goes away). The rotation's rules (quota, both modes,
    /// runs) are checked on whole plans only.
    static func exhaustiveOptimum(_ p: PlanningProblem, extraPlanRules: [any PlanRule] = [], disabled: Set<RuleID> = []) -> Int? {
        let context = RuleContext(p, extraPlanRules: extraPlanRules)
        let slots = OptionBuilder(context: context, disabled: disabled).build()
        let monotone = Set<RuleID>([.facilitatorOnePlaceADay, .venueOneBookingADay, .interpreterPoolPerDay]).subtracting(disabled)
        let meetingRules = Rules.meetingRules.filter { !disabled.contains($0.id) }
        let planRules = context.planRules.filter { !disabled.contains($0.id) }
        let choices: [[Meeting]] = slots.map { slot in
            slot.options.flatMap { o in
                o.starts.map { start in
                    var m = o.meeting
                    m.end = start.adding(minutes: m.end.minutes - m.start.minutes)
                    m.start = start
                    return m
                }
            }
        }
        // Each candidate's own soft penalties (rules about one meeting), worked out once.
        let own: [[Int]] = choices.map { list in
            list.map { m in Rules.objective(meetingRules.compactMap { $0.check(m, in: context) }) }
        }
        var best: Int?
        var chosen: [Meeting] = []
        func walk(_ i: Int, _ ownSoFar: Int) {
            if i == slots.count {
                let v = Rules.check(chosen, in: context).filter { !disabled.contains($0.rule) }
                guard !v.contains(where: { $0.rule.isHard }) else { return }
                let cost = Rules.objective(v)
                if best.map({ cost < $0 }) ?? true { best = cost }
                return
            }
            let across = planRules.flatMap { $0.check(chosen, in: context) }
            if across.contains(where: { monotone.contains($0.rule) }) { return }
            if let best, ownSoFar + Rules.objective(across) >= best { return }
            for (k, m) in choices[i].enumerated() {
                chosen.append(m)
                walk(i + 1, ownSoFar + own[i][k])
                chosen.removeLast()
            }
        }
        walk(0, 0)
        return best
    }

    /// Tiny problems: 1 or 2 areas (each with the evening forum), 2 or 3 rounds, the last day of the
    /// month allowed 3 to 6, balanced or table rotation.
    static let tinyCases: [(Int, Int, Int, Bool)] = [1, 2].flatMap { areas in
        [2, 3].flatMap { rounds in
            [3, 4, 6].flatMap { day in [true, false].map { (areas, rounds, day, $0) } }
        }
    }.filter { $0.0 == 1 || $0.1 == 2 }

    @Test("the solver's optimum equals exhaustive search over options and start times on tiny problems", arguments: tinyCases)
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

    /// The case where the oracle that took each option's first start only said 77 (design review §4.3).
    @Test("one area, three rounds: the optimum 71 needs the right start times")
    func startTimesMatter() throws {
        let p = TestProblems.tiny(areas: 1, rounds: 3, latestDay: 4, balanced: false)
        #expect(Self.exhaustiveOptimum(p) == 71)
        #expect(try #require(TestProblems.solve(p)).objective == 71)
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
        p.calendars.schoolCalendars[0].holidays.append(
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

    @Test("balanced generated problems (the group search, as in production): every hard rule kept, the checker's score", arguments: Array(1...6))
    func productionInvariants(seed: Int) throws {
        let p = InstanceGenerator.generate(areas: 5 * (1 + seed % 2), seed: UInt64(seed), template: TestProblems.template())
        // A small node budget: the invariants hold for any plan the search returns, proven or not.
        let plan = try #require(TestProblems.solve(p, budget: 200), "seed \(seed): no plan")
        #expect(plan.proof.parts.allSatisfy { $0.method != .branchAndBound }, "seed \(seed): \(plan.proof.parts.compactMap(\.groupSearchSteppedAside))")
        let violations = Rules.check(plan.forums.map(\.meeting), in: RuleContext(p))
        #expect(violations.filter { $0.rule.isHard }.isEmpty)
        #expect(plan.objective == Rules.objective(violations))
        #expect(plan.forums.count == p.areas.count * p.roundCount)
        #expect(plan.lowerBound <= plan.objective)
        #expect(plan.forums.reduce(0) { $0 + $1.penalty } == plan.objective)
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
