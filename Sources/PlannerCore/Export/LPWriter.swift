/// Writes a `LinearModel` in the CPLEX LP format, which HiGHS, CBC, SCIP, Gurobi and CPLEX read.
///
/// Comments come first (lines starting with `\`), then `Minimize`, `Subject To`, `Bounds` (the
/// continuous columns), `Binaries` and `End`. Long rows are wrapped onto indented lines.
enum LPWriter {
    /// Lines are wrapped once they pass this many characters (the format allows 255 and more).
    static let lineLength = 200

    static func text(_ model: LinearModel) -> String {
        var out = ""
        for comment in model.comments { out += comment.isEmpty ? "\\\n" : "\\ \(comment)\n" }
        out += "Minimize\n"
        var objective = model.columns.indices.compactMap { c in
            model.columns[c].cost == 0 ? nil : LinearModel.Term(column: c, coefficient: model.columns[c].cost)
        }.map { term($0, in: model) }
        if model.objectiveConstant != 0 { objective.append(signed(model.objectiveConstant, "")) }
        out += line(" obj:", objective)
        out += "Subject To\n"
        for row in model.rows {
            let terms = row.terms.map { term($0, in: model) }
            out += line(" \(row.name):", terms + ["\(row.sense.rawValue) \(row.rhs)"])
        }
        let continuous = model.columns.filter { $0.kind == .continuous }
        if !continuous.isEmpty {
            out += "Bounds\n"
            for c in continuous {
                out += c.lower == c.upper ? " \(c.name) = \(c.lower)\n" : " \(c.lower) <= \(c.name) <= \(c.upper)\n"
            }
        }
        let binaries = model.columns.filter { $0.kind == .binary }.map(\.name)
        if !binaries.isEmpty {
            out += "Binaries\n"
            out += line(" ", binaries)
        }
        out += "End\n"
        return out
    }

    /// `+ 3 x0_1_0`, `- z2`, `+ x0_0_0`: a term with its sign.
    static func term(_ t: LinearModel.Term, in model: LinearModel) -> String {
        signed(t.coefficient, model.columns[t.column].name)
    }

    private static func signed(_ coefficient: Int, _ name: String) -> String {
        let sign = coefficient < 0 ? "-" : "+"
        let size = abs(coefficient)
        if name.isEmpty { return "\(sign) \(size)" }
        return size == 1 ? "\(sign) \(name)" : "\(sign) \(size) \(name)"
    }

    /// `head` then the tokens separated by spaces, wrapped onto lines starting with three spaces.
    /// A leading `+ ` on the first token is dropped.
    private static func line(_ head: String, _ tokens: [String]) -> String {
        var out = ""
        var current = head
        var length = head.count
        for (i, token) in tokens.enumerated() {
            let text = i == 0 && token.hasPrefix("+ ") ? String(token.dropFirst(2)) : token
            if length > 3 && length + 1 + text.count > lineLength {
                out += current + "\n"
                current = "   "
                length = 3
            }
            let separator = current.hasSuffix(" ") ? "" : " "
            current += separator + text
            length += separator.count + text.count
        }
        return out + current + "\n"
    }
}
