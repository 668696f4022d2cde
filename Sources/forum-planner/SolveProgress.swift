import Foundation
import PlannerCore

/// Tells the coordinator on standard error how a long solve is going: once it has run for a
/// second, a line at most every second with the best penalty so far, the proven bound and the gap;
/// and at the end, when it took that long, why the search stopped. Quick solves print nothing.
final class SolveProgress: @unchecked Sendable {
    private let started = Date()
    private let lock = NSLock()
    private var lastLine: Date?
    /// Seconds before the first line, and between lines.
    let interval: TimeInterval
    private let write: @Sendable (String) -> Void

    init(interval: TimeInterval = 1, write: @escaping @Sendable (String) -> Void = { Console.error($0) }) {
        self.interval = interval
        self.write = write
    }

    /// The handler for `SolverOptions.progress`.
    var handler: SearchProgressHandler { { [self] progress in report(progress) } }

    /// Seconds since the solve started.
    var elapsed: TimeInterval { Date().timeIntervalSince(started) }

    private func report(_ progress: SearchProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(started) >= interval, lastLine.map({ now.timeIntervalSince($0) >= interval }) ?? true else { return }
        lastLine = now
        write("Searching (\(Self.seconds(now.timeIntervalSince(started)))): " + Self.line(progress))
    }

    /// `1,234,000 nodes, best penalty 6,290, proven bound 780, gap 88% (part 1 of 3)`.
    static func line(_ p: SearchProgress) -> String {
        var text = "\(count(p.nodes)) nodes, "
        if let best = p.best {
            text += "best penalty \(count(best)), proven bound \(count(p.bound)), gap \(percent(p.gap ?? 0))"
        } else {
            text += "no plan yet, proven bound \(count(p.bound))"
        }
        return p.parts > 1 ? text + " (part \(p.part) of \(p.parts))" : text
    }

    /// After a solve that took at least `interval`: why the search stopped, in one line.
    func finish(_ outcome: PlanOutcome, nodeBudget: Int) {
        guard elapsed >= interval else { return }
        write(Self.ending(outcome, nodeBudget: nodeBudget, seconds: elapsed))
    }

    static func ending(_ outcome: PlanOutcome, nodeBudget: Int, seconds: TimeInterval) -> String {
        let took = "The search took \(Self.seconds(seconds))"
        switch outcome {
        case .planned(let plan) where plan.status == .optimal:
            return "\(took) and stopped because the plan is proven optimal: penalty \(count(plan.objective)) (\(count(plan.statistics.nodes)) nodes)."
        case .planned(let plan):
            let gap = plan.objective == 0 ? 0 : Double(plan.objective - plan.lowerBound) / Double(plan.objective)
            return "\(took) and stopped when its node budget ran out, before proving the best plan: penalty \(count(plan.objective)), proven bound \(count(plan.lowerBound)), gap \(percent(gap)). A larger --node-budget (now \(count(nodeBudget))) may close the gap."
        case .infeasible(let why):
            return why.proven
                ? "\(took) and stopped because no plan meets every hard rule."
                : "\(took) and stopped at its node budget (\(count(nodeBudget)) nodes) without finding a plan."
        case .internalError:
            return "\(took) and stopped with a plan that failed the planner's own check (below)."
        }
    }

    /// `88%`, `0.4%` (one decimal below 10%, so a small gap is not shown as none) or `0%`.
    static func percent(_ fraction: Double) -> String {
        if fraction <= 0 { return "0%" }
        return fraction < 0.1 ? String(format: "%.1f%%", fraction * 100) : "\(Int((fraction * 100).rounded()))%"
    }

    /// `12.3 s`.
    static func seconds(_ value: TimeInterval) -> String { String(format: "%.1f s", value) }

    /// `6,290`.
    static func count(_ value: Int) -> String { value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_GB"))) }
}
