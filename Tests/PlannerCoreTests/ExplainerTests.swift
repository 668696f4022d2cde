import Foundation
import PlannerInput
import TestSupport
import Testing

@testable import PlannerCore

/// "Relax one of them" names exactly the rules whose relaxation alone makes a plan possible: each
/// checked as the issue found it, by planning again with that rule removed.
@Suite("Minimal explanations")
struct ExplainerTests {
    /// The Surrey year in balanced rotation with `quota` of its forums in person each round.
    static func surrey(quota: Int, maxRun: Int = 2) throws -> PlanningProblem {
        var problem = try PlanFile.load(path: SelfCheckTests.surreyPath)
        problem.rotation = .balanced(maxRun: maxRun)
        problem.groups[0].inPersonPerRound = quota
        return problem
    }

    /// The explanation's one conflict, after checking there is no plan.
    static func conflict(_ problem: PlanningProblem) throws -> Conflict {
        guard case .infeasible(let why) = Planner.plan(problem, options: SolverOptions(nodeBudget: 20_000)) else {
            throw Unexpected(what: "a plan, where none should exist")
        }
        #expect(why.proven)
        #expect(why.conflicts.count == 1)
        return try #require(why.conflicts.first)
    }

    struct Unexpected: Error { let what: String }

    /// Whether planning with `rule` removed gives a plan that keeps every other rule.
    static func plansWithout(_ rule: RuleID, _ problem: PlanningProblem) -> Bool {
        plans(problem, relaxing: [rule])
    }

    /// Whether a plan exists with `rules` relaxed (the first plan found is enough, and is self-checked).
    static func plans(_ problem: PlanningProblem, relaxing rules: Set<RuleID>) -> Bool {
        var options = SolverOptions(nodeBudget: 20_000, disabledRules: rules)
        options.firstPlanOnly = true
        guard case .planned = Planner.plan(problem, options: options) else { return false }
        return true
    }

    /// Every named rule, removed alone, allows a plan; every other hard rule, removed alone, does not.
    static func expectExactlyTheRulesThatHelp(_ conflict: Conflict, _ problem: PlanningProblem) {
        for rule in RuleID.allCases where rule.isHard {
            let helps = plansWithout(rule, problem)
            #expect(helps == conflict.rules.contains(rule), "\(rule.rawValue): a plan without it \(helps ? "exists" : "does not exist")")
        }
    }

    @Test("balanced rotation, 5 of 5 in person: only in-person-quota is named, and only it helps")
    func allInPerson() throws {
        let problem = try Self.surrey(quota: 5)
        let conflict = try Self.conflict(problem)
        #expect(conflict.rules == [.inPersonQuota])
        #expect(conflict.message == """
            No plan keeps every hard rule; relaxing this rule alone makes one possible: \
            in-person-quota (In balanced rotation, each round of a group has exactly its quota of in-person forums.)
            """)
        Self.expectExactlyTheRulesThatHelp(conflict, problem)
    }

    /// As the issue found it, independently of the planner's search: HiGHS on the exported model
    /// with one rule's constraints removed. Of the three rules the old explanation named, only
    /// in-person-quota makes the model feasible; so does no other rule about several forums.
    @Test("balanced rotation, 5 of 5 in person: HiGHS agrees only in-person-quota helps")
    func allInPersonHiGHS() throws {
        let problem = try Self.surrey(quota: 5)
        let rules: [RuleID] = [.facilitatorOnePlaceADay, .venueOneBookingADay, .interpreterPoolPerDay, .inPersonQuota, .areaGetsBothModes, .noLongModeRuns]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forum-planner-explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for rule in rules {
            let model = folder.appendingPathComponent("without-\(rule.rawValue).lp")
            try Data(try ModelExport.lp(problem, disabled: [rule]).utf8).write(to: model)
            let run = try Python.run([ModelCheck.script.path, model.path, "--feasibility"])
            let expected = rule == .inPersonQuota ? "HiGHS finds a plan" : "HiGHS finds no plan (Infeasible)"
            #expect(run.output.contains(expected), "\(rule.rawValue): \(run.output)")
        }
    }

    @Test("balanced rotation, max_run 1: every named rule helps on its own")
    func maxRunOne() throws {
        let problem = try Self.surrey(quota: 3, maxRun: 1)
        let conflict = try Self.conflict(problem)
        #expect(conflict.rules == [.inPersonQuota, .noLongModeRuns])
        #expect(conflict.message == """
            No plan keeps every hard rule; relaxing any one of these rules alone makes one possible, so relax one of them: \
            in-person-quota (In balanced rotation, each round of a group has exactly its quota of in-person forums.); \
            no-long-mode-runs (No area meets in the same mode for more rounds running than allowed.)
            """)
        Self.expectExactlyTheRulesThatHelp(conflict, problem)
    }

    /// Two conflicts that no one rule settles: group g wants 2 of its forums in person each round,
    /// but its evening forum is always online (only in-person-quota helps); group h's three areas
    /// share leads in a cycle (a and b share lead 1, b and c lead 2, c and a lead 3), so its forums
    /// need three different days where the round window leaves two.
    static func twoConflicts() -> PlanningProblem {
        var p = TestProblems.tiny(areas: 1, rounds: 3, latestDay: 2, balanced: true)
        p.groups[0].inPersonPerRound = 2
        p.groups.append(Group(id: "h", name: "Group H", coordinators: [], inPersonPerRound: 1))
        let leads: [(String, [Facilitator.ID])] = [("a", ["lead-1", "lead-3"]), ("b", ["lead-1", "lead-2"]), ("c", ["lead-2", "lead-3"])]
        for i in 1...3 { p.facilitators.append(Facilitator(id: Facilitator.ID("lead-\(i)"), name: "Lead \(i)", role: .coProductionLead)) }
        for (name, ids) in leads {
            let a = Area.ID("h-\(name)")
            p.areas.append(Area(id: a, name: "Area \(name)", kind: .daytime, group: "h", leads: ids, needs: [], expectedAttendance: 20))
            p.venues.append(Venue(
                id: Venue.ID("venue-\(name)"), name: "Venue \(name)", address: "", postcode: "", latitude: 51, longitude: 0, areas: [a],
                capacity: 40, features: TestProblems.goodFeatures(), metresToTransport: 100))
        }
        return p
    }

    @Test("two conflicts no one rule settles: relax all of them together, a set that is minimal")
    func relaxAll() throws {
        let problem = Self.twoConflicts()
        let conflict = try Self.conflict(problem)
        #expect(conflict.rules == [.facilitatorOnePlaceADay, .inPersonQuota])
        #expect(conflict.message == """
            No one rule's relaxation makes a plan possible; relax all of them together: \
            facilitator-one-place-a-day (No facilitator attends more forums in one day than they can (one by default).); \
            in-person-quota (In balanced rotation, each round of a group has exactly its quota of in-person forums.)
            """)
        // Together they allow a plan; either one put back, there is none again; and no one rule alone helps.
        #expect(Self.plans(problem, relaxing: Set(conflict.rules)))
        for rule in conflict.rules {
            let rest = Set(conflict.rules).subtracting([rule])
            #expect(!Self.plans(problem, relaxing: rest), "a plan with only \(rest.map(\.rawValue)) relaxed: the set is not minimal")
        }
        for rule in RuleID.allCases where rule.isHard {
            #expect(!Self.plansWithout(rule, problem), "\(rule.rawValue) alone makes a plan possible")
        }
    }
}
