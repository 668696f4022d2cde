import ForumCalendar
import Foundation
import Testing

/// The bytes of a written calendar: reproducible, folded, CRLF, with the required header.
@Suite("Calendar file format")
struct FormatTests {
    let text: String
    let lines: [String]

    init() throws {
        text = try ICalendarWriter.render(Fixtures.document())
        lines = Fixtures.unfoldedLines(text)
    }

    @Test("the same document gives byte-identical output, whatever the order of its events")
    func reproducible() throws {
        #expect(try ICalendarWriter.render(Fixtures.document()) == text)
        let shuffled = Fixtures.document(Fixtures.events.reversed())
        #expect(try ICalendarWriter.render(shuffled) == text)
    }

    @Test("every line ends in CRLF, with no bare CR or LF")
    func crlf() {
        let bytes = Array(text.utf8)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() {
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, "bare LF at byte \(index)") }
            if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "bare CR at byte \(index)") }
        }
    }

    @Test("no physical line is longer than 75 octets, and long text was folded")
    func folded() {
        let physical = text.components(separatedBy: "\r\n")
        let long = physical.filter { $0.utf8.count > 75 }
        #expect(long.isEmpty, "\(long)")
        #expect(physical.contains { $0.hasPrefix(" ") })
        #expect(physical.allSatisfy { String(validating: Array($0.utf8), as: UTF8.self) != nil })
    }

    @Test(
        "calendar-level properties appear exactly once",
        arguments: [
            "VERSION:2.0", "PRODID:-//FoCUS forum planner//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:FoCUS forums 2027–28", "NAME:FoCUS forums 2027–28",
            // Commas and semicolons escaped as RFC 5545 TEXT needs (libical 3.0.16 does not in X- values).
            "X-WR-CALDESC:All forums of the year\\, in Europe/London time.",
            "X-WR-TIMEZONE:Europe/London", "REFRESH-INTERVAL;VALUE=DURATION:PT12H", "X-PUBLISHED-TTL:PT12H",
            "BEGIN:VTIMEZONE", "TZID:Europe/London",
        ])
    func headerOnce(_ line: String) {
        #expect(lines.filter { $0 == line }.count == 1)
    }

    @Test("the VTIMEZONE is exactly the minimal two-observance Europe/London zone")
    func timeZoneShape() throws {
        let begin = try #require(lines.firstIndex(of: "BEGIN:VTIMEZONE"))
        let end = try #require(lines.firstIndex(of: "END:VTIMEZONE"))
        #expect(
            Array(lines[begin...end]) == [
                "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
                "BEGIN:DAYLIGHT", "TZNAME:BST", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
                "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZNAME:GMT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "END:VTIMEZONE",
            ])
    }

    @Test("every event time carries TZID=Europe/London and DTSTAMP is the given UTC stamp")
    func noFloatingTimes() throws {
        let event = try #require(lines.firstIndex(of: "BEGIN:VEVENT"))
        let eventLines = lines[event...]
        let starts = eventLines.filter { $0.hasPrefix("DTSTART") || $0.hasPrefix("DTEND") }
        #expect(starts.count == 2 * Fixtures.events.count)
        #expect(starts.allSatisfy { $0.contains(";TZID=Europe/London:") }, "\(starts)")
        let stamps = eventLines.filter { $0.hasPrefix("DTSTAMP") }
        #expect(stamps == Array(repeating: "DTSTAMP:20261101T090000Z", count: Fixtures.events.count))
    }

    @Test("text is escaped by libical and categories are one per line")
    func escaping() {
        #expect(lines.contains("LOCATION:Café Rose\\, 1 High St\\; Godalming\\, GU7 1AA"))
        #expect(
            lines.contains {
                $0.hasPrefix("DESCRIPTION:Guildford & Waverley – café\\, upstairs\\; step-free.\\nSecond")
            })
        #expect(lines.contains { $0.contains("backslash \\\\ and quotes \"here\" é £ 🚲") })
        #expect(lines.filter { $0.hasPrefix("CATEGORIES:") }.allSatisfy { !$0.contains(",") })
        #expect(lines.contains("TRIGGER:-PT1440M"))
        #expect(lines.contains("STATUS:CANCELLED"))
        #expect(lines.contains("TRANSP:TRANSPARENT"))
        #expect(lines.contains("GEO:51.185500;-0.611500"))
        #expect(lines.contains("ORGANIZER;CN=FoCUS forum coordinators:mailto:focus.forums@example.nhs.uk"))
    }

    @Test("no personal data: no ATTENDEE, and nothing from the clock")
    func nothingFromTheClock() {
        #expect(!lines.contains { $0.hasPrefix("ATTENDEE") })
        #expect(!lines.contains { $0.hasPrefix("CREATED") || $0.hasPrefix("LAST-MODIFIED") })
        let stamps = Set(lines.filter { $0.hasPrefix("DTSTAMP") })
        #expect(stamps == ["DTSTAMP:20261101T090000Z"])
    }
}
