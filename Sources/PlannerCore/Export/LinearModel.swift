/// A mixed 0-1 linear program with whole-number data, to be minimised: what `export-model` writes.
///
/// One model in memory, two writers (`LPWriter`, `MPSWriter`), so the LP and MPS files always
/// describe the same problem. Every coefficient, bound and right-hand side is an integer, as the
/// planner's penalties are, so the files are exact.
struct LinearModel: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// 0 or 1.
        case binary
        /// Any real number between the column's bounds.
        case continuous
    }

    struct Column: Sendable, Equatable {
        var name: String
        var kind: Kind
        var lower: Int
        var upper: Int
        /// Coefficient in the objective.
        var cost: Int
    }

    enum Sense: String, Sendable, Equatable {
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case equal = "="
    }

    struct Term: Sendable, Equatable {
        var column: Int
        var coefficient: Int
    }

    struct Row: Sendable, Equatable {
        var name: String
        var terms: [Term]
        var sense: Sense
        var rhs: Int
    }

    /// The model's name (MPS `NAME`).
    var name: String
    /// Lines written as comments at the top of either file (without the comment marker).
    var comments: [String] = []
    var columns: [Column] = []
    var rows: [Row] = []
    /// Added to the objective (0 for the planner's model).
    var objectiveConstant = 0

    init(name: String) { self.name = name }

    /// Adds a column and returns its index.
    @discardableResult
    mutating func addColumn(_ name: String, kind: Kind, lower: Int = 0, upper: Int = 1, cost: Int = 0) -> Int {
        columns.append(Column(name: name, kind: kind, lower: lower, upper: upper, cost: cost))
        return columns.count - 1
    }

    /// Adds a row `Σ coefficient·column  sense  rhs`; terms on the same column are merged, zeros dropped.
    mutating func addRow(_ name: String, _ terms: [Term], _ sense: Sense, _ rhs: Int) {
        var merged: [Int: Int] = [:]
        var order: [Int] = []
        for t in terms {
            if merged[t.column] == nil { order.append(t.column) }
            merged[t.column, default: 0] += t.coefficient
        }
        let kept = order.compactMap { c in merged[c].flatMap { $0 == 0 ? nil : Term(column: c, coefficient: $0) } }
        rows.append(Row(name: name, terms: kept, sense: sense, rhs: rhs))
    }

    var binaryCount: Int { columns.filter { $0.kind == .binary }.count }
}
