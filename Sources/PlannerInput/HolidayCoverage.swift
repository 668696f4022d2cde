import PlannerCore

/// Whether the bank-holiday list and each school calendar cover every forum month: a month outside the
/// dates a list spans is planned without knowing its holidays, which deserves a warning (not an
/// error: the coordinator may know there are none).
public enum HolidayCoverage {
    /// One warning per list that leaves forum months uncovered, naming the list and the months,
    /// e.g. `plan.yaml: calendars.bank_holidays: the list runs from April 2026 to December 2028, so
    /// it does not cover June 2031 (...)`. Empty when every forum month is covered.
    public static func warnings(_ problem: PlanningProblem, file: String) -> [String] {
        let calendars = problem.calendars
        var lists: [(key: String, span: (first: LocalDate, last: LocalDate)?)] = [
            ("bank_holidays", span(calendars.bankHolidays.map(\.date), calendars.bankHolidays.map(\.date)))
        ]
        for calendar in calendars.schoolCalendars {
            let key = calendar.id == SchoolCalendar.singleListID ? "school_holidays" : "school_calendars.\(calendar.id).holidays"
            lists.append((key, span(calendar.holidays.map(\.dates.first), calendar.holidays.map(\.dates.last))))
        }
        var warnings: [String] = []
        for list in lists {
            let uncovered = problem.rounds.forumMonths.filter { month in
                guard let span = list.span else { return true }
                return month.firstDay < span.first.yearMonth.firstDay || month.firstDay > span.last.yearMonth.firstDay
            }
            guard !uncovered.isEmpty else { continue }
            let runs = list.span.map { "runs from \($0.first.yearMonth.name) to \($0.last.yearMonth.name)" } ?? "is empty"
            let months = uncovered.map(\.name).joined(separator: ", ")
            warnings.append(
                "\(file): calendars.\(list.key): the list \(runs), so it does not cover \(months) (forums are planned then without knowing its holidays: add them)")
        }
        return warnings
    }

    /// The earliest of `firsts` and the latest of `lasts`, or nil for an empty list.
    static func span(_ firsts: [LocalDate], _ lasts: [LocalDate]) -> (first: LocalDate, last: LocalDate)? {
        guard let first = firsts.min(), let last = lasts.max() else { return nil }
        return (first, last)
    }
}
