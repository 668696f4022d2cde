/// A civil date in the trust's local calendar (no time zone), e.g. 2027-04-13.
///
/// Dates are stored as a day number (days since 1970-01-01) so that arithmetic and comparison
/// are plain integer operations; year, month and day are derived.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (which was a Thursday).
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Creates a date, or returns nil for an impossible date such as 2027-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(year: year, month: month)
        else { return nil }
        dayNumber = LocalDate.daysFromCivil(year: year, month: month, day: day)
    }

    /// Creates a date from parts already known to be valid (used internally for month ends).
    init(civilYear year: Int, month: Int, day: Int) {
        dayNumber = LocalDate.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not in that form or names an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }
    public var yearMonth: YearMonth { let c = civil; return YearMonth(year: c.year, month: c.month) }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.inOrder[index]
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    public static func - (lhs: LocalDate, rhs: LocalDate) -> Int { lhs.dayNumber - rhs.dayNumber }

    /// `2027-04-13`
    public var iso: String {
        let c = civil
        return "\(c.year)-\(pad2(c.month))-\(pad2(c.day))"
    }

    /// UK style: `Tue 13 Apr 2027`.
    public var uk: String {
        let c = civil
        return "\(weekday.shortName) \(c.day) \(YearMonth.shortMonthNames[c.month - 1]) \(c.year)"
    }

    /// Long UK style, as pages and newsletters write it: `Tuesday 13 April 2027`.
    public var ukLong: String {
        let c = civil
        return "\(weekday.name) \(c.day) \(YearMonth.monthNames[c.month - 1]) \(c.year)"
    }

    public var description: String { iso }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Days from 1970-01-01 to a date given by parts (month 1–12; the day is not checked, so day 0
    /// is the last day of the month before).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int { daysFromCivil(year: year, month: month, day: day) }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private var civil: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// Days of the week, Monday first (UK convention).
public enum Weekday: String, CaseIterable, Sendable, Codable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// "Tue"
    public var shortName: String { String(name.prefix(3)) }
    /// "Tuesday"
    public var name: String {
        switch self {
        case .monday: return "Monday"
        case .tuesday: return "Tuesday"
        case .wednesday: return "Wednesday"
        case .thursday: return "Thursday"
        case .friday: return "Friday"
        case .saturday: return "Saturday"
        case .sunday: return "Sunday"
        }
    }
    public var isWeekend: Bool { self == .saturday || self == .sunday }
    public var index: Int {
        switch self {
        case .monday: return 0
        case .tuesday: return 1
        case .wednesday: return 2
        case .thursday: return 3
        case .friday: return 4
        case .saturday: return 5
        case .sunday: return 6
        }
    }
    /// Monday first, worked out once (`allCases` makes a new array each time).
    static let inOrder = allCases

    public static func < (l: Weekday, r: Weekday) -> Bool { l.index < r.index }
}

/// A calendar month, e.g. June 2027.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        // Normalise so that month is 1...12.
        let zeroBased = year * 12 + (month - 1)
        self.year = zeroBased >= 0 ? zeroBased / 12 : (zeroBased - 11) / 12
        self.month = zeroBased - self.year * 12 + 1
    }

    public func adding(months: Int) -> YearMonth { YearMonth(year: year, month: month + months) }
    public var firstDay: LocalDate { LocalDate(civilYear: year, month: month, day: 1) }
    public var lastDay: LocalDate { LocalDate(civilYear: year, month: month, day: LocalDate.daysIn(year: year, month: month)) }
    public var days: [LocalDate] { (firstDay.dayNumber...lastDay.dayNumber).map(LocalDate.init(dayNumber:)) }
    public var name: String { "\(YearMonth.monthNames[month - 1]) \(year)" }
    public var description: String { "\(year)-\(pad2(month))" }

    public static func < (l: YearMonth, r: YearMonth) -> Bool { (l.year, l.month) < (r.year, r.month) }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    public static let shortMonthNames = monthNames.map { String($0.prefix(3)) }
}

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
