import Foundation
import PlannerCore

/// One row of the venues CSV: its cells by column name, read into a `Venue` with errors naming
/// the line, the column, the value and what was expected.
struct VenueRow {
    let cells: [String: String]
    /// Column names in file order, so the first bad cell from the left is reported.
    let order: [String]
    let line: Int
    let fileName: String

    /// The row's trimmed cells by column; more values than columns is refused.
    init(fields: [String], line: Int, columns: [String: Int], fileName: String) throws(InputError) {
        self.line = line
        self.fileName = fileName
        let extra = fields.dropFirst(max(columns.values.max() ?? 0, 0) + 1)
        if extra.contains(where: { !VenuesCSV.trimmed($0).isEmpty }) {
            throw InputError(
                file: fileName, line: line, keyPath: "",
                message:
                    "the row has \(fields.count) values but the header names \(columns.count) columns (expected one value per column; put a value containing a comma in double quotes)"
            )
        }
        var cells: [String: String] = [:]
        for (name, index) in columns { cells[name] = index < fields.count ? VenuesCSV.trimmed(fields[index]) : "" }
        self.cells = cells
        self.order = columns.sorted { $0.value < $1.value }.map(\.key)
    }

    /// An error in `column`.
    func error(_ column: String, _ message: String) -> InputError {
        InputError(file: fileName, line: line, keyPath: "column \(column)", message: message)
    }

    /// The venue, every cell checked.
    func venue(areas: [Area]) throws(InputError) -> Venue {
        let idText = try required("id", expected: "lower-case letters, digits and hyphens, e.g. st-marys-hall-redhill")
        guard YAMLValue.isID(idText) else {
            throw error(
                "id",
                "\(quoted(idText)) is not an id (expected lower-case letters, digits and hyphens, e.g. st-marys-hall-redhill)"
            )
        }
        return Venue(
            id: Venue.ID(idText), name: try required("name", expected: "the venue's name"),
            address: try required("address", expected: "the street address and town"),
            postcode: try required("postcode", expected: "the postcode, e.g. RH1 1AA"),
            latitude: try coordinate("latitude", InputRanges.latitude),
            longitude: try coordinate("longitude", InputRanges.longitude),
            areas: try areaIDs(venue: idText, areas: areas),
            capacity: try wholeNumber("capacity", InputRanges.capacity) ?? 0,
            features: try features(),
            metresToTransport: try wholeNumber("metres_to_transport", InputRanges.metresToTransport),
            transportNote: cells["transport_note"] ?? "", parkingNote: cells["parking_note"] ?? "",
            unavailable: try dates(),
            bookingLeadDays: try wholeNumber("booking_lead_days", InputRanges.bookingLeadDays) ?? Defaults.bookingLeadDays)
    }

    /// A cell that must not be empty.
    func required(_ column: String, expected: String) throws(InputError) -> String {
        let value = cells[column] ?? ""
        guard !value.isEmpty else { throw error(column, "is empty (expected \(expected))") }
        return value
    }

    /// A whole number within `range`; nil for an empty optional cell (`capacity` is required).
    func wholeNumber(_ column: String, _ range: InputRange) throws(InputError) -> Int? {
        let raw = cells[column] ?? ""
        if raw.isEmpty {
            if VenuesCSV.requiredColumns.contains(column) { throw error(column, "is empty (expected \(range.expected))") }
            return nil
        }
        switch range.parse(raw) {
        case .success(let value): return value
        case .failure(let problem): throw error(column, problem.text)
        }
    }

    /// A latitude or longitude in decimal degrees, within `range`.
    func coordinate(_ column: String, _ range: InputRange) throws(InputError) -> Double {
        switch range.parseDecimal(try required(column, expected: range.expected)) {
        case .success(let value): return value
        case .failure(let problem): throw error(column, problem.text)
        }
    }

    /// `areas`: daytime area ids of the plan, separated by `;`, each once.
    func areaIDs(venue: String, areas: [Area]) throws(InputError) -> [Area.ID] {
        let known = areas.filter { $0.kind == .daytime }.map(\.id.rawValue)
        let names = (cells["areas"] ?? "").split(separator: ";").map { VenuesCSV.trimmed(String($0)) }.filter {
            !$0.isEmpty
        }
        guard !names.isEmpty else {
            throw error(
                "areas",
                "venue `\(clipped(venue))` is in no area (expected area ids separated by `;`, e.g. east-surrey;surrey-downs)")
        }
        var ids: [Area.ID] = []
        for name in names {
            if areas.first(where: { $0.id.rawValue == name })?.kind == .evening {
                throw error(
                    "areas", "`\(clipped(name))` is an evening forum, which always meets online (expected a daytime area)")
            }
            guard known.contains(name) else {
                throw error("areas", UnknownName.message(kind: "area", name: name, known: known))
            }
            if ids.contains(Area.ID(name)) {
                throw error("areas", "`\(clipped(name))` is listed twice (expected each area once)")
            }
            ids.append(Area.ID(name))
        }
        return ids
    }

    /// Every feature column: yes, no or unknown (any case); an empty cell is not recorded.
    func features() throws(InputError) -> [Feature: Tristate] {
        var result: [Feature: Tristate] = [:]
        for column in order where Feature.vocabulary[column] != nil {
            let raw = cells[column] ?? ""
            if raw.isEmpty { continue }
            guard let value = Tristate(rawValue: raw.lowercased()) else {
                throw error(
                    column,
                    "\(quoted(raw)) is not yes, no or unknown (expected yes, no or unknown; unknown is never treated as yes)"
                )
            }
            result[Feature(column)] = value
        }
        return result
    }

    /// `unavailable`: dates and ranges separated by `;`.
    func dates() throws(InputError) -> Set<LocalDate> {
        let expected = "dates such as 2027-04-13 or ranges such as 2027-08-02 to 2027-08-13, separated by `;`"
        var result = Set<LocalDate>()
        for part in (cells["unavailable"] ?? "").split(separator: ";").map({ VenuesCSV.trimmed(String($0)) })
        where !part.isEmpty {
            let halves = part.components(separatedBy: " to ")
            var parsed: [LocalDate] = []
            for half in halves.prefix(2) {
                switch YAMLValue.parseDate(VenuesCSV.trimmed(half)) {
                case .success(let date): parsed.append(date)
                case .failure(let problem): throw error("unavailable", "\(problem.text) (expected \(expected))")
                }
            }
            guard halves.count <= 2, let first = parsed.first, let last = parsed.last else {
                throw error("unavailable", "\(quoted(part)) is not a date or a range (expected \(expected))")
            }
            guard first <= last else {
                throw error(
                    "unavailable",
                    "\(quoted(part)) ends before it starts (expected the first date, then `to`, then a later date)")
            }
            result.formUnion((first.dayNumber...last.dayNumber).map(LocalDate.init(dayNumber:)))
        }
        return result
    }
}
