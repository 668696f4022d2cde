/// A read-only view of one part's exported model (`LinearModel`, built by `ModelBuilder`), handed
/// to an exact MIP solver (`MIPSolver`): columns, rows and objective, minimised, all whole numbers.
public struct MixedIntegerProgram: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        /// True for a 0-1 column (the forums' choices), false for a continuous one.
        public var isInteger: Bool
        public var lower: Int
        public var upper: Int
        /// Coefficient in the objective.
        public var cost: Int
        public init(name: String, isInteger: Bool, lower: Int, upper: Int, cost: Int) {
            self.name = name; self.isInteger = isInteger; self.lower = lower; self.upper = upper; self.cost = cost
        }
    }

    public enum Sense: Sendable, Equatable {
        case lessOrEqual, greaterOrEqual, equal
    }

    /// One row: `Σ coefficient·column  sense  rhs`, each column at most once.
    public struct Row: Sendable, Equatable {
        public var name: String
        public var columns: [Int]
        public var coefficients: [Int]
        public var sense: Sense
        public var rhs: Int
        public init(name: String, columns: [Int], coefficients: [Int], sense: Sense, rhs: Int) {
            self.name = name; self.columns = columns; self.coefficients = coefficients; self.sense = sense; self.rhs = rhs
        }
    }

    public var name: String
    public var columns: [Column]
    public var rows: [Row]
    /// Added to the objective.
    public var objectiveConstant: Int

    init(_ model: LinearModel) {
        name = model.name
        columns = model.columns.map {
            Column(name: $0.name, isInteger: $0.kind == .binary, lower: $0.lower, upper: $0.upper, cost: $0.cost)
        }
        rows = model.rows.map { row in
            let sense: Sense =
                switch row.sense {
                case .lessOrEqual: .lessOrEqual
                case .greaterOrEqual: .greaterOrEqual
                case .equal: .equal
                }
            return Row(name: row.name, columns: row.terms.map(\.column), coefficients: row.terms.map(\.coefficient), sense: sense, rhs: row.rhs)
        }
        objectiveConstant = model.objectiveConstant
    }

    /// A program from its parts (for a solver's own tests).
    public init(name: String, columns: [Column], rows: [Row], objectiveConstant: Int = 0) {
        self.name = name; self.columns = columns; self.rows = rows; self.objectiveConstant = objectiveConstant
    }
}

extension MixedIntegerProgram {
    /// A lower bound on the objective of every solution, from any row prices `y` (one per row), in
    /// the planner's own arithmetic: for every x within the rows and the column bounds,
    /// c·x = Σᵣ yᵣ·(aᵣ·x) + Σⱼ dⱼ·xⱼ with dⱼ = cⱼ − Σᵣ yᵣ·aᵣⱼ, and each term is at least its value at
    /// the side of its bounds that is least. A price whose side has no bound (yᵣ > 0 on a `≤` row,
    /// yᵣ < 0 on a `≥` row) counts as 0. So the bound holds whatever solver gave the prices, and
    /// however accurately; the linear relaxation's optimal prices make it that relaxation's optimum.
    /// - Returns: nil when `prices` does not have one entry per row, or an entry is not finite.
    public func lowerBound(prices: [Double]) -> Double? { reducedCosts(prices: prices)?.bound }

    /// `lowerBound(prices:)` and each column's reduced cost dⱼ under those prices (a price whose
    /// side has no bound counting as 0).
    func reducedCosts(prices: [Double]) -> (bound: Double, reduced: [Double])? {
        guard prices.count == rows.count, prices.allSatisfy(\.isFinite) else { return nil }
        var reduced = columns.map { Double($0.cost) }
        var total = Double(objectiveConstant)
        for (row, price) in zip(rows, prices) {
            let y: Double
            switch row.sense {
            case .equal: y = price
            case .greaterOrEqual: y = max(price, 0)
            case .lessOrEqual: y = min(price, 0)
            }
            guard y != 0 else { continue }
            total += y * Double(row.rhs)
            for (c, a) in zip(row.columns, row.coefficients) { reduced[c] -= y * Double(a) }
        }
        for (column, d) in zip(columns, reduced) { total += d * Double(d >= 0 ? column.lower : column.upper) }
        return (total, reduced)
    }

    /// The 0-1 columns that no solution cheaper than `incumbent` can set to 1, by the prices'
    /// reduced costs: with column j at 1 instead of 0, the bound of `lowerBound(prices:)` holds with
    /// dⱼ added (when dⱼ > 0), and costs are whole numbers, so where that bound rounds up to
    /// `incumbent` or more, column j can be fixed at 0 while looking for a cheaper solution. Like
    /// the bound, this holds for any prices, however accurate. Nil when `prices` does not have one
    /// finite entry per row.
    public func ruledOut(prices: [Double], below incumbent: Int) -> [Int]? {
        guard let (bound, reduced) = reducedCosts(prices: prices) else { return nil }
        return columns.indices.filter { j in
            let column = columns[j]
            guard column.isInteger, column.lower == 0, column.upper == 1, reduced[j] > 0 else { return false }
            return Self.whole(bound + reduced[j]).map { $0 >= incumbent } ?? false
        }
    }

    /// The objective at `values` (one per column).
    public func objective(at values: [Double]) -> Double {
        zip(columns, values).reduce(Double(objectiveConstant)) { $0 + Double($1.0.cost) * $1.1 }
    }

    /// Whether `values` (one per column) keep every row and every column's bounds, each within `tolerance`.
    public func keeps(_ values: [Double], within tolerance: Double) -> Bool {
        guard values.count == columns.count else { return false }
        for (column, value) in zip(columns, values) where value < Double(column.lower) - tolerance || value > Double(column.upper) + tolerance {
            return false
        }
        return rows.allSatisfy { row in
            let lhs = zip(row.columns, row.coefficients).reduce(0.0) { $0 + Double($1.1) * values[$1.0] }
            let rhs = Double(row.rhs)
            switch row.sense {
            case .lessOrEqual: return lhs <= rhs + tolerance
            case .greaterOrEqual: return lhs >= rhs - tolerance
            case .equal: return abs(lhs - rhs) <= tolerance
            }
        }
    }

    /// `lowerBound(prices:)` as a whole number of points: costs are whole numbers, so it rounds up,
    /// less a millionth of a point for the sums' rounding.
    public func wholeLowerBound(prices: [Double]) -> Int? { lowerBound(prices: prices).flatMap(Self.whole) }

    /// A bound in whole points: rounded up, less a millionth of a point for the sums' rounding; nil
    /// when it is too large to be one.
    static func whole(_ bound: Double) -> Int? { abs(bound) < 1e15 ? Int((bound - 1e-6).rounded(.up)) : nil }
}
