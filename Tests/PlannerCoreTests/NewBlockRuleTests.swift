import Foundation
import PlannerBench
import TestSupport
import Testing

@testable import PlannerCore

/// Test-only: two venues share one caretaker, so at most one of them hosts a forum on any day. A
/// second day capacity on venues, declared in this one type as a block: nothing else is edited.
/// (It borrows `venue-one-booking-a-day`'s id, as `RuleID` is the catalogue's closed list.)
struct SharedCaretakerRule: PlanRule {
    let id = RuleID.venueOneBookingADay
    let venues: Set<Venue.ID>

    func blocks(in context: RuleContext) -> [RuleBlock] {
        [.dayCapacity(DayCapacity(resource: .shared("caretaker"), limit: 1, forums: nil, venues: venues))]
    }

    func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        blocks(in: context).flatMap { block -> [Violation] in
            guard case .dayCapacity(let c) = block else { return [] }
            return c.overbooked(meetings).map {
                Violation(rule: id, forums: $0.meetings.map(\.id), dates: [$0.date], message: "the caretaker would open \($0.meetings.count) venues on \($0.date.uk)")
            }
        }
    }
}

/// A rule of an existing kind added as its own type alone is kept by the checker, the search and
/// the exported model (issue 17: "adding a rule of an existing kind touches one file and its test").
@Suite("A new rule of an existing kind of block")
struct NewBlockRuleTests {
    @Test("a second day capacity on venues is kept by the checker, the search and the export (checked by HiGHS)")
    func sharedCaretaker() throws {
        let problem = InstanceGenerator.generate(areas: 10, seed: 1, template: TestProblems.template())
        guard case .planned(let before) = Planner.plan(problem) else {
            Issue.record("no plan without the rule")
            return
        }
        // Two forums in person on one day at two venues: the new rule forbids exactly that.
        let inPerson = before.forums.map(\.meeting).filter { $0.mode == .inPerson }
        let byDay = Dictionary(grouping: inPerson, by: \.date)
        guard let day = byDay.keys.sorted().first(where: { (byDay[$0]?.count ?? 0) >= 2 }), let pair = byDay[day]?.prefix(2),
            let first = pair.first?.venue, let second = pair.last?.venue
        else {
            Issue.record("no day with two forums in person: the test needs another problem")
            return
        }
        let rule = SharedCaretakerRule(venues: [first, second])
        let context = RuleContext(problem, extraPlanRules: [rule])

        // The checker: the old plan breaks the new rule.
        let breaches = Rules.check(before.forums.map(\.meeting), in: context).filter { $0.message.hasPrefix("the caretaker") }
        #expect(breaches.map(\.message) == ["the caretaker would open 2 venues on \(day.uk)"])

        // The search: the plan with the rule keeps it (the planner's own check would refuse it
        // otherwise; a search blind to the rule would return the old plan, which breaks it). Here
        // it moves a forum at no cost: 735 before and after, bound 732 (HiGHS checks the range).
        var options = SolverOptions()
        options.testingPlanRules = [rule]
        guard case .planned(let after) = Planner.plan(problem, options: options) else {
            Issue.record("no plan with the rule")
            return
        }
        #expect(Rules.check(after.forums.map(\.meeting), in: context).filter(\.rule.isHard).isEmpty)
        #expect(after.objective >= before.objective)

        // The export: one row per day both venues could host a forum, and HiGHS agrees with the plan.
        let slots = OptionBuilder(context: context, disabled: []).build()
        var builder = ModelBuilder(context: context, slots: slots, disabled: [])
        let lp = LPWriter.text(builder.build())
        #expect(lp.contains(" capacity_caretaker_\(day.iso.filter { $0 != "-" }):"))
        let folder = try ModelCheck.folder(["model.lp": lp, "plan.json": try ModelCheck.planJSON(after)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ModelCheck.run(folder, model: "model.lp")
        #expect(run.status == 0, "\(run.output)")
        #expect(!(try ModelExport.lp(problem)).contains("capacity_caretaker"))
    }

    @Test("the explainer's too-few-days reads any day capacity of one: an interpreter pool of one a day")
    func poolTooFewDays() {
        // Two areas needing the pool, one day (Wed 1 Sep 2027) in the round; the coordinator's rule
        // switched off, so only the pool keeps them apart.
        var problem = TestProblems.tiny(areas: 2, rounds: 1, latestDay: 1, balanced: false)
        for i in problem.areas.indices where problem.areas[i].kind == .daytime { problem.areas[i].needsInterpreter = true }
        problem.interpreterPools = [InterpreterPool(id: "bsl", perDay: 1, groups: ["g"])]
        guard case .infeasible(let why) = Planner.plan(problem, options: SolverOptions(disabledRules: [.facilitatorOnePlaceADay])) else {
            Issue.record("a plan where the pool allows none")
            return
        }
        // The pool, then the rules that removed the forums' other days and modes.
        #expect(why.conflicts.map(\.rules) == [[.interpreterPoolPerDay, .workingDay, .roundWindow, .rotationTable]])
        #expect(
            why.conflicts.map(\.message) == [
                "Round 1 (September 2027): 2 forums (Area 1, Area 2) need interpreter pool bsl on different days, but only 1 day can hold them: Wed 1 Sep 2027"
            ])
    }
}
