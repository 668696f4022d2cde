/// Writes a `LinearModel` in free MPS format (names may be longer than eight characters), which
/// HiGHS, CBC, SCIP, Gurobi and CPLEX read.
///
/// Comments come first (lines starting with `*`). The objective row is `obj`; binary columns are
/// declared `BV` in `BOUNDS`; an objective constant is written as the negated right-hand side of
/// `obj`, the usual MPS convention.
enum MPSWriter {
    static func text(_ model: LinearModel) -> String {
        var out = ""
        for comment in model.comments { out += comment.isEmpty ? "*\n" : "* \(comment)\n" }
        out += "NAME \(model.name)\n"
        out += "ROWS\n"
        out += " N obj\n"
        for row in model.rows { out += " \(code(row.sense)) \(row.name)\n" }

        // Column-wise: each column's objective entry, then its entries in row order.
        var entries = Array(repeating: [(row: Int, coefficient: Int)](), count: model.columns.count)
        for (r, row) in model.rows.enumerated() {
            for t in row.terms { entries[t.column].append((r, t.coefficient)) }
        }
        out += "COLUMNS\n"
        for (c, column) in model.columns.enumerated() {
            if column.cost != 0 || entries[c].isEmpty { out += " \(column.name) obj \(column.cost)\n" }
            for e in entries[c] { out += " \(column.name) \(model.rows[e.row].name) \(e.coefficient)\n" }
        }

        out += "RHS\n"
        if model.objectiveConstant != 0 { out += " RHS obj \(-model.objectiveConstant)\n" }
        for row in model.rows where row.rhs != 0 { out += " RHS \(row.name) \(row.rhs)\n" }

        out += "BOUNDS\n"
        for column in model.columns {
            switch column.kind {
            case .binary:
                out += " BV BND \(column.name)\n"
            case .continuous:
                if column.lower == column.upper {
                    out += " FX BND \(column.name) \(column.lower)\n"
                } else {
                    if column.lower != 0 { out += " LO BND \(column.name) \(column.lower)\n" }
                    out += " UP BND \(column.name) \(column.upper)\n"
                }
            }
        }
        out += "ENDATA\n"
        return out
    }

    private static func code(_ sense: LinearModel.Sense) -> String {
        switch sense {
        case .lessOrEqual: return "L"
        case .greaterOrEqual: return "G"
        case .equal: return "E"
        }
    }
}
