/// One VEVENT as read back by libical, with its times converted to UTC.
public struct ParsedEvent: Sendable, Equatable {
    public var uid: String
    /// Empty when the event has no SUMMARY.
    public var summary: String
    /// Empty when the event has no DESCRIPTION.
    public var description: String
    public var location: String?
    public var url: String?
    public var categories: [String]
    public var geo: CalendarEvent.Geo?
    /// DTSTART converted to UTC through the TZID it names (normally the file's own VTIMEZONE).
    public var startUTC: CalendarUTCDateTime
    /// DTEND converted to UTC the same way.
    public var endUTC: CalendarUTCDateTime
    /// The TZID parameter of DTSTART, or `nil` for a UTC time.
    public var startTZID: String?
    /// `nil` when STATUS is absent or not one of CONFIRMED, TENTATIVE, CANCELLED.
    public var status: CalendarEvent.Status?
    /// 0 when SEQUENCE is absent.
    public var sequence: Int
    public var transparent: Bool
    /// Minutes before the start of the first VALARM's relative TRIGGER, if any.
    public var alarmMinutesBefore: Int?
    /// The text of every X-LIC-ERROR libical attached inside this event.
    public var errors: [String]
}

/// A whole calendar as read back by libical.
public struct ParsedCalendar: Sendable, Equatable {
    /// VEVENTs in file order.
    public var events: [ParsedEvent]
    /// The TZID of every VTIMEZONE in the file, in file order.
    public var timeZoneIDs: [String]
    /// The text of every X-LIC-ERROR anywhere in the file, prefixed with where it was found.
    public var errors: [String]
    /// What libical's RFC 5546 restriction check (`icalrestriction_check`) finds for the file's
    /// METHOD, e.g. a PUBLISH event without ORGANIZER; not parse errors, and not thrown.
    public var restrictionProblems: [String]
}

/// Reads iCalendar text back through libical, for round-trip tests and callers.
public enum ICalendarReader {
    /// The events of `text`, in file order.
    ///
    /// - Throws: `CalendarError.unparsable` when libical returns nothing (empty, truncated, or
    ///   missing an END line: libical reports no reason for these), or the root is not one
    ///   VCALENDAR; `.missingProperty` for an event without UID, DTSTART or DTEND;
    ///   `.floatingTime` for a DTSTART or DTEND with no TZID or an unknown one.
    ///   X-LIC-ERROR entries are not thrown: they are listed in each event's `errors`.
    public static func parse(_ text: String) throws(CalendarError) -> [ParsedEvent] {
        try parseCalendar(text).events
    }

    /// The events, time-zone IDs and every X-LIC-ERROR of `text` (see `parse(_:)`).
    public static func parseCalendar(_ text: String) throws(CalendarError) -> ParsedCalendar {
        try LibicalReader.read(text)
    }
}
