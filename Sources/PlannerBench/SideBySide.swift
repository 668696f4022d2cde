import Foundation
import PlannerCore

/// The planner and HiGHS on the same problem: one row per problem, whether their answers agree, and
/// a summary of the batch against issue 17's targets (every problem proven; the planner at most
/// HiGHS's time on each; its median at most a third of HiGHS's).
public enum SideBySide {
    /// What the planner said about one problem, and how long it took.
    public struct PlannerResult: Sendable {
        public enum Status: String, Sendable {
            case proven, feasible
            case noPlan = "no plan"
            case internalError = "internal error"
        }
        public var status: Status
        /// The plan's total penalty and its proven lower bound (nil with no plan).
        public var objective: Int?
        public var bound: Int?
        public var nodes: Int?
        public var ms: Double

        public init(status: Status, objective: Int?, bound: Int?, nodes: Int?, ms: Double) {
            self.status = status; self.objective = objective; self.bound = bound; self.nodes = nodes; self.ms = ms
        }

        /// The result of `Planner.plan`, timed at `ms`.
        public init(_ outcome: PlanOutcome, ms: Double) {
            switch outcome {
            case .planned(let plan):
                self.init(
                    status: plan.status == .optimal ? .proven : .feasible, objective: plan.objective, bound: plan.lowerBound,
                    nodes: plan.statistics.nodes, ms: ms)
            case .infeasible: self.init(status: .noPlan, objective: nil, bound: nil, nodes: nil, ms: ms)
            case .internalError: self.init(status: .internalError, objective: nil, bound: nil, nodes: nil, ms: ms)
            }
        }

        /// Points between the plan and its bound (nil with no plan).
        public var gap: Int? { objective.flatMap { o in bound.map { o - $0 } } }
    }

    /// What HiGHS said about the exported model (Tests/tools/highs_bench.py), its solve timed alone.
    public struct HighsResult: Sendable, Decodable {
        /// HiGHS's model status, e.g. `Optimal`, `Infeasible`, `Time limit reached`.
        public var status: String
        /// The best solution's objective and the proven dual bound (nil when HiGHS has none).
        public var objective: Double?
        public var bound: Double?
        public var seconds: Double
        public var nodes: Int?

        public init(status: String, objective: Double?, bound: Double?, seconds: Double, nodes: Int?) {
            self.status = status; self.objective = objective; self.bound = bound; self.seconds = seconds; self.nodes = nodes
        }

        public var ms: Double { seconds * 1000 }
        public var proven: Bool { status == "Optimal" }
        public var infeasible: Bool { status == "Infeasible" }
    }

    /// Whether the two answers can both be right.
    public enum Agreement: Sendable, Equatable {
        /// Both proven, same optimum (or both proved there is no plan).
        case agree
        /// One side is unproven and the other's figures lie within its bounds.
        case consistent
        /// A bug in the planner, the exporter or HiGHS: the explanation says which figures clash.
        case disagree(String)

        public var cell: String {
            switch self {
            case .agree: "yes"
            case .consistent: "consistent"
            case .disagree: "NO"
            }
        }
    }

    /// How HiGHS's figure compares with the planner's, to within HiGHS's tolerance.
    public static func agreement(_ planner: PlannerResult, _ highs: HighsResult) -> Agreement {
        let tolerance = 1e-6
        switch planner.status {
        case .internalError:
            return .disagree("the planner's own check failed (internal error)")
        case .noPlan:
            if highs.infeasible { return .agree }
            if let value = highs.objective { return .disagree("the planner finds no plan, HiGHS finds one of \(number(value))") }
            return .consistent
        case .proven, .feasible:
            guard let objective = planner.objective, let bound = planner.bound else { return .disagree("the planner gave no figures") }
            if highs.infeasible { return .disagree("the planner has a plan of \(objective), HiGHS says the model is infeasible") }
            if highs.proven, let value = highs.objective {
                if planner.status == .proven {
                    return abs(value - Double(objective)) <= tolerance * max(1, abs(value))
                        ? .agree : .disagree("the planner proves \(objective), HiGHS proves \(number(value))")
                }
                return Double(bound) - tolerance <= value && value <= Double(objective) + tolerance
                    ? .consistent : .disagree("HiGHS proves \(number(value)), outside the planner's [\(bound), \(objective)]")
            }
            // HiGHS stopped early: its bound may not pass the planner's plan, its plan may not beat the planner's bound.
            if let highsBound = highs.bound, highsBound > Double(objective) + tolerance {
                return .disagree("HiGHS's bound \(number(highsBound)) is above the planner's plan of \(objective)")
            }
            if let value = highs.objective, value < Double(bound) - tolerance {
                return .disagree("HiGHS has a plan of \(number(value)), below the planner's bound \(bound)")
            }
            return .consistent
        }
    }

    /// The comparison's cells, after the caller's own (the problem's name and what it is).
    public static let header = [
        "planner", "objective", "bound", "gap", "nodes", "planner ms", "HiGHS", "HiGHS objective", "HiGHS bound", "HiGHS ms",
        "agree", "planner/HiGHS",
    ]

    public static func cells(_ planner: PlannerResult, _ highs: HighsResult) -> [String] {
        [
            planner.status.rawValue, planner.objective.map(String.init) ?? "-", planner.bound.map(String.init) ?? "-",
            planner.gap.map(String.init) ?? "-", planner.nodes.map(String.init) ?? "-", BenchTable.ms(planner.ms),
            highsStatus(highs.status), highs.objective.map(number) ?? "-", highs.bound.map(number) ?? "-", BenchTable.ms(highs.ms),
            agreement(planner, highs).cell, String(format: "%.2f", ratio(planner.ms, highs.ms)),
        ]
    }

    /// HiGHS's status in the words of the planner's column where they mean the same.
    static func highsStatus(_ status: String) -> String {
        switch status {
        case "Optimal": "proven"
        case "Infeasible": "no plan"
        case "Time limit reached": "time limit"
        default: status
        }
    }

    /// A whole number as a whole number (HiGHS's objectives are floating point), else 3 decimals.
    static func number(_ value: Double) -> String {
        value.isFinite && abs(value - value.rounded()) < 1e-6 && abs(value) < 1e15 ? String(Int(value.rounded())) : String(format: "%.3f", value)
    }

    static func ratio(_ a: Double, _ b: Double) -> Double { a / max(b, 0.001) }

    /// One named problem's two answers.
    public struct Row: Sendable {
        public var name: String
        public var planner: PlannerResult
        public var highs: HighsResult
        public init(name: String, planner: PlannerResult, highs: HighsResult) { self.name = name; self.planner = planner; self.highs = highs }
    }

    /// The summary lines under a batch's table: proofs, times, ratios, the issue's targets, and every
    /// problem not proven (with its gap) and every disagreement (loudly: a disagreement is a bug).
    public static func summary(_ rows: [Row]) -> [String] {
        guard !rows.isEmpty else { return ["no problems"] }
        let n = rows.count
        let proven = rows.filter { $0.planner.status == .proven }
        let noPlan = rows.filter { $0.planner.status == .noPlan }.count
        let highsProven = rows.filter { $0.highs.proven || $0.highs.infeasible }.count
        let plannerMs = rows.map(\.planner.ms)
        let highsMs = rows.map(\.highs.ms)
        let ratios = rows.map { ratio($0.planner.ms, $0.highs.ms) }
        let notSlower = rows.filter { $0.planner.ms <= $0.highs.ms }.count
        let medianRatio = median(ratios)
        let ratioOfMedians = ratio(median(plannerMs), median(highsMs))
        let provenOrNoPlan = proven.count + rows.filter { $0.planner.status == .noPlan && $0.highs.infeasible }.count
        var lines = [
            "planner proven \(proven.count) of \(n)\(noPlan > 0 ? " (no plan: \(noPlan))" : ""); HiGHS proven \(highsProven) of \(n)",
            "planner ms: median \(BenchTable.ms(median(plannerMs))), max \(BenchTable.ms(plannerMs.max() ?? 0)); "
                + "HiGHS ms: median \(BenchTable.ms(median(highsMs))), max \(BenchTable.ms(highsMs.max() ?? 0))",
            "planner/HiGHS: median of the ratios \(String(format: "%.2f", medianRatio)), ratio of the medians "
                + "\(String(format: "%.2f", ratioOfMedians)), ratio of the maxima "
                + "\(String(format: "%.2f", ratio(plannerMs.max() ?? 0, highsMs.max() ?? 0)))",
            "targets: every problem proven: \(provenOrNoPlan == n ? "yes" : "no (\(n - provenOrNoPlan) not)"); "
                + "planner at most HiGHS's time on each: \(notSlower == n ? "yes" : "no (slower on \(n - notSlower))"); "
                + "planner's median at most a third of HiGHS's: \(ratioOfMedians <= 1.0 / 3 ? "yes" : "no")",
        ]
        for row in rows where row.planner.status == .feasible {
            lines.append(
                "not proven: \(row.name): \(row.planner.objective ?? 0), bound \(row.planner.bound ?? 0), gap \(row.planner.gap ?? 0), "
                    + "\(row.planner.nodes ?? 0) nodes, \(BenchTable.ms(row.planner.ms)) ms; HiGHS \(highsStatus(row.highs.status)) "
                    + "\(row.highs.objective.map(number) ?? "-") in \(BenchTable.ms(row.highs.ms)) ms")
        }
        var disagreements = 0
        for row in rows {
            if case .disagree(let why) = agreement(row.planner, row.highs) {
                disagreements += 1
                lines.append("DISAGREEMENT (a bug, please report): \(row.name): \(why)")
            }
        }
        lines.append(
            disagreements == 0
                ? "agreement: no answer contradicts the other" : "agreement: \(disagreements) DISAGREEMENT\(disagreements == 1 ? "" : "S")")
        return lines
    }

    /// Whether any row's answers contradict each other.
    public static func anyDisagreement(_ rows: [Row]) -> Bool {
        rows.contains { row in
            if case .disagree = agreement(row.planner, row.highs) { return true }
            return false
        }
    }

    /// The middle value (the mean of the two middle values for an even count); 0 for none.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
