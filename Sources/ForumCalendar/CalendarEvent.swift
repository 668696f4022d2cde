import PlannerCore

/// One event (VEVENT) of a calendar, as plain Swift values.
///
/// Times are Europe/London wall-clock times; the writer attaches `TZID=Europe/London`.
/// Nothing here comes from the clock: `stamp` (DTSTAMP) is given by the caller.
public struct CalendarEvent: Sendable, Equatable, Codable {
    /// STATUS of the event. A cancelled forum stays in the feed with `.cancelled`.
    public enum Status: String, Sendable, Equatable, CaseIterable, Codable {
        case confirmed = "CONFIRMED"
        case tentative = "TENTATIVE"
        case cancelled = "CANCELLED"
    }

    /// A position in WGS84 degrees (GEO).
    public struct Geo: Sendable, Equatable, Codable {
        public var latitude: Double
        public var longitude: Double

        public init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// UID: stable, derived from the event's identity, never from its date.
    public var uid: String
    /// SEQUENCE: 0 at first publication, +1 for each significant change.
    public var sequence: Int
    public var status: Status
    public var summary: String
    public var description: String
    public var location: String?
    public var geo: Geo?
    public var url: String?
    /// One CATEGORIES property each; a comma inside a category is refused.
    public var categories: [String]
    public var start: CalendarLocalDateTime
    public var end: CalendarLocalDateTime
    /// DTSTAMP, in UTC: comes from the plan, never the clock.
    public var stamp: CalendarUTCDateTime
    /// A DISPLAY alarm this many minutes before the start (`TRIGGER:-PT…M`), or none.
    public var alarmMinutesBefore: Int?
    /// TRANSP: `true` writes TRANSPARENT (does not block time), `false` OPAQUE.
    public var transparent: Bool

    public init(
        uid: String, sequence: Int = 0, status: Status = .confirmed,
        summary: String, description: String = "",
        location: String? = nil, geo: Geo? = nil, url: String? = nil,
        categories: [String] = [],
        start: CalendarLocalDateTime, end: CalendarLocalDateTime,
        stamp: CalendarUTCDateTime,
        alarmMinutesBefore: Int? = nil, transparent: Bool = false
    ) {
        self.uid = uid
        self.sequence = sequence
        self.status = status
        self.summary = summary
        self.description = description
        self.location = location
        self.geo = geo
        self.url = url
        self.categories = categories
        self.start = start
        self.end = end
        self.stamp = stamp
        self.alarmMinutesBefore = alarmMinutesBefore
        self.transparent = transparent
    }
}

extension CalendarEvent {
    /// Everything the event shows except SEQUENCE and DTSTAMP, as a 64-bit FNV-1a hash in hex:
    /// two events with the same fingerprint read the same in a calendar.
    public var fingerprint: String {
        let fields: [String] = [
            uid, status.rawValue, summary, description, location ?? "-", geo.map { "\($0.latitude),\($0.longitude)" } ?? "-",
            url ?? "-", categories.joined(separator: ","), "\(start)", "\(end)", alarmMinutesBefore.map(String.init) ?? "-",
            transparent ? "transparent" : "opaque",
        ]
        return Fingerprint.of(fields.joined(separator: "\u{1F}"))
    }
}
