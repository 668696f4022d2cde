import Foundation
import PlannerCore

/// One measured solve, as table cells.
public enum BenchRow {
    public static let header = ["instance", "forums", "status", "objective", "lower bound", "gap %", "nodes", "first plan ms", "wall ms", "peak MB"]

    public static func measure(name: String, problem: PlanningProblem, options: SolverOptions) -> [String] {
        let forums = problem.areas.count * problem.roundCount
        var first = options
        first.firstPlanOnly = true
        let firstMs = BenchTable.ms(BenchTable.timed { Planner.plan(problem, options: first) }.ms)
        let (outcome, elapsed, _) = BenchTable.timed { Planner.plan(problem, options: options) }
        let ms = BenchTable.ms(elapsed)
        let peak = BenchTable.peak()
        guard case .planned(let plan) = outcome else {
            let status = if case .internalError = outcome { "internal error" } else { "infeasible" }
            return [name, "\(forums)", status, "-", "-", "-", "-", firstMs, ms, peak]
        }
        let gap = plan.objective == 0 ? 0 : Double(plan.objective - plan.lowerBound) / Double(plan.objective) * 100
        return [
            name, "\(forums)", plan.status.rawValue, "\(plan.objective)", "\(plan.lowerBound)", String(format: "%.3f", gap),
            "\(plan.statistics.nodes)", firstMs, ms, peak,
        ]
    }
}
