import PlannerCore
import SwiftCSV

/// Reads venues from the venue bookers' spreadsheet, saved as CSV: one row per venue, one column
/// per access feature (yes / no / unknown; an empty cell is not recorded, which counts as unknown).
///
/// The other columns are `id`, `name`, `address`, `postcode`, `latitude`, `longitude`, `areas`
/// (area ids separated by `;`) and `capacity`, all required, and the optional
/// `metres_to_transport`, `transport_note`, `parking_note`, `unavailable` (dates `YYYY-MM-DD` or
/// ranges `YYYY-MM-DD to YYYY-MM-DD`, separated by `;`) and `booking_lead_days`. Column order is
/// free; rows with every cell empty are skipped. Errors name the file, the line of the row, the
/// column, the value and what was expected:
///
///     Fixtures/x/venues.csv:4: column capacity: "forty" is not a whole number (expected a number of people, e.g. 40)
public enum VenuesCSV {
    /// Columns every file must have.
    public static let requiredColumns = [
        "id", "name", "address", "postcode", "latitude", "longitude", "areas", "capacity",
    ]
    /// Columns a file may leave out.
    public static let optionalColumns = [
        "metres_to_transport", "transport_note", "parking_note", "unavailable", "booking_lead_days",
    ]

    /// Reads and validates the CSV file at `path`; every venue's areas must be among `areas` (daytime ones).
    ///
    /// - Throws: `InputError` for the first problem: unreadable file, CSV syntax, an unknown,
    ///   missing or repeated column, a bad cell, a duplicate venue id, an unknown or evening area,
    ///   or no venue at all.
    public static func load(path: String, areas: [Area]) throws(InputError) -> [Venue] {
        try load(text: try SourceFile.read(path), fileName: path, areas: areas)
    }

    /// Reads and validates CSV text; `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `load(path:areas:)`.
    public static func load(text: String, fileName: String, areas: [Area]) throws(InputError) -> [Venue] {
        let table = try parse(text, fileName: fileName)
        let columns = try readHeader(table.header, fileName: fileName)
        var venues: [Venue] = []
        var seen: [String: Int] = [:]
        for row in table.rows where !row.fields.allSatisfy({ trimmed($0).isEmpty }) {
            let cells = try VenueRow(fields: row.fields, line: row.line, columns: columns, fileName: fileName)
            let venue = try cells.venue(areas: areas)
            if let first = seen[venue.id.rawValue] {
                throw cells.error(
                    "id",
                    "duplicate venue id `\(clipped(venue.id))`, first used at line \(first) (expected every venue to have its own id)"
                )
            }
            seen[venue.id.rawValue] = row.line
            venues.append(venue)
        }
        guard !venues.isEmpty else {
            throw InputError(
                file: fileName, line: nil, keyPath: "",
                message: "the file has no venues (expected one row per venue after the header row)")
        }
        return venues
    }

    /// The header and the rows, each with the line it starts on.
    static func parse(_ text: String, fileName: String) throws(InputError) -> (
        header: [String], rows: [(fields: [String], line: Int)]
    ) {
        var raw: [[String]] = []
        let header: [String]
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
            header = csv.header
            try csv.enumerateAsArray(startAt: 1, rowLimit: nil) { raw.append($0) }
        } catch {
            throw InputError(
                file: fileName, line: syntaxErrorLine(text), keyPath: "",
                message:
                    "CSV syntax error: a quoted value must be followed by a comma or the end of the line (expected values separated by commas; a value containing a comma, quote or line break goes in double quotes, with its quotes doubled)"
            )
        }
        guard header.contains(where: { !trimmed($0).isEmpty }) else {
            throw InputError(
                file: fileName, line: nil, keyPath: "",
                message: "the file is empty (expected a header row naming the columns, e.g. id,name,address,...)")
        }
        var line = 2 + lineBreaks(in: header)
        var rows: [(fields: [String], line: Int)] = []
        for fields in raw {
            rows.append((fields, line))
            line += 1 + lineBreaks(in: fields)
        }
        return (header, rows)
    }

    /// Line breaks inside quoted values, which make a row span several lines.
    static func lineBreaks(in fields: [String]) -> Int { fields.reduce(0) { $0 + $1.filter(\.isNewline).count } }

    /// The first line whose text, with the lines before it, no longer parses (found by halving).
    static func syntaxErrorLine(_ text: String) -> Int? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func parses(_ count: Int) -> Bool {
            (try? EnumeratedCSV(
                string: lines.prefix(count).joined(separator: "\n"), delimiter: .comma, loadColumns: false)) != nil
        }
        var low = 0
        var high = lines.count  // parses(low) holds; parses(high) fails
        guard !parses(high) else { return nil }
        while high - low > 1 {
            let middle = (low + high) / 2
            if parses(middle) { low = middle } else { high = middle }
        }
        return high
    }

    /// Each column's name and position, checked: no unknown, repeated or missing column.
    static func readHeader(_ header: [String], fileName: String) throws(InputError) -> [String: Int] {
        let known = requiredColumns + optionalColumns
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let name = trimmed(cell)
            func fail(_ message: String) -> InputError {
                InputError(file: fileName, line: 1, keyPath: "", message: message)
            }
            if name.isEmpty {
                if index == header.count - 1 { continue }  // a trailing comma
                throw fail("column \(index + 1) has no name (expected a name in every cell of the header row)")
            }
            if columns[name] != nil { throw fail("column `\(clipped(name))` is given twice (expected each column once)") }
            if !known.contains(name) && Feature.vocabulary[name] == nil {
                let hint =
                    PlanReader.commonFeatureNames[name].map { ": did you mean `\(clipped($0))`?" }
                    ?? UnknownName.suggestion(for: name, among: known + Feature.knownIDs)
                throw fail(
                    "unknown column `\(clipped(name))`\(hint) (expected \(known.joined(separator: ", ")), or a feature name from the venue feature vocabulary, e.g. step_free_access)"
                )
            }
            columns[name] = index
        }
        if let missing = requiredColumns.first(where: { columns[$0] == nil }) {
            throw InputError(
                file: fileName, line: 1, keyPath: "",
                message:
                    "missing column `\(clipped(missing))` (expected the columns \(requiredColumns.joined(separator: ", ")), then one column per feature)"
            )
        }
        return columns
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
