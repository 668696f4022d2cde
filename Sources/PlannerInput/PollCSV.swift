import PlannerCore

/// Reads the counts of an attendee availability poll, saved as CSV after removing every name:
/// one row per round, area, date and (optionally) start time, with how many answered yes, if need
/// be, and no.
///
/// The columns are exactly `round`, `area`, `date`, `start` (optional column; an empty cell means
/// the whole day), `yes`, `if_need_be` and `no`, in any order. Any other column is refused, so a
/// poll export that still has its names column is never read; every cell must be a round number,
/// an area id, a date, a time or a count. Errors name the file, the line, the column, the value
/// and what was expected:
///
///     Fixtures/x/poll.csv:4: column no: "three" is not a whole number (expected a number of people who answered from 0 to 1000, e.g. 3)
public enum PollCSV {
    /// Columns every poll file must have.
    public static let requiredColumns = ["round", "area", "date", "yes", "if_need_be", "no"]
    /// The column a poll file may leave out (every row is then for a whole day).
    public static let optionalColumns = ["start"]

    /// Reads and validates the poll file at `path` against the plan's rounds and areas.
    ///
    /// - Throws: `InputError` for the first problem: unreadable file, CSV syntax, an unknown,
    ///   missing or repeated column, a bad cell, a date outside its round's forum month, or a row
    ///   given twice. An empty poll (a header and no rows) is not an error: it changes nothing.
    public static func load(path: String, problem: PlanningProblem) throws(InputError) -> AvailabilityPoll {
        try load(text: try SourceFile.read(path), fileName: path, problem: problem)
    }

    /// Reads and validates poll text; `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `load(path:problem:)`.
    public static func load(text: String, fileName: String, problem: PlanningProblem) throws(InputError) -> AvailabilityPoll {
        let table = try VenuesCSV.parse(text, fileName: fileName)
        let columns = try readHeader(table.header, fileName: fileName)
        var rows: [AvailabilityPoll.Row] = []
        var seen: [AvailabilityPoll.Row: Int] = [:]
        for line in table.rows where !line.fields.allSatisfy({ VenuesCSV.trimmed($0).isEmpty }) {
            let cells = try VenueRow(fields: line.fields, line: line.line, columns: columns, fileName: fileName)
            let row = try Self.row(cells, problem: problem)
            var key = row
            (key.yes, key.ifNeedBe, key.no) = (0, 0, 0)
            if let first = seen[key] {
                let when = row.start.map { "\(row.date) at \($0)" } ?? "\(row.date) (whole day)"
                throw cells.error(
                    "date", "round \(row.round), `\(clipped(row.area))`, \(when) is given twice, first at line \(first) (expected each round, area, date and start once)")
            }
            seen[key] = line.line
            rows.append(row)
        }
        return AvailabilityPoll(rows: rows)
    }

    /// Each column's position, checked: no unknown, repeated or missing column.
    static func readHeader(_ header: [String], fileName: String) throws(InputError) -> [String: Int] {
        let known = requiredColumns + optionalColumns
        let expected = "the columns round, area, date, start (may be left out), yes, if_need_be and no; a poll file holds counts only, never names"
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let name = VenuesCSV.trimmed(cell)
            func fail(_ message: String) -> InputError { InputError(file: fileName, line: 1, keyPath: "", message: message) }
            if name.isEmpty {
                if index == header.count - 1 { continue }  // a trailing comma
                throw fail("column \(index + 1) has no name (expected \(expected))")
            }
            if columns[name] != nil { throw fail("column `\(clipped(name))` is given twice (expected each column once)") }
            guard known.contains(name) else { throw fail("unknown column `\(clipped(name))` (expected \(expected))") }
            columns[name] = index
        }
        if let missing = requiredColumns.first(where: { columns[$0] == nil }) {
            throw InputError(file: fileName, line: 1, keyPath: "", message: "missing column `\(missing)` (expected \(expected))")
        }
        return columns
    }

    /// One row, every cell checked.
    static func row(_ cells: VenueRow, problem: PlanningProblem) throws(InputError) -> AvailabilityPoll.Row {
        let round = try number(cells, "round", InputRanges.pollRound)
        guard round <= problem.roundCount else {
            throw cells.error("round", "\(round) is not a round of this plan (expected a round from 1 to \(problem.roundCount))")
        }
        let known = problem.areas.map(\.id.rawValue)
        let areaText = try cells.required("area", expected: "an area id, e.g. \(known.first ?? "east-surrey")")
        guard known.contains(areaText) else { throw cells.error("area", UnknownName.message(kind: "area", name: areaText, known: known)) }
        let month = problem.rounds.forumMonth(ofRound: round)
        let dateText = try cells.required("date", expected: "a date in \(month.name), e.g. \(month)-07")
        let date: LocalDate
        switch YAMLValue.parseDate(dateText) {
        case .success(let value): date = value
        case .failure(let problem): throw cells.error("date", "\(problem.text) (expected a date in \(month.name), e.g. \(month)-07)")
        }
        guard date.yearMonth == month else {
            throw cells.error("date", "\(date) is not in round \(round)'s forum month (expected a date in \(month.name))")
        }
        var start: TimeOfDay?
        let startText = cells.cells["start"] ?? ""
        if !startText.isEmpty {
            guard let time = TimeOfDay(text: startText) else {
                throw cells.error("start", "\(quoted(startText)) is not a time (expected a start time such as 10:00, or nothing for the whole day)")
            }
            start = time
        }
        return AvailabilityPoll.Row(
            round: round, area: Area.ID(areaText), date: date, start: start, yes: try number(cells, "yes", InputRanges.pollCount),
            ifNeedBe: try number(cells, "if_need_be", InputRanges.pollCount), no: try number(cells, "no", InputRanges.pollCount))
    }

    /// A required whole number within `range`.
    static func number(_ cells: VenueRow, _ column: String, _ range: InputRange) throws(InputError) -> Int {
        switch range.parse(try cells.required(column, expected: range.expected)) {
        case .success(let value): return value
        case .failure(let problem): throw cells.error(column, problem.text)
        }
    }
}
