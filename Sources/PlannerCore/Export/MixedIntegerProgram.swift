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
