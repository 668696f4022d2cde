import PlannerCore

/// `calendars.school_calendars:` named school calendars, and the areas' `school_calendars:` lists.
extension PlanReader {
    /// What `school_calendars:` holds, for messages.
    static let schoolCalendarsExpected =
        "named school calendars, e.g. surrey: { name: Surrey County Council, holidays: [...] }"

    /// What a calendar's list of holidays holds, for messages.
    static let holidaysExpected = "a list of school holidays, e.g. - { name: Half term, from: 2027-05-31, to: 2027-06-04 }"

    /// `school_calendars:`, each `id: { name: ..., holidays: [...] }`, in file order; or the older
    /// `school_holidays:` list as the one calendar `school-holidays`.
    func readSchoolCalendars(_ calendars: YAMLMap) throws(InputError) -> [SchoolCalendar] {
        if let single = calendars.entries.first(where: { $0.key == "school_holidays" })?.value {
            if calendars.has("school_calendars") {
                throw single.error(
                    "is given as well as `school_calendars` (expected only `school_calendars`: move these holidays into one of its calendars)")
            }
            let holidays = try readHolidays(
                try calendars.required("school_holidays", expected: Self.holidaysExpected))
            return [SchoolCalendar(id: SchoolCalendar.singleListID, name: "School holidays", holidays: holidays)]
        }
        let value = try calendars.required("school_calendars", expected: Self.schoolCalendarsExpected)
        var result: [SchoolCalendar] = []
        for entry in try value.mapping(expected: Self.schoolCalendarsExpected, keys: nil).entries {
            func keyError(_ message: String) -> InputError {
                InputError(file: value.file, line: entry.line, keyPath: entry.value.path, message: message)
            }
            guard YAMLValue.isID(entry.key) else {
                throw keyError("\(quoted(entry.key)) is not an id (expected lower-case letters, digits and hyphens, e.g. hampshire)")
            }
            if result.contains(where: { $0.id.rawValue == entry.key }) {
                throw keyError("school calendar `\(clipped(entry.key))` is given twice (expected each calendar once)")
            }
            let map = try entry.value.mapping(expected: "a school calendar: name, holidays", keys: ["name", "holidays"])
            let name = try map.required("name", expected: "whose calendar it is, e.g. Surrey County Council")
                .text(expected: "whose calendar it is, e.g. Surrey County Council")
            let holidays = try readHolidays(
                try map.required("holidays", expected: Self.holidaysExpected))
            result.append(SchoolCalendar(id: .init(entry.key), name: name, holidays: holidays))
        }
        return result
    }

    /// An area's `school_calendars: [surrey, hampshire]`: one or more calendar ids, each once.
    /// Absent: the area follows every calendar (an empty list here).
    static func areaSchoolCalendars(_ value: YAMLValue?, known: [SchoolCalendar]) throws(InputError) -> [SchoolCalendar.ID] {
        guard let value else { return [] }
        let ids = try references(value, kind: "school calendar", known: known.map(\.id.rawValue), example: known.first?.id.rawValue ?? "surrey")
        guard !ids.isEmpty else {
            throw value.error("is an empty list (expected one or more school calendar ids, e.g. [surrey]; leave the key out to follow every calendar)")
        }
        return ids.map { .init($0) }
    }
}
