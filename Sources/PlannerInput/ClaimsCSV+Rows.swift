import PlannerCore
import SwiftCSV

/// The CSV reading shared by the claims, people and postcode files: a header naming the columns
/// (any order), one row per record, leading `#` comment lines, blank rows skipped, and errors that
/// name the file, the row's line, the column, the value and what was expected.
enum CheckCSV {
    /// One record: its values and the line it starts on (1-based, counting comment lines).
    struct Row {
        let fields: [String]
        let line: Int
    }

    /// A parsed file: the column positions by name and the rows.
    struct Table {
        let fileName: String
        let columns: [String: Int]
        let rows: [Row]

        /// The cells of a row, read by column name.
        func cells(_ row: Row) -> Cells { Cells(fileName: fileName, line: row.line, fields: row.fields, columns: columns) }
    }

    /// Parses `text`, checking the header has every `required` column, no unknown or repeated one,
    /// and that every row has as many values as the header.
    ///
    /// - Throws: `InputError` for CSV syntax, an empty file, a bad header or a row of the wrong length.
    static func read(
        _ text: String, fileName: String, required: [String], optional: [String] = []
    ) throws(InputError) -> Table {
        var (body, commentLines) = stripComments(text)
        // SwiftCSV drops an empty last value at the very end of the text: end with a line break.
        if let last = body.last, !last.isNewline { body += "\n" }
        let header: [String]
        let raw: [[String]]
        if let rows = CSVBytes.rows(body) {
            header = rows.first ?? []
            raw = Array(rows.dropFirst())
        } else {
            (header, raw) = try swiftCSV(body, fileName: fileName, commentLines: commentLines)
        }
        let headerLine = commentLines + 1
        let names = header.map(trimmed)
        guard names.contains(where: { !$0.isEmpty }) else {
            throw InputError(
                file: fileName, line: nil, keyPath: "",
                message: "the file is empty (expected a header row naming the columns: \(required.joined(separator: ",")))")
        }
        let columns = try readHeader(names, line: headerLine, fileName: fileName, required: required, optional: optional)
        var rows: [Row] = []
        var line = headerLine + 1 + lineBreaks(in: header)
        for fields in raw {
            defer { line += 1 + lineBreaks(in: fields) }
            if fields.allSatisfy({ trimmed($0).isEmpty }) && fields.count <= 1 { continue }
            guard fields.count == names.count else {
                throw InputError(
                    file: fileName, line: line, keyPath: "",
                    message: "the row has \(fields.count) values but the header names \(names.count) columns (expected one value per column; put a value containing a comma in double quotes)")
            }
            rows.append(Row(fields: fields, line: line))
        }
        return Table(fileName: fileName, columns: columns, rows: rows)
    }

    /// The header and the other rows as SwiftCSV reads them: for text `CSVBytes` does not take,
    /// and for the syntax errors.
    static func swiftCSV(_ body: String, fileName: String, commentLines: Int) throws(InputError) -> (header: [String], rows: [[String]]) {
        do {
            var raw: [[String]] = []
            let csv = try EnumeratedCSV(string: body, delimiter: .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { raw.append($0) }
            return (csv.header, raw)
        } catch {
            throw InputError(
                file: fileName, line: syntaxErrorLine(body).map { $0 + commentLines }, keyPath: "",
                message: "CSV syntax error: a quoted value must be followed by a comma or the end of the line (expected values separated by commas; a value containing a comma, quote or line break goes in double quotes, with its quotes doubled)")
        }
    }

    /// Column positions by name; refuses unknown, repeated and missing columns.
    static func readHeader(
        _ names: [String], line: Int, fileName: String, required: [String], optional: [String]
    ) throws(InputError) -> [String: Int] {
        var columns: [String: Int] = [:]
        let known = required + optional
        for (index, name) in names.enumerated() {
            if columns[name] != nil {
                throw InputError(file: fileName, line: line, keyPath: "column \(name)", message: "is named twice in the header (expected each column once)")
            }
            guard known.contains(name) else {
                throw InputError(file: fileName, line: line, keyPath: "", message: unknownColumn(name, known: known))
            }
            columns[name] = index
        }
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.map { "`\(clipped($0))`" }.joined(separator: ", ")
            throw InputError(
                file: fileName, line: line, keyPath: "",
                message: "the header has no column \(list) (expected the columns \(required.joined(separator: ",")))")
        }
        return columns
    }

    /// Words that suggest a column holds personal or bank details, which these files must not.
    static let privateWords = ["name", "bank", "account", "sort", "iban", "address", "email", "phone", "dob", "birth"]

    /// `unknown column `x`: did you mean ...? (expected ...)`, or why a personal-details column is refused.
    static func unknownColumn(_ name: String, known: [String]) -> String {
        let lowered = name.lowercased()
        if privateWords.contains(where: { lowered.contains($0) }) {
            return "column `\(clipped(name))` looks like personal or bank details, which this tool must not hold: finance keeps them (expected only the columns \(known.joined(separator: ",")))"
        }
        return UnknownName.message(kind: "column", name: name, known: known)
    }

    /// The text without its leading `#` comment lines, and how many lines were taken off.
    static func stripComments(_ text: String) -> (body: String, lines: Int) {
        var rest = Substring(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        var count = 0
        while rest.hasPrefix("#") {
            count += 1
            guard let end = rest.firstIndex(where: \.isNewline) else { return ("", count) }
            rest = rest[rest.index(after: end)...]
        }
        return (String(rest), count)
    }

    /// The line breaks inside quoted values, so that rows after them keep their file line.
    static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { count, field in
            // Most values are ASCII with no control characters: no line break, nothing to count.
            field.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 }) ? count : count + field.filter(\.isNewline).count
        }
    }

    /// The first line whose text, with the lines before it, no longer parses (found by halving).
    static func syntaxErrorLine(_ text: String) -> Int? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func parses(_ count: Int) -> Bool {
            (try? EnumeratedCSV(string: lines.prefix(count).joined(separator: "\n"), delimiter: .comma, loadColumns: false)) != nil
        }
        var low = 0, high = lines.count
        guard !parses(high) else { return nil }
        while high - low > 1 {
            let middle = (low + high) / 2
            if parses(middle) { low = middle } else { high = middle }
        }
        return high
    }

    /// The text without leading and trailing whitespace (the text itself, uncopied, when there is
    /// none: this runs for every cell that is read).
    static func trimmed(_ text: String) -> String {
        // A visible ASCII character at each end is not whitespace, and no mark can join it into a
        // character that is (`Character.isWhitespace` looks at a character's first scalar).
        if let first = text.utf8.first, let last = text.utf8.last, isVisibleASCII(first), isVisibleASCII(last) {
            return text
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return first == text.startIndex && text.index(after: last) == text.endIndex ? text : String(text[first...last])
    }

    /// An ASCII byte that is neither a control character nor a space.
    static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}

/// The cells of one row, read by column name, each with an error naming file, line and column.
struct Cells {
    let fileName: String
    let line: Int
    let fields: [String]
    let columns: [String: Int]

    /// The trimmed text of a column; empty when the column is absent (an optional one).
    func text(_ column: String) -> String {
        guard let index = columns[column], index < fields.count else { return "" }
        return CheckCSV.trimmed(fields[index])
    }

    /// `file:line: column x: message`
    func error(_ column: String, _ message: String) -> InputError {
        InputError(file: fileName, line: line, keyPath: "column \(column)", message: message)
    }

    /// A non-empty value.
    func required(_ column: String, expected: String) throws(InputError) -> String {
        let value = text(column)
        guard !value.isEmpty else { throw error(column, "is empty (expected \(expected))") }
        return value
    }

    /// An id with the shape `PseudonymousID` requires, e.g. `P001`: never a name.
    func id(_ column: String, expected: String) throws(InputError) -> String {
        let value = try required(column, expected: expected)
        guard PseudonymousID.isValid(value) else {
            throw error(column, "\(quoted(value)) is not an id (expected \(expected): \(PseudonymousID.expected))")
        }
        return value
    }

    /// `yes` or `no` (also `true` / `false`).
    func yesNo(_ column: String) throws(InputError) -> Bool {
        let value = text(column)
        switch value.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default:
            throw error(column, value.isEmpty ? "is empty (expected yes or no)" : "\(quoted(value)) is not a yes/no answer (expected yes or no)")
        }
    }

    /// A date written `YYYY-MM-DD`.
    func date(_ column: String, expected: String) throws(InputError) -> LocalDate {
        let value = try required(column, expected: expected)
        switch YAMLValue.parseDate(value) {
        case .success(let date): return date
        case .failure(let problem): throw error(column, "\(problem.text) (expected \(expected))")
        }
    }

    /// A decimal number within `range`, e.g. `51.24`.
    func decimal(_ column: String, _ range: InputRange) throws(InputError) -> Double {
        switch range.parseDecimal(try required(column, expected: range.expected)) {
        case .success(let value): return value
        case .failure(let problem): throw error(column, problem.text)
        }
    }

    /// A number within `range` (whole, pence or hundredths) written `raw`.
    func number(_ column: String, _ raw: String, _ range: InputRange) throws(InputError) -> Int {
        switch range.parse(raw) {
        case .success(let value): return value
        case .failure(let problem): throw error(column, problem.text)
        }
    }
}
