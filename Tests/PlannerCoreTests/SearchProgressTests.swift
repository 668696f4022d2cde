import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// `SolverOptions.progress`: told how the search goes, in order, ending with the plan's own numbers,
/// and changing nothing about the plan.
@Suite("Search progress")
struct SearchProgressTests {
    /// The reports of one solve, gathered from whichever thread the search runs on.
    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [SearchProgress] = []
        func add(_ p: SearchProgress) { lock.lock(); items.append(p); lock.unlock() }
        var all: [SearchProgress] { lock.lock(); defer { lock.unlock() }; return items }
    }

    static func surrey(coordinatorPerDay: Int) throws -> PlanningProblem {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        var problem = try PlanFile.load(path: url.path + "/Fixtures/surrey-2027-28/plan.yaml")
        for i in problem.facilitators.indices where problem.facilitators[i].role == .coordinator {
            problem.facilitators[i].maxForumsPerDay = coordinatorPerDay
        }
        return problem
    }

    /// One a day: the group search (a report every 8 nodes); two a day: the forum-by-forum search
    /// (every 1,024 nodes).
    @Test("reports come in order, best never under the bound, the last is the plan's; the plan is the same", arguments: [1, 2])
    func reports(coordinatorPerDay: Int) throws {
        let problem = try Self.surrey(coordinatorPerDay: coordinatorPerDay)
        let reports = Reports()
        var options = SolverOptions(nodeBudget: 20_000)
        options.progress = { reports.add($0) }
        guard case .planned(let plan) = Planner.plan(problem, options: options),
            case .planned(let quiet) = Planner.plan(problem, options: SolverOptions(nodeBudget: 20_000))
        else {
            Issue.record("no plan")
            return
        }
        #expect(plan.forums == quiet.forums)
        #expect(plan.objective == quiet.objective && plan.lowerBound == quiet.lowerBound)
        let all = reports.all
        #expect(all.count >= 2, "\(all)")
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.nodes <= $1.nodes })
        #expect(all.allSatisfy { p in p.best.map { $0 >= p.bound } ?? true && p.part >= 1 && p.part <= p.parts })
        let last = try #require(all.last)
        #expect(last.best == plan.objective)
        #expect(last.bound == plan.lowerBound)
        #expect(last.nodes == plan.statistics.nodes)
        #expect(last.gap == (plan.objective == plan.lowerBound ? 0 : Double(plan.objective - plan.lowerBound) / Double(plan.objective)))
    }
}
