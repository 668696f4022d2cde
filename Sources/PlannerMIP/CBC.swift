import CCbc
import Foundation
import PlannerCore

/// COIN-OR CBC (Debian's `coinor-libcbc-dev`, through its C API) as the planner's exact MIP solver
/// (`SolverOptions.mipSolver`): the program is loaded from memory, its 0-1 columns as integers, on
/// one thread with CBC's log off, and stopped by a node limit only (never by the clock), so the
/// same program and start always give the same answer.
public struct CBC: MIPSolver {
    public let name = "CBC"
    /// CBC stops after this many of its own nodes; its best solution and bound then stand (`.stopped`).
    public var nodeLimit: Int

    public init(nodeLimit: Int = 20_000) { self.nodeLimit = nodeLimit }

    /// CBC's version, e.g. "2.10.8".
    public static var version: String { String(cString: Cbc_getVersion()) }

    /// Solves `program` with CBC. CBC's solver is not safe to run on several threads at once (its
    /// command-line driver keeps state in statics), so solves are serialised in this process.
    public func solve(_ program: MixedIntegerProgram, start: [Int]?, cutoff: Int?) -> MIPAnswer {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard let model = Cbc_newModel() else { return MIPAnswer(status: .failed, objective: nil, values: nil, bound: nil, nodes: 0) }
        defer { Cbc_deleteModel(model) }
        Self.load(program, into: model)
        Cbc_setLogLevel(model, 0)
        Cbc_setParameter(model, "threads", "0")
        Cbc_setMaximumNodes(model, Int32(clamping: nodeLimit))
        // Costs are whole numbers: a solution one point better than another is always kept apart.
        Cbc_setAllowableGap(model, 0.5)
        if let cutoff { Cbc_setCutoff(model, Double(cutoff - program.objectiveConstant) + 0.5) }
        if let start { Self.setStart(start, program: program, model: model) }
        Cbc_solve(model)
        return Self.answer(model, program: program)
    }

    /// CLP, the linear solver CBC is built on, solves the linear relaxation.
    public var relaxationSolver: String? { "CLP" }

    /// `program`'s linear relaxation in CLP (`ClpRelaxation`).
    public func relaxation(_ program: MixedIntegerProgram) -> (any LinearRelaxation)? { ClpRelaxation(program) }

    static let lock = NSLock()

    /// A program's columns, bounds, costs and rows as CBC and CLP load them: a column-wise matrix.
    struct Matrix {
        /// Column j's entries are `index[starts[j]..<starts[j + 1]]` (rows, increasing) and the same
        /// range of `value`.
        let starts: [Int32], index: [Int32], value: [Double]
        let columnLower: [Double], columnUpper: [Double], cost: [Double], rowLower: [Double], rowUpper: [Double]

        /// Counts each column's entries, then places them row by row: two passes, no per-column arrays.
        init(_ program: MixedIntegerProgram) {
            let n = program.columns.count
            var starts = [Int32](repeating: 0, count: n + 1)
            for row in program.rows { for c in row.columns { starts[c + 1] += 1 } }
            for j in 0..<n { starts[j + 1] += starts[j] }
            var next = starts
            var index = [Int32](repeating: 0, count: Int(starts[n]))
            var value = [Double](repeating: 0, count: Int(starts[n]))
            for (r, row) in program.rows.enumerated() {
                for (c, a) in zip(row.columns, row.coefficients) {
                    let at = Int(next[c])
                    index[at] = Int32(r)
                    value[at] = Double(a)
                    next[c] += 1
                }
            }
            (self.starts, self.index, self.value) = (starts, index, value)
            let infinity = Double.greatestFiniteMagnitude
            rowLower = program.rows.map { $0.sense == .lessOrEqual ? -infinity : Double($0.rhs) }
            rowUpper = program.rows.map { $0.sense == .greaterOrEqual ? infinity : Double($0.rhs) }
            columnLower = program.columns.map { Double($0.lower) }
            columnUpper = program.columns.map { Double($0.upper) }
            cost = program.columns.map { Double($0.cost) }
        }
    }

    /// Loads the columns, bounds, costs and rows (as a column-wise matrix) into `model`.
    private static func load(_ program: MixedIntegerProgram, into model: UnsafeMutableRawPointer) {
        let matrix = Matrix(program)
        Cbc_loadProblem(
            model, Int32(program.columns.count), Int32(program.rows.count), matrix.starts, matrix.index, matrix.value,
            matrix.columnLower, matrix.columnUpper, matrix.cost, matrix.rowLower, matrix.rowUpper)
        for (i, column) in program.columns.enumerated() where column.isInteger { Cbc_setInteger(model, Int32(i)) }
        Cbc_setObjSense(model, 1)
    }

    /// The start's values, given for every integer column in column order.
    private static func setStart(_ start: [Int], program: MixedIntegerProgram, model: UnsafeMutableRawPointer) {
        let integers = program.columns.indices.filter { program.columns[$0].isInteger }
        guard integers.count == start.count else { return }
        Cbc_setMIPStartI(model, Int32(start.count), integers.map { Int32($0) }, start.map(Double.init))
    }

    /// CBC's status, best solution, bound and nodes after `Cbc_solve`.
    private static func answer(_ model: UnsafeMutableRawPointer, program: MixedIntegerProgram) -> MIPAnswer {
        let constant = Double(program.objectiveConstant)
        let nodes = Int(Cbc_getNodeCount(model))
        let solution = Cbc_bestSolution(model).map { Array(UnsafeBufferPointer(start: $0, count: program.columns.count)) }
        let objective = solution.map { _ in Cbc_getObjValue(model) + constant }
        let rawBound = Cbc_getBestPossibleObjValue(model)
        let bound = rawBound.isFinite && abs(rawBound) < 1e30 ? rawBound + constant : nil
        let status: MIPAnswer.Status
        if Cbc_isProvenInfeasible(model) != 0 {
            status = solution == nil ? .infeasible : .failed
        } else if Cbc_isProvenOptimal(model) != 0 {
            // Proven with no solution: none within the cutoff.
            status = solution == nil ? .infeasible : .optimal
        } else if Cbc_isAbandoned(model) != 0 || Cbc_isContinuousUnbounded(model) != 0 {
            status = .failed
        } else {
            status = .stopped
        }
        return MIPAnswer(status: status, objective: objective, values: solution, bound: status == .optimal ? objective : bound, nodes: nodes)
    }
}

/// A program's linear relaxation loaded in CLP, the linear solver CBC is built on: solved first by
/// the primal simplex, then again by the dual simplex from the last basis after columns are fixed.
/// Log off, one thread, no clock. Calls are serialised with CBC's solves (`CBC.lock`).
final class ClpRelaxation: LinearRelaxation, @unchecked Sendable {
    private let model: UnsafeMutableRawPointer
    private let columns: Int
    private let rows: Int
    private var solved = false

    init?(_ program: MixedIntegerProgram) {
        CBC.lock.lock()
        defer { CBC.lock.unlock() }
        guard let model = Clp_newModel() else { return nil }
        self.model = model
        columns = program.columns.count
        rows = program.rows.count
        Clp_setLogLevel(model, 0)
        let matrix = CBC.Matrix(program)
        Clp_loadProblem(
            model, Int32(columns), Int32(rows), matrix.starts, matrix.index, matrix.value,
            matrix.columnLower, matrix.columnUpper, matrix.cost, matrix.rowLower, matrix.rowUpper)
        Clp_setOptimizationDirection(model, 1)
    }

    deinit { Clp_deleteModel(model) }

    func solve() -> LinearSolution? {
        CBC.lock.lock()
        defer { CBC.lock.unlock() }
        if solved { Clp_dual(model, 0) } else { Clp_initialPrimalSolve(model) }
        solved = true
        guard Clp_isProvenOptimal(model) != 0, let values = Clp_getColSolution(model), let prices = Clp_getRowPrice(model) else { return nil }
        return LinearSolution(
            values: Array(UnsafeBufferPointer(start: values, count: columns)), prices: Array(UnsafeBufferPointer(start: prices, count: rows)))
    }

    func fix(_ column: Int, at value: Double) {
        guard (0..<columns).contains(column), let lower = Clp_columnLower(model), let upper = Clp_columnUpper(model) else { return }
        lower[column] = value
        upper[column] = value
    }
}
