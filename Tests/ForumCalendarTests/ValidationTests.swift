import ForumCalendar
import Testing

/// The writer refuses what libical would silently accept, with a message naming the bad input.
@Suite("Writer validation")
struct ValidationTests {
    static func render(_ change: (inout CalendarEvent) -> Void) throws(CalendarError) {
        var event = Fixtures.event("forum-1@focus.example", at: Fixtures.local(2027, 1, 20, 10))
        change(&event)
        _ = try ICalendarWriter.render(Fixtures.document([event]))
    }

    static func message(_ change: (inout CalendarEvent) -> Void) -> String? {
        do {
            try render(change)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("a valid event passes")
    func passes() {
        #expect(Self.message { _ in } == nil)
    }

    @Test("an impossible date is refused")
    func impossibleDate() {
        #expect(
            Self.message { $0.start = Fixtures.local(2027, 2, 29, 10) }
                == "event forum-1@focus.example: DTSTART 2027-02-29 10:00 is not a real date and time")
    }

    @Test("an end not after the start is refused")
    func endBeforeStart() {
        #expect(
            Self.message { $0.end = $0.start }
                == "event forum-1@focus.example: end 2027-01-20 10:00 is not after start 2027-01-20 10:00")
    }

    @Test("a comma in a category is refused")
    func categoryComma() {
        #expect(
            Self.message { $0.categories = ["Forum, public"] }
                == "event forum-1@focus.example: CATEGORIES \"Forum, public\" cannot be written: "
                + "a comma would split it into two categories; use one category per entry")
    }

    @Test("an empty UID or summary is refused")
    func empty() {
        #expect(Self.message { $0.summary = "  " } == "event forum-1@focus.example: SUMMARY is empty")
        #expect(Self.message { $0.uid = "" } == "event : UID is empty")
    }

    @Test("a NUL character is refused")
    func nul() {
        #expect(
            Self.message { $0.description = "a\u{0}b" }
                == "event forum-1@focus.example: DESCRIPTION cannot be written: it contains a NUL character")
    }

    @Test("numbers out of range are refused")
    func ranges() {
        #expect(
            Self.message { $0.sequence = -1 }
                == "event forum-1@focus.example: SEQUENCE is -1, expected 0 to 2147483647")
        #expect(
            Self.message { $0.alarmMinutesBefore = 0 }
                == "event forum-1@focus.example: alarmMinutesBefore is 0, expected 1 to 40320 (four weeks)")
        #expect(
            Self.message { $0.geo = .init(latitude: 91, longitude: 0) }
                == "event forum-1@focus.example: GEO is 91.0;0.0, expected latitude -90…90 and longitude -180…180")
    }

    @Test("a time in the hour the clocks change is refused")
    func changeover() {
        #expect(
            Self.message {
                $0.end = Fixtures.local(2027, 10, 31, 1, 15)
                $0.start = Fixtures.local(2027, 10, 31, 0, 30)
            }
                == "event forum-1@focus.example: DTEND 2027-10-31 01:15 falls in the hour the UK clocks change "
                + "(01:00–01:59 that Sunday), which calendar programs read differently; choose another time")
    }

    @Test("two events with one UID are refused")
    func duplicateUID() {
        let event = Fixtures.event("same@focus.example", at: Fixtures.local(2027, 1, 20, 10))
        #expect(throws: CalendarError.duplicateUID("same@focus.example")) {
            try ICalendarWriter.render(Fixtures.document([event, event]))
        }
        #expect(
            CalendarError.duplicateUID("same@focus.example").description
                == "two events have the same UID same@focus.example; each event needs its own UID")
    }

    @Test("a refresh interval of zero hours is refused")
    func refresh() {
        var doc = Fixtures.document()
        doc.refreshHours = 0
        #expect(
            throws: CalendarError.outOfRange(
                uid: "(calendar)", field: "refreshHours", value: "0", expected: "1 to 8760 hours")
        ) {
            try ICalendarWriter.render(doc)
        }
    }
}
