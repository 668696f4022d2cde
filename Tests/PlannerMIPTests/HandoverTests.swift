import Foundation
import PlannerBench
import PlannerCore
import PlannerInput
import PlannerMIP
import Testing
import TestSupport

@testable import PlannerCore

/// A part the group search leaves unproven is handed to CBC (`SolverOptions.mipSolver`), and the
/// planner still owns the proof: the plan is re-checked, and an answer that contradicts the search
/// is an internal error.
@Suite("Handing a stalled part to CBC")
struct HandoverTests {
    static let surrey: PlanningProblem? = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/surrey-2027-28/plan.yaml").path
        return try? PlanFile.load(path: path)
    }()

    /// perturb-01 of `make bench`: the group search stops at its 20,000-node cap one point short.
    static func stalled() throws -> PlanningProblem {
        let surrey = try #require(Self.surrey)
        return try #require(Perturbation.variants(of: surrey, count: 1, seed: 1).first).problem
    }

    /// 5 generated areas with free modes (an empty rotation table): 32 in-person sets a round, too
    /// many for the group search, so it steps aside.
    static func freeModes() throws -> PlanningProblem {
        var problem = InstanceGenerator.generate(areas: 5, seed: 1, template: try #require(Self.surrey), balanced: false)
        problem.rotation = .table([:])
        return problem
    }

    /// The hand-over alone: without the linear relaxation first, which would prove most of these
    /// years before any search (`RelaxationTests`).
    static func options(_ solver: (any MIPSolver)?, handover: Int = SolverOptions.mipHandoverDefault) -> SolverOptions {
        var options = SolverOptions()
        options.mipSolver = solver
        options.mipHandoverNodes = handover
        options.relaxationFirst = false
        return options
    }

    static func planned(_ outcome: PlanOutcome) -> Plan? {
        if case .planned(let plan) = outcome { return plan }
        return nil
    }

    /// The plain rule checker's verdict on a plan: its hard breaches and its total.
    static func checked(_ plan: Plan, _ problem: PlanningProblem) -> (hard: Int, total: Int) {
        let violations = Rules.check(plan.forums.map(\.meeting), in: RuleContext(problem))
        return (violations.filter(\.rule.isHard).count, Rules.objective(violations))
    }

    @Test("a search stopped after one node: CBC proves the group search's own optimum, and the checker agrees")
    func forcedStall() throws {
        let problem = try #require(Self.surrey)
        let search = try #require(Self.planned(Planner.plan(problem)))
        #expect(search.status == .optimal)
        #expect(search.proof.method == "group-search")
        let handed = try #require(Self.planned(Planner.plan(problem, options: Self.options(CBC(), handover: 1))))
        #expect(handed.status == .optimal)
        #expect(handed.objective == search.objective)
        #expect(handed.lowerBound == search.objective)
        #expect(handed.proof.method == "mip")
        let part = try #require(handed.proof.parts.first)
        #expect(part.nodes == 1)
        #expect(part.mip?.solver == "CBC")
        #expect(part.mip?.status == .optimal)
        #expect(part.mip?.after == .groupSearch)
        #expect(handed.proof.gap == 0)
        let verdict = Self.checked(handed, problem)
        #expect(verdict.hard == 0)
        #expect(verdict.total == handed.objective)
    }

    @Test("a real stall (perturb-01) is proven by CBC at the plan the capped search could not prove")
    func realStall() throws {
        let problem = try Self.stalled()
        let alone = try #require(Self.planned(Planner.plan(problem, options: Self.options(nil))))
        #expect(alone.status == .feasible)
        #expect(alone.proof.parts.first?.nodes == SolverOptions.groupSearchCap)
        let handed = try #require(Self.planned(Planner.plan(problem, options: Self.options(CBC()))))
        #expect(handed.status == .optimal)
        #expect(handed.objective == alone.objective)
        #expect(handed.lowerBound == alone.objective)
        #expect(handed.proof.parts.first?.nodes == SolverOptions.mipHandoverDefault)
        #expect(handed.proof.parts.first?.mip?.status == .optimal)
        #expect(Self.checked(handed, problem).total == handed.objective)
    }

    @Test("groups sharing resources: each group its own search leaves unproven is handed to CBC alone, however large the part")
    func groupsHandedOver() throws {
        // 20 generated areas: 4 groups sharing regional venues and interpreter pools, one part.
        let problem = InstanceGenerator.generate(areas: 20, seed: 1, template: try #require(Self.surrey))
        let reference = try #require(Self.planned(Planner.plan(problem)))
        #expect(reference.status == .optimal)
        #expect(reference.proof.method == "group-search-with-repair")
        // One node per group, and the part (96 forums) too large to hand over whole.
        var options = Self.options(CBC(), handover: 1)
        options.mipMaxForums = 10
        let handed = try #require(Self.planned(Planner.plan(problem, options: options)))
        #expect(handed.status == .optimal)
        #expect(handed.objective == reference.objective)
        #expect(handed.lowerBound == reference.objective)
        let part = try #require(handed.proof.parts.first)
        #expect(handed.proof.parts.count == 1)
        #expect(part.method == .mip)
        #expect(part.mip?.after == .groupSearchWithRepair)
        #expect(part.mip?.status == .optimal)
        let verdict = Self.checked(handed, problem)
        #expect(verdict.hard == 0)
        #expect(verdict.total == handed.objective)
        // The same one node per group without CBC leaves the part unproven.
        var alone = SolverOptions(groupNodeBudget: 1)
        alone.mipHandoverNodes = 1
        let stalled = try #require(Self.planned(Planner.plan(problem, options: alone)))
        #expect(stalled.status == .feasible)
        #expect(stalled.lowerBound < reference.objective)
    }

    @Test("a part the group search steps aside on goes straight to CBC: no forum-by-forum search runs")
    func straightToCBC() throws {
        let problem = try Self.freeModes()
        let fallback = try #require(Self.planned(Planner.plan(problem, options: SolverOptions(nodeBudget: 200_000))))
        #expect(fallback.proof.method == "branch-and-bound")
        let handed = try #require(Self.planned(Planner.plan(problem, options: Self.options(CBC()))))
        #expect(handed.status == .optimal)
        #expect(handed.objective <= fallback.objective)
        #expect(handed.objective >= fallback.lowerBound)
        let part = try #require(handed.proof.parts.first)
        #expect(handed.proof.parts.count == 1)
        #expect(part.method == .mip)
        #expect(part.nodes == 0)
        #expect(part.mip?.after == nil)
        #expect(part.mip?.status == .optimal)
        #expect(part.groupSearchSteppedAside == "round 1 allows 32 sets of in-person forums (the group search takes at most 16): its modes are nearly free")
        let verdict = Self.checked(handed, problem)
        #expect(verdict.hard == 0)
        #expect(verdict.total == handed.objective)
    }

    @Test("with CBC the forum-by-forum search never runs: a part over the hand-over size, and a first plan, go straight to CBC too")
    func noForumByForumWithCBC() throws {
        let problem = try Self.freeModes()
        // Larger than the parts handed over after a search: still straight to CBC, never the fallback.
        var small = Self.options(CBC())
        small.mipMaxForums = 1
        let large = try #require(Self.planned(Planner.plan(problem, options: small)))
        let optimal = try #require(Self.planned(Planner.plan(problem, options: Self.options(CBC()))))
        #expect(large.status == .optimal)
        #expect(large.objective == optimal.objective)
        #expect(large.proof.parts.map(\.method) == [.mip])
        // A first plan (the bench's first-plan timing): CBC's plan, checked, reported as feasible.
        var first = Self.options(CBC())
        first.firstPlanOnly = true
        let quick = try #require(Self.planned(Planner.plan(problem, options: first)))
        #expect(quick.status == .feasible)
        #expect(quick.proof.parts.map(\.method) == [.mip])
        #expect(Self.checked(quick, problem).hard == 0)
    }

    @Test("a MIP solver that stops with nothing on a part it took straight: no plan, and the message says which solver stopped, not to raise the node budget")
    func straightPartStopped() throws {
        let problem = try Self.freeModes()
        let solver = Counting()
        guard case .infeasible(let why) = Planner.plan(problem, options: Self.options(solver)) else {
            Issue.record("expected no plan")
            return
        }
        #expect(solver.calls.value == 1)
        #expect(!why.proven)
        #expect(why.conflicts.map(\.message) == [
            "Counting stopped at its node limit without finding a plan for part of the year, or proving that there is none. This should not happen: please report it. `--no-mip` tries the planner's own slower search instead."
        ])
    }

    @Test("the same problem twice gives the same plan and the same proof")
    func deterministic() throws {
        let problem = try Self.stalled()
        let first = try #require(Self.planned(Planner.plan(problem, options: Self.options(CBC(), handover: 3))))
        let second = try #require(Self.planned(Planner.plan(problem, options: Self.options(CBC(), handover: 3))))
        #expect(first.forums.map(\.meeting) == second.forums.map(\.meeting))
        #expect(first.proof == second.proof)
    }

    @Test("a MIP solver that claims a total the checker does not confirm is an internal error")
    func wrongTotal() throws {
        let problem = try #require(Self.surrey)
        guard case .internalError(let failure) = Planner.plan(problem, options: Self.options(Skewed(offset: -1), handover: 1)) else {
            Issue.record("a wrong total from the MIP solver was not caught"); return
        }
        #expect(failure.description == "the search (mip) claimed a total penalty of \(failure.scored - 1), but the rule checker scores the plan at \(failure.scored)")
    }

    @Test("a MIP solver that says there is no plan where the search found one is an internal error")
    func contradiction() throws {
        let problem = try #require(Self.surrey)
        let answer = MIPAnswer(status: .infeasible, objective: nil, values: nil, bound: nil, nodes: 0)
        guard case .internalError(let failure) = Planner.plan(problem, options: Self.options(Fixed(answer: answer), handover: 1)) else {
            Issue.record("the contradiction was not caught"); return
        }
        #expect(failure.description.hasPrefix("Tester says part of the year has no plan, but the search found one with a total penalty of "))
    }

    @Test("CBC proving that a part has no plan, where the search found none, means no plan")
    func noPlan() throws {
        let problem = try #require(Self.surrey)
        let slots = OptionBuilder(context: RuleContext(problem), disabled: []).build()
        // Two forums of a round sharing a facilitator (one forum a day), both held to one day.
        let pair = try #require(slots.indices.lazy.compactMap { i in
            slots.indices.first { j in
                j > i && slots[j].round == slots[i].round && !Set(slots[i].facilitators).isDisjoint(with: slots[j].facilitators)
                    && Set(slots[i].options.map(\.day)).contains(slots[j].options[0].day)
            }.map { (i, $0) }
        }.first)
        let day = slots[pair.1].options[0].day
        let held = [slots[pair.0], slots[pair.1]].map { slot in
            var slot = slot
            slot.options = slot.options.filter { $0.day == day }
            return slot
        }
        guard case .noPlan(let run)? = Planner.handOver(held, using: .init(solver: CBC(), disabled: [], context: RuleContext(problem)), found: nil, bound: 0, cutoff: nil, after: .groupSearch) else {
            Issue.record("CBC's infeasible did not mean no plan"); return
        }
        #expect(run.status == .infeasible)
        // The same two forums, free to take any day: CBC finds their plan.
        let free = [slots[pair.0], slots[pair.1]]
        guard case .part(let part, _)? = Planner.handOver(free, using: .init(solver: CBC(), disabled: [], context: RuleContext(problem)), found: nil, bound: 0, cutoff: nil, after: .groupSearch) else {
            Issue.record("CBC found no plan for two free forums"); return
        }
        #expect(part.meetings?.count == 2)
    }

    /// Two groups that compete for one governor (`SharedGovernor`), on Surrey's calendars and venues.
    static func groupsSharingAGovernor() throws -> PlanningProblem {
        SharedGovernor.twoGroups(from: try #require(Self.surrey))
    }

    @Test("two groups competing for one governor are one part: without CBC feasible with a gap, with CBC proven at a better plan")
    func groupsSharingAGovernorProven() throws {
        let problem = try Self.groupsSharingAGovernor()
        let alone = try #require(Self.planned(Planner.plan(problem, options: Self.options(nil))))
        #expect(alone.statistics.components == 1 && alone.proof.acrossParts == 0)
        #expect(alone.status == .feasible && alone.lowerBound < alone.objective)
        let handed = try #require(Self.planned(Planner.plan(problem, options: Self.options(CBC()))))
        #expect(handed.status == .optimal && handed.proof.method == "mip")
        #expect(handed.objective == handed.lowerBound && handed.objective < alone.objective)
        // Both forums on Wed 1 Sep with the governor is 0 points alone but 10 together; the optimum
        // moves one forum a day later, for 1 point.
        #expect(alone.objective == 10 && handed.objective == 1)
        #expect(handed.proof.parts.first?.mip?.after == .groupSearchWithRepair)
        #expect(Self.checked(handed, problem) == (hard: 0, total: handed.objective))
        // Each group alone would put its forum on the best day with the governor; together they
        // cannot both have them, and the proven plan leaves no forum without a governor.
        #expect(!handed.forums.flatMap(\.penalties).contains { $0.rule == .governorAtForum })
    }

    @Test("a MIP solver stopped by its limit: the search's plan stands with the better bound and the gap")
    func stopped() throws {
        let problem = try #require(Self.surrey)
        let optimum = try #require(Self.planned(Planner.plan(problem))).objective
        // After one node the search has a worse plan and a weaker bound; the solver's bound is better.
        let answer = MIPAnswer(status: .stopped, objective: nil, values: nil, bound: Double(optimum) - 0.5, nodes: 7)
        let plan = try #require(Self.planned(Planner.plan(problem, options: Self.options(Fixed(answer: answer), handover: 1))))
        #expect(plan.status == .feasible)
        #expect(plan.objective > optimum)
        #expect(plan.lowerBound == optimum)
        #expect(plan.proof.gap == plan.objective - optimum)
        #expect(plan.proof.parts[0].mip == Proof.MIPRun(solver: "Tester", status: .stopped, nodes: 7, after: .groupSearch))
    }

    @Test("no MIP solver for a part the search proved, nor for a part above mipMaxForums")
    func notHandedOver() throws {
        let problem = try #require(Self.surrey)
        let counter = Counting()
        _ = Planner.plan(problem, options: Self.options(counter, handover: 20_000))
        var options = Self.options(counter, handover: 1)
        options.mipMaxForums = problem.areas.count * problem.roundCount - 1
        _ = Planner.plan(problem, options: options)
        #expect(counter.calls.value == 0)
        _ = Planner.plan(problem, options: Self.options(counter, handover: 1))
        #expect(counter.calls.value == 1)
    }
}

/// CBC's answer with its objective moved by `offset`: a solver whose total is wrong.
struct Skewed: MIPSolver {
    let offset: Double
    var name: String { "Skewed" }
    func solve(_ program: MixedIntegerProgram, start: [Int]?, cutoff: Int?) -> MIPAnswer {
        var answer = CBC().solve(program, start: start, cutoff: cutoff)
        answer.objective = answer.objective.map { $0 + offset }
        answer.bound = answer.objective
        return answer
    }
}

/// Always the same answer.
struct Fixed: MIPSolver {
    let answer: MIPAnswer
    var name: String { "Tester" }
    func solve(_ program: MixedIntegerProgram, start: [Int]?, cutoff: Int?) -> MIPAnswer { answer }
}

/// Counts its calls and answers "stopped, nothing found".
final class Counting: MIPSolver {
    let calls = Box()
    var name: String { "Counting" }
    func solve(_ program: MixedIntegerProgram, start: [Int]?, cutoff: Int?) -> MIPAnswer {
        calls.add()
        return MIPAnswer(status: .stopped, objective: nil, values: nil, bound: nil, nodes: 0)
    }
}

final class Box: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
