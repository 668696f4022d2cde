import ForumCalendar
import Foundation
import Testing

/// The reader turns libical's silent failures into `CalendarError`s and reports X-LIC-ERRORs.
@Suite("Reading calendars back")
struct ReaderTests {
    static let good: String =
        (try? ICalendarWriter.render(
            Fixtures.document([Fixtures.event("one@focus.example", at: Fixtures.local(2027, 7, 15, 10))]))) ?? ""

    @Test("empty and truncated text are refused (libical itself returns NULL with no reason)")
    func truncated() {
        let reason = "libical found no complete VCALENDAR (empty, truncated, or an END line missing)"
        #expect(throws: CalendarError.unparsable(reason: reason)) { try ICalendarReader.parse("") }
        let cut = String(Self.good.prefix(Self.good.utf8.count / 2))
        #expect(throws: CalendarError.unparsable(reason: reason)) { try ICalendarReader.parse(cut) }
    }

    @Test("a floating DTSTART is refused, naming the event")
    func floating() {
        let floating = Self.good.replacingOccurrences(
            of: "DTSTART;TZID=Europe/London:", with: "DTSTART:")
        #expect(throws: CalendarError.floatingTime(uid: "one@focus.example", property: "DTSTART", tzid: nil)) {
            try ICalendarReader.parse(floating)
        }
        #expect(
            CalendarError.floatingTime(uid: "one@focus.example", property: "DTSTART", tzid: nil).description
                == "event one@focus.example: DTSTART is a floating time (no TZID and not UTC)")
    }

    @Test("an unknown TZID is refused rather than read as floating")
    func unknownZone() {
        let mars = Self.good.replacingOccurrences(
            of: "DTSTART;TZID=Europe/London:", with: "DTSTART;TZID=Mars/Olympus:")
        #expect(throws: CalendarError.floatingTime(uid: "one@focus.example", property: "DTSTART", tzid: "Mars/Olympus"))
        {
            try ICalendarReader.parse(mars)
        }
    }

    @Test("X-LIC-ERRORs are collected with the event they belong to")
    func licErrors() throws {
        let broken = Self.good.replacingOccurrences(of: "SEQUENCE:0\r\n", with: "SEQUENCE:0\r\nGEO:abc\r\n")
        let parsed = try ICalendarReader.parseCalendar(broken)
        let event = try #require(parsed.events.first)
        #expect(event.errors.count == 1)
        #expect(event.errors.first?.hasPrefix("VEVENT one@focus.example: ") == true)
        #expect(parsed.errors.count == 1)
    }

    @Test("a UTC DTSTART is read as it is, with no TZID")
    func utcStart() throws {
        let utc = Self.good.replacingOccurrences(
            of: "DTSTART;TZID=Europe/London:20270715T100000", with: "DTSTART:20270715T080000Z")
        let event = try #require(try ICalendarReader.parse(utc).first)
        #expect(event.startUTC.description == "2027-07-15T08:00:00Z")
        #expect(event.startTZID == nil)
        #expect(event.endUTC.description == "2027-07-15T11:00:00Z")
    }
}
