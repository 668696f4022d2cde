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

/// The dates the planner must know: bank holidays (hard), school holidays (hard for daytime forums),
/// observances (soft).
public struct DateCalendars: Sendable {
    public var bankHolidays: [NamedDate]
    public var schoolHolidays: [Holiday]
    public var observances: [NamedDate]
    private let bankHolidaySet: Set<LocalDate>

    public init(bankHolidays: [NamedDate], schoolHolidays: [Holiday], observances: [NamedDate]) {
        self.bankHolidays = bankHolidays; self.schoolHolidays = schoolHolidays; self.observances = observances
        bankHolidaySet = Set(bankHolidays.map(\.date))
    }

    public func bankHoliday(on date: LocalDate) -> NamedDate? {
        guard bankHolidaySet.contains(date) else { return nil }
        return bankHolidays.first { $0.date == date }
    }

    public func schoolHoliday(on date: LocalDate) -> Holiday? { schoolHolidays.first { $0.dates.contains(date) } }

    /// A working day is Monday to Friday and not a bank holiday.
    public func isWorkingDay(_ date: LocalDate) -> Bool { !date.weekday.isWeekend && !bankHolidaySet.contains(date) }

    /// Observances that a forum on this date would clash with (evening forums also clash with eves).
    public func observances(on date: LocalDate, evening: Bool) -> [NamedDate] {
        observances.filter { $0.date == date || (evening && $0.beginsEveBefore && $0.date == date.adding(days: 1)) }
    }
}
