import Foundation
import Testing

@testable import PlannerCore

/// Test-only: the blocks it is given, checked generically from the blocks' own helpers. It borrows
/// the id of a rule of the same kind (`RuleID` is the catalogue's closed list), whose own blocks
/// the test problem leaves empty or free of cost, so nothing is counted twice.
struct ShapeRule: PlanRule {
    let id: RuleID
    let declared: @Sendable (RuleContext) -> [RuleBlock]

    func blocks(in context: RuleContext) -> [RuleBlock] { declared(context) }

    func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        blocks(in: context).flatMap { block -> [Violation] in
            switch block {
            case .roundCount(let count):
                guard let breach = count.breach(meetings) else { return [] }
                return [Violation(rule: id, forums: breach.meetings.map(\.id), message: "\(breach.inPerson) in person; \(count.inPerson) wanted")]
            case .modeSequence(let sequence):
                let missing = sequence.missingModes(meetings)
                return missing.modes.map { Violation(rule: id, forums: missing.meetings.map(\.id), message: "never \($0.plainName)") }
                    + sequence.longRuns(meetings).map { Violation(rule: id, forums: $0.map(\.id), message: "\($0.count) rounds running") }
            case .pairCost(let cost):
                return cost.breaches(meetings).map {
                    Violation(rule: id, penalty: $0.penalty, forums: [$0.later.id, $0.earlier.id], message: "a pair costing \($0.penalty)")
                }
            case .dayCapacity, .matching:
                return []
            }
        }
    }
}

/// A rule of an existing kind of block but a shape no catalogue rule declares (a round count
/// over part of a round in table rotation, a max run or both modes over some rounds in table
/// rotation, an area's own pair weights, consecutive days priced in one round only) is kept by the
/// checker, the group search and the forum-by-forum search (which read the blocks, not the plan
/// file's rotation, quotas and weights) and the exported model, checked by HiGHS (issue 17: "the
/// group search generalised to whatever the building blocks say").
@Suite("Blocks of a new shape reach the group search")
struct BlockShapeTests {
    /// One daytime area and the evening forum, one coordinator, three rounds of 4 days (small
    /// enough for the exhaustive search); table rotation listing only the evening forum, so the
    /// daytime forums' modes are free but for both modes in the year.
    static func problem() -> PlanningProblem {
        var p = TestProblems.tiny(areas: 1, rounds: 3, latestDay: 4, balanced: false)
        p.rotation = .table(["evening": [.virtual, .virtual, .virtual]])
        return p
    }

    /// As `problem()`, with the plan file pricing no variety and no spread.
    static func unpriced() -> PlanningProblem {
        var p = problem()
        p.weights.sameWeekday = 0
        p.weights.sameStartTime = 0
        p.weights.consecutiveDays = 0
        return p
    }

    static func forum(_ p: PlanningProblem, area: String, round: Int) -> ForumID { p.forumID(round: round, area: Area.ID(area)) }

    /// Case `index`: its name, the problem, and the test-only rule, chosen so that the plan made
    /// without it (`before`) breaks it.
    static func shape(_ index: Int, before: [Meeting]) -> (String, PlanningProblem, ShapeRule) {
        let mode = { (round: Int) in before.first { $0.area == "area-1" && $0.round == round }?.mode ?? .virtual }
        switch index {
        case 0:
            // Area 1's round-1 forum alone (not the evening forum), in the mode it did not take.
            let wanted = mode(1) == .inPerson ? 0 : 1
            return ("a round count over part of a round, table rotation", problem(), ShapeRule(id: .inPersonQuota) { context in
                [.roundCount(RoundCount(group: "g", round: 1, forums: [forum(context.problem, area: "area-1", round: 1)], inPerson: wanted))]
            })
        case 1:
            // Modes alternating (a max run of 1), or, if they already alternate, both modes in rounds 1 and 3.
            let alternates = mode(1) != mode(2) && mode(2) != mode(3)
            return ("a mode sequence of a new shape in table rotation", problem(), ShapeRule(id: .noLongModeRuns) { context in
                let area = context.problem.areas[0]
                let all = context.forums(of: area)
                return [.modeSequence(alternates
                    ? ModeSequence(area: area.id, forums: [all[0], all[2]], bothModes: true) : ModeSequence(area: area.id, forums: all, maxRun: 1))]
            })
        case 2:
            return ("an area's own pair weights", unpriced(), ShapeRule(id: .weekdayAndTimeVariety) { context in
                let area = context.problem.areas[0]
                return [.pairCost(PairCost(scope: .area(area.id), forums: Set(context.forums(of: area)), sameWeekday: 40, sameStart: 25))]
            })
        default:
            return ("consecutive days priced in one round", unpriced(), ShapeRule(id: .spreadRound) { context in
                let round = Set(before.map(\.round)).sorted().first { r in
                    let days = before.filter { $0.round == r }.map(\.date)
                    return days.contains { d in days.contains { abs($0 - d) == 1 } }
                } ?? 1
                return [.pairCost(PairCost(scope: .groupRound("g", round: round), forums: context.forums(of: context.problem.areas, round: round), adjacentDays: 30))]
            })
        }
    }

    @Test("kept by the checker, the group search and the export (HiGHS agrees)", arguments: 0..<4)
    func keptEverywhere(index: Int) throws {
        let plain = try #require(TestProblems.solve(index < 2 ? Self.problem() : Self.unpriced()), "no plan without the rule")
        let before = plain.forums.map(\.meeting)
        let (name, problem, rule) = Self.shape(index, before: before)
        let context = RuleContext(problem, extraPlanRules: [rule])
        let declared = rule.blocks(in: context).map { DeclaredBlock(rule: rule.id, block: $0) }
        #expect(BranchAndBound.Switches.unsupported(declared, context: context).isEmpty, "\(name)")

        // The rule bites: the checker with it finds more wrong with the plan made without it.
        #expect(Rules.check(before, in: context).count > Rules.check(before, in: RuleContext(problem)).count, "\(name): the rule changes nothing")
        let exact = try #require(SolverTests.exhaustiveOptimum(problem, extraPlanRules: [rule]), "\(name): no plan with the rule")

        // The group search keeps it and proves the exhaustive optimum; the planner's self-check
        // (the plain checker with the rule) would refuse a plan that breaks it.
        guard let after = Self.plannedAtOptimum(name, problem, rule, exact: exact, method: "group-search") else { return }

        // The export: HiGHS agrees with the plan's objective and bound.
        let slots = OptionBuilder(context: context, disabled: []).build()
        var builder = ModelBuilder(context: context, slots: slots, disabled: [])
        let lp = LPWriter.text(builder.build())
        let folder = try ModelCheck.folder(["model.lp": lp, "plan.json": try ModelCheck.planJSON(after)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ModelCheck.run(folder, model: "model.lp")
        #expect(run.status == 0, "\(name): \(run.output)")
    }
}

extension BlockShapeTests {
    @Test("a shape the group search cannot keep is named, with the reason")
    func unsupportedNamed() {
        let p = Self.problem()
        let context = RuleContext(p)
        let area = p.areas[0]
        let all = Set(context.forums(of: area))
        let odd: [RuleBlock] = [
            .roundCount(RoundCount(group: "g", round: 1, forums: [Self.forum(p, area: "area-1", round: 1), Self.forum(p, area: "area-1", round: 2)], inPerson: 1)),
            .modeSequence(ModeSequence(area: area.id, forums: [Self.forum(p, area: "evening", round: 1)], maxRun: 1)),
            .modeSequence(ModeSequence(area: area.id, forums: context.forums(of: area), maxRun: -1)),
            .pairCost(PairCost(scope: .area(area.id), forums: all, adjacentDays: 5)),
            .pairCost(PairCost(scope: .area(area.id), forums: all, sameWeekday: -1)),
            .pairCost(PairCost(scope: .area(area.id), forums: [Self.forum(p, area: "area-1", round: 1)], sameWeekday: 5)),
            .pairCost(PairCost(scope: .groupRound("g", round: 1), forums: context.forums(of: p.areas, round: 1), sameWeekday: 3)),
        ]
        let declared = odd.map { DeclaredBlock(rule: .spreadRound, block: $0) }
        let area1 = "an area's pair cost other than on weekdays and start times (0 or more) over all its forums"
        let sequence = "a mode sequence over forums that are not of one area, or with a max run below 0"
        #expect(
            BranchAndBound.Switches.unsupported(declared, context: context).map(\.reason) == [
                "a round count over forums that are not of one group in one round", sequence, sequence, area1, area1, area1,
                "a group-round's pair cost other than on consecutive days (0 or more) over all its forums",
            ])
    }
}

extension BlockShapeTests {
    /// The same shapes without the coordinator's rule, so that the group search steps aside and,
    /// with no MIP solver (the library's default), the forum-by-forum search plans each part.
    @Test("kept by the forum-by-forum search, which proves the exhaustive optimum", arguments: 0..<4)
    func keptByBranchAndBound(index: Int) throws {
        let plain = try #require(TestProblems.solve(index < 2 ? Self.problem() : Self.unpriced()), "no plan without the rule")
        let (name, problem, rule) = Self.shape(index, before: plain.forums.map(\.meeting))
        let disabled: Set<RuleID> = [.facilitatorOnePlaceADay]
        let exact = try #require(SolverTests.exhaustiveOptimum(problem, extraPlanRules: [rule], disabled: disabled), "\(name): no plan with the rule")
        _ = Self.plannedAtOptimum(name, problem, rule, disabled: disabled, exact: exact, method: "branch-and-bound")
    }

    /// Plans `problem` with the test rule (and `disabled` switched off) and expects `method` to
    /// prove the exhaustive optimum `exact`, with no hard rule broken (by the plain checker with the
    /// rule) and the objective as the checker scores it; the plan, or nil (recorded) when none.
    static func plannedAtOptimum(
        _ name: String, _ problem: PlanningProblem, _ rule: ShapeRule, disabled: Set<RuleID> = [], exact: Int, method: String
    ) -> Plan? {
        var options = SolverOptions(disabledRules: disabled)
        options.testingPlanRules = [rule]
        guard case .planned(let after) = Planner.plan(problem, options: options) else {
            Issue.record("\(name): no plan with the rule")
            return nil
        }
        #expect(after.proof.method == method, "\(name)")
        #expect(after.status == .optimal, "\(name)")
        #expect(after.objective == exact, "\(name)")
        let violations = Rules.check(after.forums.map(\.meeting), in: RuleContext(problem, extraPlanRules: [rule])).filter { !disabled.contains($0.rule) }
        #expect(violations.filter(\.rule.isHard).isEmpty, "\(name)")
        #expect(after.objective == Rules.objective(violations), "\(name)")
        return after
    }
}
