import PlannerCore

/// Reads the people file: one row per person who claims, with the columns `person_id`,
/// `home_area`, `outward_postcode`, `taxi_needed`, `bank_details_on_file` and `chosen_areas`.
///
/// No names and no bank details: finance holds those, and a column that looks like them is refused.
/// `outward_postcode` is the first half of a postcode only (`RH1`); `taxi_needed` and
/// `bank_details_on_file` are yes or no; `chosen_areas` is empty or lists the area forum chosen for
/// a round, e.g. `2027-r1:guildford-waverley;2027-r2:east-surrey`.
public enum PeopleCSV {
    public static let requiredColumns = [
        "person_id", "home_area", "outward_postcode", "taxi_needed", "bank_details_on_file", "chosen_areas",
    ]

    /// The people in the file at `path`; areas must be among `areas`.
    ///
    /// - Throws: `InputError` for the first problem, naming the line, column and value.
    public static func load(path: String, areas: [Area]) throws(InputError) -> [Person] {
        try load(text: try SourceFile.read(path), fileName: path, areas: areas)
    }

    /// The people in CSV text; `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `load(path:areas:)`.
    public static func load(text: String, fileName: String, areas: [Area]) throws(InputError) -> [Person] {
        let table = try CheckCSV.read(text, fileName: fileName, required: requiredColumns)
        let areaIDs = areas.map(\.id.rawValue).sorted()
        var people: [Person] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let cells = table.cells(row)
            let person = try person(cells, areas: areaIDs)
            if let first = seen[person.id.rawValue] {
                throw cells.error("person_id", "\(quoted(person.id.rawValue)) is already used at line \(first) (expected one row per person)")
            }
            seen[person.id.rawValue] = row.line
            people.append(person)
        }
        return people
    }

    static func person(_ cells: Cells, areas: [String]) throws(InputError) -> Person {
        let id = try cells.id("person_id", expected: "a fictional reference such as P001")
        let home = try area(cells, "home_area", cells.required("home_area", expected: "an area id, e.g. east-surrey"), areas: areas)
        let postcode = try outwardPostcode(cells)
        return Person(
            id: Person.ID(id), homeArea: home, outwardPostcode: postcode, taxiNeeded: try cells.yesNo("taxi_needed"),
            bankDetailsOnFile: try cells.yesNo("bank_details_on_file"), chosenAreas: try chosenAreas(cells, areas: areas))
    }

    /// An area id that is among `areas`.
    static func area(_ cells: Cells, _ column: String, _ name: String, areas: [String]) throws(InputError) -> Area.ID {
        guard areas.contains(name) else { throw cells.error(column, UnknownName.message(kind: "area", name: name, known: areas)) }
        return Area.ID(name)
    }

    /// The first half of a postcode, e.g. `RH1` or `GU10`; a full postcode is refused.
    static func outwardPostcode(_ cells: Cells) throws(InputError) -> String {
        let expected = "the first half of a postcode only, e.g. RH1"
        let raw = try cells.required("outward_postcode", expected: expected)
        let code = raw.uppercased()
        let letters = code.prefix(while: { $0.isLetter })
        let rest = code.dropFirst(letters.count)
        guard (1...2).contains(letters.count), code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            let first = rest.first, first.isNumber, (1...2).contains(rest.count)
        else { throw cells.error("outward_postcode", "\(quoted(raw)) is not an outward postcode (expected \(expected))") }
        return code
    }

    /// `2027-r1:guildford-waverley;2027-r2:east-surrey`, by round id.
    static func chosenAreas(_ cells: Cells, areas: [String]) throws(InputError) -> [String: Area.ID] {
        let expected = "round:area pairs separated by ;, e.g. 2027-r1:guildford-waverley;2027-r2:east-surrey, or nothing"
        var chosen: [String: Area.ID] = [:]
        for item in cells.text("chosen_areas").split(separator: ";") {
            let pair = item.split(separator: ":", omittingEmptySubsequences: false).map { CheckCSV.trimmed(String($0)) }
            guard pair.count == 2, isRoundID(pair[0]), !pair[1].isEmpty else {
                throw cells.error("chosen_areas", "\(quoted(CheckCSV.trimmed(String(item)))) is not a round and an area (expected \(expected))")
            }
            guard chosen[pair[0]] == nil else {
                throw cells.error("chosen_areas", "round \(pair[0]) is given twice (expected one chosen area a round)")
            }
            chosen[pair[0]] = try area(cells, "chosen_areas", pair[1], areas: areas)
        }
        return chosen
    }

    /// `2027-r1`: a four-digit year, `-r` and a round number.
    static func isRoundID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
            parts[1].hasPrefix("r"), parts[1].count >= 2
        else { return false }
        return parts[1].dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
