import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// `Alternatives.find`: the best other choices for one forum, each change in total penalty equal to
/// planning the whole year from scratch (`Planner.plan`) with that forum pinned at the choice.
@Suite("Alternatives for one forum")
struct AlternativesTests {
    static func surrey() throws -> PlanningProblem {
        var problem = try PlanFile.load(path: SelfCheckTests.surreyPath)
        problem.today = TestProblems.date("2027-01-15")
        return problem
    }

    /// What is published: nothing, round 1, or every forum (each pinned where the year's plan puts it).
    enum Published: Sendable { case nothing, roundOne, everything }

    /// Surrey with `published` forums pinned.
    static func surrey(_ published: Published) throws -> PlanningProblem {
        var problem = try surrey()
        guard published != .nothing else { return problem }
        let plan = try #require(TestProblems.solve(problem))
        problem.pins = plan.forums.map(\.meeting).filter { published == .everything || $0.round == 1 }.map {
            Pin(forum: $0.id, date: $0.date, start: $0.start, mode: $0.mode, venue: $0.venue, sequence: 1)
        }
        return problem
    }

    /// The year planned from scratch with `forum` pinned at `choice`.
    static func replanned(_ problem: PlanningProblem, _ forum: ForumID, at choice: Alternatives.Choice) throws -> Plan {
        guard case .planned(let plan) = Planner.plan(Alternatives.pinned(problem, forum, at: choice)) else {
            throw AlternativesTestError.noPlan(choice)
        }
        return plan
    }

    enum AlternativesTestError: Error { case noPlan(Alternatives.Choice) }

    @Test(
        "every listed change equals a full re-plan with the forum pinned there, and unlisted choices cost at least as much",
        arguments: [
            ("2027-r2-east-surrey", Published.nothing), ("2027-r1-surrey-wide-evening", .nothing), ("2027-r3-north-west-surrey", .roundOne),
            ("2027-r2-east-surrey", .everything), ("2027-r4-guildford-waverley", .everything),
        ])
    func exact(forum id: String, published: Published) throws {
        let problem = try Self.surrey(published)
        let forum = ForumID(id)
        let report = try Alternatives.find(forum, in: problem, count: 5)
        let base = report.currentPlan
        #expect(base.status == .optimal)
        #expect(report.alternatives.count == min(5, report.withPlan) && report.withPlan > 0)
        #expect(report.examined == report.withPlan + report.noPlan)
        #expect(report.unproven == 0)
        for a in report.alternatives {
            let full = try Self.replanned(problem, forum, at: a.choice)
            #expect(full.status == .optimal && a.proven)
            #expect(a.change == full.objective - base.objective, "\(a.choice)")
            #expect(a.total == full.objective)
            #expect(a.meetings == full.forums.map(\.meeting).sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) })
            #expect(full.forums.first { $0.meeting.id == forum }.map { Alternatives.Choice($0.meeting) } == a.choice)
        }
        // Best first, ties by choice; the current choice is never listed.
        #expect(report.alternatives.map(\.change) == report.alternatives.map(\.change).sorted())
        #expect(!report.alternatives.contains { $0.choice == Alternatives.Choice(report.current) })
        // Choices not listed: planned from scratch, none beats the last one listed.
        let last = try #require(report.alternatives.last)
        let listed = Set(report.alternatives.map(\.choice))
        let search = ChoiceSearch(problem: problem, options: SolverOptions(), forum: report.current)
        let others = search.choices().map { Alternatives.Choice($0.meeting) }.filter { !listed.contains($0) && $0 != Alternatives.Choice(report.current) }
        #expect(others.count == report.examined - report.alternatives.count)
        var plans = 0
        for choice in stride(from: 0, to: others.count, by: max(others.count / 6, 1)).map({ others[$0] }) {
            if case .planned(let full) = Planner.plan(Alternatives.pinned(problem, forum, at: choice)) {
                plans += 1
                #expect((full.objective - base.objective, choice) > (last.change, last.choice), "\(choice)")
            }
        }
        #expect(plans > 0)
    }

    @Test("the rules that make a choice worse are those whose penalty over the year rose, by the plain rule checker")
    func worseRules() throws {
        let problem = try Self.surrey()
        let forum = ForumID("2027-r2-east-surrey")
        let report = try Alternatives.find(forum, in: problem, count: 50)
        let costly = try #require(report.alternatives.first { $0.change > 0 })
        let full = try Self.replanned(problem, forum, at: costly.choice)
        func byRule(_ plan: Plan) -> [RuleID: Int] {
            var totals: [RuleID: Int] = [:]
            for f in plan.forums { for v in f.penalties { totals[v.rule, default: 0] += v.penalty } }
            return totals
        }
        let before = byRule(report.currentPlan), after = byRule(full)
        let rose = RuleID.allCases.filter { (after[$0] ?? 0) > (before[$0] ?? 0) }
        #expect(!rose.isEmpty)
        #expect(costly.worse.map(\.rule) == rose)
        #expect(costly.worse.reduce(0) { $0 + $1.change } + costly.better.reduce(0) { $0 + $1.change } == costly.change)
    }

    @Test("the same problem gives the same alternatives, whatever order the choices were planned in")
    func deterministic() throws {
        let problem = try Self.surrey()
        let one = try Alternatives.find("2027-r4-surrey-downs", in: problem, count: 3)
        let two = try Alternatives.find("2027-r4-surrey-downs", in: problem, count: 3)
        #expect(one.alternatives.map(\.meetings) == two.alternatives.map(\.meetings))
        #expect((one.examined, one.withPlan, one.noPlan) == (two.examined, two.withPlan, two.noPlan))
    }

    @Test("an unknown forum is refused")
    func unknown() throws {
        #expect(throws: Alternatives.Failure.self) { try Alternatives.find("2027-r9-nowhere", in: try Self.surrey(), count: 5) }
    }
}
