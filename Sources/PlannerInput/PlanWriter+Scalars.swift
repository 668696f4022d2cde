import Foundation
import PlannerCore

/// The lines of a YAML text being written.
struct YAMLText {
    private(set) var lines: [String] = []
    mutating func line(_ text: String) { lines.append(text) }
    mutating func blank() { lines.append("") }
    mutating func comment(_ text: String) { lines.append("# " + text) }
    var text: String { lines.joined(separator: "\n") + "\n" }
}

/// Single values, written so that `PlanFile.load` reads back exactly what was written.
extension PlanWriter {
    /// A double-quoted YAML string, with `\`, `"` and control characters escaped.
    static func q(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(format: "%02X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// `["a", "b"]`.
    static func list(_ items: [String]) -> String { "[" + items.map(q).joined(separator: ", ") + "]" }

    /// `yes` or `no`.
    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    /// A set of days, sorted, with runs of three or more consecutive days written as a range:
    /// `[2027-06-08, 2027-08-02 to 2027-08-13]`.
    static func dates(_ days: Set<LocalDate>) -> String {
        let sorted = days.sorted()
        var items: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1].dayNumber == sorted[end].dayNumber + 1 { end += 1 }
            if end - index >= 2 {
                items.append("\(sorted[index].iso) to \(sorted[end].iso)")
            } else {
                for i in index...end { items.append(sorted[i].iso) }
            }
            index = end + 1
        }
        return "[" + items.joined(separator: ", ") + "]"
    }

    /// A decimal number in plain digits (never an exponent), exact where Swift's shortest form is.
    static func decimal(_ value: Double) -> String {
        let shortest = "\(value)"
        if !shortest.contains("e"), !shortest.contains("E") {
            return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
        }
        var fixed = String(format: "%.12f", value)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed == "-0" ? "0" : fixed
    }

    /// Pence as pounds and pence, e.g. `60.00`.
    static func pounds(_ pence: Int) -> String {
        let p = pence % 100
        return "\(pence / 100).\(p < 10 ? "0" : "")\(p)"
    }
}
