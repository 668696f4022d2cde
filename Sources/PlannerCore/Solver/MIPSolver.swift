/// An exact solver of 0-1 linear programs, kept beside the planner's own search: a part the search
/// leaves unproven is handed over as its exported model (`MixedIntegerProgram`) with the search's
/// plan as a start (`Planner.solve`). The core holds no solver; the CLI passes CBC (`PlannerMIP`).
///
/// The planner owns the proof: the solver's plan is decoded back into forums and re-checked by the
/// plain rule checker like any other, and an answer that contradicts what the search knows is an
/// internal error, never a plan.
public protocol MIPSolver: Sendable {
    /// The solver's name in the proof (`plan.json`, the CLI's summary line), e.g. "CBC".
    var name: String { get }
    /// Minimises `program`, deterministically: the same program and start give the same answer.
    /// - Parameters:
    ///   - start: a known solution's values of the integer columns, in column order (nil: none).
    ///   - cutoff: look only for solutions whose objective is at most this (nil: any).
    /// Not an error: a program with no solution (`.infeasible`), or one the solver stopped on.
    func solve(_ program: MixedIntegerProgram, start: [Int]?, cutoff: Int?) -> MIPAnswer
    /// The name of the solver of `relaxation(_:)` in the proof, e.g. "CLP" (nil: it offers none).
    var relaxationSolver: String? { get }
    /// `program`'s linear relaxation (every column continuous within its bounds), loaded and ready
    /// to solve; nil when the solver offers none.
    func relaxation(_ program: MixedIntegerProgram) -> (any LinearRelaxation)?
}

extension MIPSolver {
    /// A solver that offers no linear relaxation (a test's own solver, say).
    public var relaxationSolver: String? { nil }
    public func relaxation(_ program: MixedIntegerProgram) -> (any LinearRelaxation)? { nil }
}

/// A program's linear relaxation kept loaded by a linear solver: solved, then solved again from its
/// last basis after columns are fixed (the rounding dive of `Planner.MIPHandover.relaxation`).
public protocol LinearRelaxation: AnyObject {
    /// The optimum, or nil when the solver found none (no solution, or it gave up). The planner
    /// turns the row prices into a lower bound with its own arithmetic
    /// (`MixedIntegerProgram.lowerBound(prices:)`), so the bound holds whatever their accuracy.
    func solve() -> LinearSolution?
    /// Fixes a column at `value` for the solves that follow.
    func fix(_ column: Int, at value: Double)
}

/// A linear program's optimum as a solver reported it: each column's value and each row's price
/// (dual value), in the program's order.
public struct LinearSolution: Sendable, Equatable {
    public var values: [Double]
    public var prices: [Double]
    public init(values: [Double], prices: [Double]) { self.values = values; self.prices = prices }
}

/// What a MIP solver made of a program.
public struct MIPAnswer: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// The best solution is proven optimal.
        case optimal
        /// Proven: no solution (within the cutoff, when one was given).
        case infeasible
        /// Stopped by the solver's own limit; the best solution (if any) and the bound still hold.
        case stopped
        /// The solver could not solve the program (abandoned, unbounded, numerical trouble).
        case failed
    }

    public var status: Status
    /// The best solution's objective and every column's value (nil when none was found).
    public var objective: Double?
    public var values: [Double]?
    /// The proven lower bound on the objective (nil when the solver has none).
    public var bound: Double?
    /// The solver's branch-and-bound nodes.
    public var nodes: Int

    public init(status: Status, objective: Double?, values: [Double]?, bound: Double?, nodes: Int) {
        self.status = status; self.objective = objective; self.values = values; self.bound = bound; self.nodes = nodes
    }
}
