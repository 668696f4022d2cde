/// A named date, such as a bank holiday or an observance.
public struct NamedDate: Sendable, Hashable {
    public var date: LocalDate
    public var name: String
    /// For observances that begin at sunset (e.g. Yom Kippur): evening forums on the day before are also affected.
    public var beginsEveBefore: Bool
    public init(date: LocalDate, name: String, beginsEveBefore: Bool = false) {
        self.date = date; self.name = name; self.beginsEveBefore = beginsEveBefore
    }
}

/// A school holiday or half term.
public struct Holiday: Sendable, Hashable {
    public var name: String
    public var dates: DateRange
    /// True when the dates are an estimate (e.g. 2027/28 before the council publishes them).
    public var estimated: Bool
    public init(name: String, dates: DateRange, estimated: Bool) { self.name = name; self.dates = dates; self.estimated = estimated }
}

/// A school calendar: the holidays and half terms of one council's schools, e.g. Surrey County
/// Council's. Each area follows one or more of them (`Area.schoolCalendars`).
public struct SchoolCalendar: Identifiable, Sendable, Hashable {
    public typealias ID = Identifier<SchoolCalendar>
    /// The id of the one calendar made from a plain list of school holidays (the plan file's older
    /// `school_holidays:` list, and `DateCalendars(bankHolidays:schoolHolidays:observances:)`).
    public static let singleListID: ID = "school-holidays"

    public var id: ID
    /// Whose calendar it is, as people know it: "Surrey County Council".
    public var name: String
    /// The holidays and half terms, earliest first.
    public var holidays: [Holiday]

    public init(id: ID, name: String, holidays: [Holiday]) { self.id = id; self.name = name; self.holidays = holidays }

    /// The holiday or half term `date` falls in, or nil in term time.
    public func holiday(on date: LocalDate) -> Holiday? { holidays.first { $0.dates.contains(date) } }
}

/// A school holiday found for a date, with the calendar it belongs to.
public struct SchoolHolidayMatch: Sendable, Hashable {
    public var calendar: SchoolCalendar
    public var holiday: Holiday
    public init(calendar: SchoolCalendar, holiday: Holiday) { self.calendar = calendar; self.holiday = holiday }
}

/// The dates the planner must know: bank holidays (hard), school calendars (hard for daytime
/// forums, soft for evening forums; each area follows its own), observances (soft).
public struct DateCalendars: Sendable {
    public var bankHolidays: [NamedDate]
    /// The school calendars, in the plan file's order.
    public var schoolCalendars: [SchoolCalendar]
    public var observances: [NamedDate]
    private let bankHolidaySet: Set<LocalDate>

    public init(bankHolidays: [NamedDate], schoolCalendars: [SchoolCalendar], observances: [NamedDate]) {
        self.bankHolidays = bankHolidays; self.schoolCalendars = schoolCalendars; self.observances = observances
        bankHolidaySet = Set(bankHolidays.map(\.date))
    }

    /// One school calendar, `SchoolCalendar.singleListID` ("School holidays"), holding `schoolHolidays`.
    public init(bankHolidays: [NamedDate], schoolHolidays: [Holiday], observances: [NamedDate]) {
        self.init(
            bankHolidays: bankHolidays,
            schoolCalendars: [SchoolCalendar(id: SchoolCalendar.singleListID, name: "School holidays", holidays: schoolHolidays)],
            observances: observances)
    }

    /// Every calendar's holidays together, earliest first (for spans and coverage, not for rules).
    public var schoolHolidays: [Holiday] {
        schoolCalendars.flatMap(\.holidays).sorted { ($0.dates.first, $0.name) < ($1.dates.first, $1.name) }
    }

    public func bankHoliday(on date: LocalDate) -> NamedDate? {
        guard bankHolidaySet.contains(date) else { return nil }
        return bankHolidays.first { $0.date == date }
    }

    /// The school holiday of any calendar that `date` falls in (for trust-wide dates such as the committee).
    public func schoolHoliday(on date: LocalDate) -> Holiday? { schoolHoliday(on: date, following: [])?.holiday }

    /// The first holiday that `date` falls in among the calendars `followed`, in that order; an
    /// empty list follows every calendar, in the file's order. Ids of no calendar are skipped.
    public func schoolHoliday(on date: LocalDate, following followed: [SchoolCalendar.ID]) -> SchoolHolidayMatch? {
        let calendars = followed.isEmpty ? schoolCalendars : followed.compactMap { id in schoolCalendars.first { $0.id == id } }
        for calendar in calendars {
            if let holiday = calendar.holiday(on: date) { return SchoolHolidayMatch(calendar: calendar, holiday: holiday) }
        }
        return nil
    }

    /// A working day is Monday to Friday and not a bank holiday.
    public func isWorkingDay(_ date: LocalDate) -> Bool { !date.weekday.isWeekend && !bankHolidaySet.contains(date) }

    /// Observances that a forum on this date would clash with (evening forums also clash with eves).
    public func observances(on date: LocalDate, evening: Bool) -> [NamedDate] {
        observances.filter { $0.date == date || (evening && $0.beginsEveBefore && $0.date == date.adding(days: 1)) }
    }
}
