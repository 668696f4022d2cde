/// The UK civil-time rule the planner uses, and the minimal VTIMEZONE that states it.
///
/// British Summer Time (UTC+1) runs from the last Sunday of March at 01:00 UTC to the last Sunday
/// of October at 01:00 UTC; the rest of the year is GMT (UTC+0). This has been the rule since
/// 1996. The same rule is written into every calendar as a two-observance VTIMEZONE
/// (`calendar-rules.md` T4); tests check both against the system's tz data.
public enum EuropeLondon {
    /// The IANA name, used as TZID and X-WR-TIMEZONE.
    public static let identifier = "Europe/London"

    /// One observance of the VTIMEZONE (STANDARD or DAYLIGHT), as plain values.
    struct Observance: Sendable {
        var isDaylight: Bool
        var name: String
        var offsetFromSeconds: Int
        var offsetToSeconds: Int
        /// Local wall time of the first onset, in 1970.
        var start: CalendarLocalDateTime
        var rrule: String
    }

    /// DAYLIGHT then STANDARD, exactly as in `calendar-rules.md` T4.
    static let observances: [Observance] = [
        Observance(
            isDaylight: true, name: "BST", offsetFromSeconds: 0, offsetToSeconds: 3_600,
            start: CalendarLocalDateTime(year: 1970, month: 3, day: 29, hour: 1, minute: 0),
            rrule: "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
        Observance(
            isDaylight: false, name: "GMT", offsetFromSeconds: 3_600, offsetToSeconds: 0,
            start: CalendarLocalDateTime(year: 1970, month: 10, day: 25, hour: 2, minute: 0),
            rrule: "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    ]

    /// The instant BST begins in `year`: the last Sunday of March, 01:00 UTC.
    public static func summerTimeStart(year: Int) -> CalendarUTCDateTime {
        CalendarUTCDateTime(
            year: year, month: 3, day: CivilCalendar.lastSunday(month: 3, year: year), hour: 1, minute: 0)
    }

    /// The instant BST ends in `year`: the last Sunday of October, 01:00 UTC.
    public static func summerTimeEnd(year: Int) -> CalendarUTCDateTime {
        CalendarUTCDateTime(
            year: year, month: 10, day: CivilCalendar.lastSunday(month: 10, year: year), hour: 1, minute: 0)
    }

    /// The UTC offset in seconds (0 or 3600) in force at the instant `utc`.
    public static func utcOffsetSeconds(at utc: CalendarUTCDateTime) -> Int {
        let start = summerTimeStart(year: utc.year)
        let end = summerTimeEnd(year: utc.year)
        return (start <= utc && utc < end) ? 3_600 : 0
    }

    /// The UTC offset in seconds (0 or 3600) for the wall-clock time `local`.
    ///
    /// Follows RFC 5545 §3.3.5: a time in the spring gap (01:00–01:59 on the last Sunday of March)
    /// takes the offset before the gap (GMT); a time that happens twice (01:00–01:59 on the last
    /// Sunday of October) means its first occurrence (BST).
    public static func utcOffsetSeconds(forLocal local: CalendarLocalDateTime) -> Int {
        let wall = CalendarUTCDateTime(
            year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute)
        let ifSummer = CalendarUTCDateTime(secondsSinceEpoch: wall.secondsSinceEpoch - 3_600)
        return utcOffsetSeconds(at: ifSummer) == 3_600 ? 3_600 : 0
    }

    /// True for a wall-clock time in the hour the clocks change (01:00–01:59 on the last Sunday
    /// of March, which never happens, or of October, which happens twice).
    ///
    /// Readers disagree about such times: libical 3.0.16 reads 01:30 on a spring-change day as
    /// 00:30Z and 01:30 on an autumn-change day as 01:30Z, the opposite of RFC 5545 §3.3.5 and
    /// of Foundation. The writer therefore refuses them.
    public static func isInChangeoverHour(_ local: CalendarLocalDateTime) -> Bool {
        guard local.hour == 1, local.month == 3 || local.month == 10 else { return false }
        return local.day == CivilCalendar.lastSunday(month: local.month, year: local.year)
    }

    /// The UTC instant of the wall-clock time `local` (see `utcOffsetSeconds(forLocal:)`).
    public static func utc(fromLocal local: CalendarLocalDateTime) -> CalendarUTCDateTime {
        let wall = CalendarUTCDateTime(
            year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute)
        return CalendarUTCDateTime(secondsSinceEpoch: wall.secondsSinceEpoch - utcOffsetSeconds(forLocal: local))
    }
}
