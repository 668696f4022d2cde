import ForumCalendar
import Foundation
import Testing

/// A local time written with TZID=Europe/London is read back (through the file's own VTIMEZONE)
/// as the right UTC instant, including the days either side of the clock changes.
@Suite("UTC instants of written events")
struct InstantTests {
    /// Local wall time and the UTC instant it must be, worked out by hand from the UK rule.
    static let cases: [(local: CalendarLocalDateTime, utc: CalendarUTCDateTime)] = [
        (Fixtures.local(2027, 1, 15, 10), utc(2027, 1, 15, 10)),  // winter: GMT
        (Fixtures.local(2027, 7, 15, 10), utc(2027, 7, 15, 9)),  // summer: BST
        (Fixtures.local(2027, 3, 27, 10), utc(2027, 3, 27, 10)),  // Saturday before spring change
        (Fixtures.local(2027, 3, 28, 0, 15), utc(2027, 3, 28, 0, 15)),  // change day, before 01:00
        (Fixtures.local(2027, 3, 28, 2, 30), utc(2027, 3, 28, 1, 30)),  // change day, after the gap
        (Fixtures.local(2027, 3, 28, 10), utc(2027, 3, 28, 9)),  // spring change day
        (Fixtures.local(2027, 3, 29, 10), utc(2027, 3, 29, 9)),  // Monday after
        (Fixtures.local(2027, 10, 30, 10), utc(2027, 10, 30, 9)),  // Saturday before autumn change
        (Fixtures.local(2027, 10, 31, 0, 15), utc(2027, 10, 30, 23, 15)),  // change day, still BST
        (Fixtures.local(2027, 10, 31, 2, 0), utc(2027, 10, 31, 2)),  // change day, GMT again
        (Fixtures.local(2027, 10, 31, 10), utc(2027, 10, 31, 10)),  // autumn change day
        (Fixtures.local(2027, 11, 1, 10), utc(2027, 11, 1, 10)),  // Monday after
        (Fixtures.local(2028, 3, 25, 10), utc(2028, 3, 25, 10)),  // Saturday before (leap year)
        (Fixtures.local(2028, 3, 26, 10), utc(2028, 3, 26, 9)),  // spring change day 2028
        (Fixtures.local(2028, 3, 26, 19), utc(2028, 3, 26, 18)),  // evening forum
        (Fixtures.local(2028, 12, 31, 23), utc(2028, 12, 31, 23)),  // year end
    ]

    static func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> CalendarUTCDateTime {
        CalendarUTCDateTime(year: y, month: m, day: d, hour: h, minute: min, second: 0)
    }

    static func document() -> CalendarDocument {
        Fixtures.document(cases.map { Fixtures.event("at-\($0.local)", at: $0.local, hours: 0).withEnd(minutes: 30) })
    }

    @Test("libical, reading the written file, puts each event at the expected UTC instant")
    func parsedInstants() throws {
        let parsed = try ICalendarReader.parse(try ICalendarWriter.render(Self.document()))
        for (local, utc) in Self.cases {
            let event = try #require(parsed.first { $0.uid == "at-\(local)" })
            #expect(event.startUTC == utc, "\(local) local")
        }
    }

    @Test("EuropeLondon.utc(fromLocal:) agrees with the same hand-worked table")
    func helperInstants() {
        for (local, utc) in Self.cases {
            #expect(EuropeLondon.utc(fromLocal: local) == utc, "\(local) local")
        }
    }

    @Test("the conversion comes from the file's VTIMEZONE, not from libical's own tz data")
    func usesFileTimeZone() throws {
        let text = try ICalendarWriter.render(Self.document())
        let tampered = text.replacingOccurrences(of: "TZOFFSETTO:+0100", with: "TZOFFSETTO:+0300")
        #expect(tampered != text)
        let parsed = try ICalendarReader.parse(tampered)
        let summer = try #require(parsed.first { $0.uid == "at-2027-07-15 10:00" })
        #expect(summer.startUTC == Self.utc(2027, 7, 15, 7))
    }
}

extension CalendarEvent {
    /// A copy that ends `minutes` after it starts (all fixture times stay within one day).
    func withEnd(minutes: Int) -> CalendarEvent {
        var copy = self
        let total = start.hour * 60 + start.minute + minutes
        copy.end = CalendarLocalDateTime(
            year: start.year, month: start.month, day: start.day, hour: total / 60, minute: total % 60)
        return copy
    }
}
