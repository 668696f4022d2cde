/// A local clock time, stored as minutes after midnight (`10:00` is 600).
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (24-hour clock); nil for anything else, such as `25:00` or `10.00`.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    public func adding(minutes extra: Int) -> TimeOfDay { TimeOfDay(minutes: minutes + extra) }
    public var description: String { "\(pad2(hour)):\(pad2(minute))" }
    public static func < (l: TimeOfDay, r: TimeOfDay) -> Bool { l.minutes < r.minutes }
}

/// A span of local clock time on one day, e.g. 10:00–14:30.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    public var start: TimeOfDay
    public var end: TimeOfDay
    public init(start: TimeOfDay, end: TimeOfDay) { self.start = start; self.end = end }
    public func contains(start s: TimeOfDay, end e: TimeOfDay) -> Bool { s >= start && e <= end }
    public var description: String { "\(start)–\(end)" }
}

/// An inclusive span of dates, e.g. a school holiday.
public struct DateRange: Hashable, Sendable {
    public var first: LocalDate
    public var last: LocalDate
    public init(first: LocalDate, last: LocalDate) { self.first = first; self.last = last }
    public func contains(_ d: LocalDate) -> Bool { d >= first && d <= last }
}
