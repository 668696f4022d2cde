import PlannerCore

/// `calendars:` bank holidays, school calendars and observances.
extension PlanReader {
    /// The calendars; bank holidays and school calendars are required, observances optional.
    /// The older single list `school_holidays:` is still read, as one calendar named "School
    /// holidays" (id `school-holidays`); a file may not have both.
    func readCalendars() throws(InputError) -> DateCalendars {
        let expected = "bank_holidays, school_calendars and observances"
        let section = try sections.required("calendars", expected: expected)
        let map = try section.mapping(expected: expected, keys: ["bank_holidays", "school_calendars", "school_holidays", "observances"])
        let bankHolidays = try readNamedDates(
            try map.required("bank_holidays", expected: "a list of bank holidays, e.g. - { date: 2027-05-03, name: Early May bank holiday }"),
            allowEve: false)
        let schoolCalendars = try readSchoolCalendars(map)
        let observances = try map.optional("observances").map { (value: YAMLValue) throws(InputError) -> [NamedDate] in
            try readNamedDates(value, allowEve: true)
        } ?? []
        return DateCalendars(bankHolidays: bankHolidays, schoolCalendars: schoolCalendars, observances: observances)
    }

    /// `- { date: 2027-10-11, name: Yom Kippur, eve: yes }`, sorted by date; a date may appear once.
    func readNamedDates(_ value: YAMLValue, allowEve: Bool) throws(InputError) -> [NamedDate] {
        let keys = allowEve ? ["date", "name", "eve"] : ["date", "name"]
        var result: [NamedDate] = []
        var seen: [LocalDate: Int] = [:]
        for item in try value.list(expected: "a list of dates, each with a date and a name") {
            let map = try item.mapping(expected: "a date and a name, e.g. { date: 2027-05-03, name: Early May bank holiday }", keys: keys)
            let dateValue = try map.required("date", expected: "a date written YYYY-MM-DD, e.g. 2027-04-13")
            let date = try dateValue.date()
            let name = try map.required("name", expected: "what the day is called").text(expected: "what the day is called")
            let eve = try map.optional("eve")?.yesNo() ?? false
            if !allowEve, let line = seen[date] {
                throw dateValue.error("\(quoted(date.iso)) is listed twice, first at line \(line) (expected each bank holiday once)")
            }
            seen[date] = dateValue.line ?? 0
            result.append(NamedDate(date: date, name: name, beginsEveBefore: eve))
        }
        return result.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// `- { name: Autumn half term, from: 2027-10-18, to: 2027-10-29, estimated: yes }`.
    func readHolidays(_ value: YAMLValue) throws(InputError) -> [Holiday] {
        var result: [Holiday] = []
        for item in try value.list(expected: "a list of school holidays, each with a name, from and to") {
            let map = try item.mapping(
                expected: "a school holiday: name, from, to, estimated", keys: ["name", "from", "to", "estimated"])
            let name = try map.required("name", expected: "the holiday's name, e.g. Autumn half term")
                .text(expected: "the holiday's name, e.g. Autumn half term")
            let first = try map.required("from", expected: "the first day of the holiday, e.g. 2027-10-18").date()
            let lastValue = try map.required("to", expected: "the last day of the holiday, e.g. 2027-10-29")
            let last = try lastValue.date()
            guard first <= last else {
                throw lastValue.error("\(quoted(last.iso)) is before the start \(first.iso) (expected a last day on or after the first)")
            }
            let estimated = try map.optional("estimated")?.yesNo() ?? false
            result.append(Holiday(name: name, dates: DateRange(first: first, last: last), estimated: estimated))
        }
        return result.sorted { ($0.dates.first, $0.name) < ($1.dates.first, $1.name) }
    }
}
