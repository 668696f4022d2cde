/// A civil date and time in Europe/London, to the minute, as a forum's start or end.
public struct CalendarLocalDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
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
public struct CalendarUTCDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
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

/// Proleptic Gregorian arithmetic, without Foundation, so that no clock or locale is involved.
enum CivilCalendar {
    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the given date (Howard Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(fromDaysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
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
