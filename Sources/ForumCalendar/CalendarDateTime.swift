import PlannerCore

/// A civil date and time in Europe/London, to the minute, as a forum's start or end.
public struct CalendarLocalDateTime: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// True when the fields name a real Gregorian date (years 1900–9999) and a time 00:00–23:59.
    public var isValid: Bool {
        (1900...9999).contains(year) && (1...12).contains(month)
            && (1...CivilCalendar.daysIn(month: month, year: year)).contains(day)
            && (0...23).contains(hour) && (0...59).contains(minute)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute)
    }

    /// `YYYY-MM-DD HH:MM`.
    public var description: String {
        "\(CivilCalendar.pad(year, 4))-\(CivilCalendar.pad(month))-\(CivilCalendar.pad(day)) "
            + "\(CivilCalendar.pad(hour)):\(CivilCalendar.pad(minute))"
    }
}

/// An instant in UTC, to the second, as DTSTAMP or as a parsed event's start.
public struct CalendarUTCDateTime: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// True when the fields name a real Gregorian date (years 1900–9999) and a time 00:00:00–23:59:59.
    public var isValid: Bool {
        (1900...9999).contains(year) && (1...12).contains(month)
            && (1...CivilCalendar.daysIn(month: month, year: year)).contains(day)
            && (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form `Tests/tools/check_calendars.py --expect` reads.
    public var description: String {
        "\(CivilCalendar.pad(year, 4))-\(CivilCalendar.pad(month))-\(CivilCalendar.pad(day))T"
            + "\(CivilCalendar.pad(hour)):\(CivilCalendar.pad(minute)):\(CivilCalendar.pad(second))Z"
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int {
        CivilCalendar.daysSinceEpoch(year: year, month: month, day: day) * 86_400
            + hour * 3_600 + minute * 60 + second
    }

    /// The instant `seconds` after 1970-01-01T00:00:00Z.
    public init(secondsSinceEpoch seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        let (y, m, d) = CivilCalendar.civil(fromDaysSinceEpoch: days)
        self.init(year: y, month: m, day: d, hour: rest / 3_600, minute: rest % 3_600 / 60, second: rest % 60)
    }
}

/// Proleptic Gregorian arithmetic, without Foundation, so that no clock or locale is involved:
/// the planner's own `LocalDate` does the day counting.
enum CivilCalendar {
    static func isLeap(_ year: Int) -> Bool { LocalDate.isLeap(year) }

    static func daysIn(month: Int, year: Int) -> Int { LocalDate.daysIn(year: year, month: month) }

    /// Days from 1970-01-01 to the given date.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        LocalDate.dayNumber(year: year, month: month, day: day)
    }

    /// The date `days` after 1970-01-01.
    static func civil(fromDaysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let date = LocalDate(dayNumber: days)
        return (date.year, date.month, date.day)
    }

    /// 0 for Sunday … 6 for Saturday.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let days = daysSinceEpoch(year: year, month: month, day: day)  // 1970-01-01 was a Thursday
        return ((days % 7) + 7 + 4) % 7
    }

    /// The day of the month of the last Sunday of `month`.
    static func lastSunday(month: Int, year: Int) -> Int {
        let last = daysIn(month: month, year: year)
        return last - weekday(year: year, month: month, day: last)
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value < 0 ? -value : value)
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}
