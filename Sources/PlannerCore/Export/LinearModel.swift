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
    /// Whether columns and rows are named; false for a solver in memory, which reads them by
    /// index: its builder then gives every name empty, and makes none (`ModelBuilder.label`).
    let named: Bool
    /// Lines written as comments at the top of either file (without the comment marker).
    var comments: [String] = []
    var columns: [Column] = []
    var rows: [Row] = []
    /// Added to the objective (0 for the planner's model).
    var objectiveConstant = 0

    init(name: String, named: Bool = true) { self.name = name; self.named = named }

    /// Adds a column and returns its index.
    @discardableResult
    mutating func addColumn(_ name: String, kind: Kind, lower: Int = 0, upper: Int = 1, cost: Int = 0) -> Int {
        columns.append(Column(name: name, kind: kind, lower: lower, upper: upper, cost: cost))
        return columns.count - 1
    }

    /// Adds a row `Σ coefficient·column  sense  rhs`; terms on the same column are merged (at the
    /// first one's place), zeros dropped.
    /// - Complexity: O(n) for n terms in increasing column order, else O(n log n).
    mutating func addRow(_ name: String, _ terms: [Term], _ sense: Sense, _ rhs: Int) {
        rows.append(Row(name: name, terms: Self.merged(terms), sense: sense, rhs: rhs))
    }

    /// `terms` with each column once, at its first place, its coefficients summed; zeros dropped.
    static func merged(_ terms: [Term]) -> [Term] {
        // Most rows list each column once, in increasing order, none with a zero: kept as they are.
        if terms.indices.allSatisfy({ terms[$0].coefficient != 0 && ($0 == 0 || terms[$0 - 1].column < terms[$0].column) }) { return terms }
        // Terms sorted by column, ties by place: each run of one column, its first place first.
        let order = terms.indices.sorted { (terms[$0].column, $0) < (terms[$1].column, $1) }
        var sum = terms
        var keep = Array(repeating: false, count: terms.count)
        var run = 0
        for (i, place) in order.enumerated() {
            if i > 0 && terms[order[i - 1]].column == terms[place].column {
                sum[order[run]].coefficient += terms[place].coefficient
            } else {
                run = i
                keep[place] = true
            }
        }
        return sum.indices.compactMap { keep[$0] && sum[$0].coefficient != 0 ? sum[$0] : nil }
    }

    var binaryCount: Int { columns.filter { $0.kind == .binary }.count }
}
