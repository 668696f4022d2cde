import ForumCalendar
import Testing

/// Rendering, then parsing back with libical, keeps every field and raises no X-LIC-ERROR.
@Suite("Round trip through libical")
struct RoundTripTests {
    let parsed: ParsedCalendar

    init() throws {
        parsed = try ICalendarReader.parseCalendar(try ICalendarWriter.render(Fixtures.document()))
    }

    @Test("no X-LIC-ERROR anywhere in the file")
    func noErrors() {
        #expect(parsed.errors == [])
        #expect(parsed.events.allSatisfy { $0.errors.isEmpty })
    }

    @Test("libical's RFC 5546 restriction check passes when an organizer is given")
    func restrictionCheck() throws {
        #expect(parsed.restrictionProblems == [])
        var anonymous = Fixtures.document()
        anonymous.organizer = nil
        let without = try ICalendarReader.parseCalendar(try ICalendarWriter.render(anonymous))
        #expect(without.errors == [])
        #expect(!without.restrictionProblems.isEmpty)  // libical stops at the first failing event
        #expect(without.restrictionProblems.allSatisfy { $0.contains("ORGANIZER") }, "\(without.restrictionProblems)")
    }

    @Test("one VTIMEZONE, Europe/London")
    func oneZone() {
        #expect(parsed.timeZoneIDs == ["Europe/London"])
    }

    @Test("events come back sorted by start, then UID")
    func sortedOrder() {
        #expect(
            parsed.events.map(\.uid) == [
                "forum-2027-r1-gw@focus.example",
                "forum-2027-r1-online@focus.example",
                "deadline-2027-papers@focus.example",
                "forum-2027-r2-gw@focus.example",
            ])
    }

    @Test("every written field reads back unchanged", arguments: Fixtures.events)
    func fields(_ event: CalendarEvent) throws {
        let back = try #require(parsed.events.first { $0.uid == event.uid })
        #expect(back.summary == event.summary)
        #expect(back.description == event.description)
        #expect(back.status == event.status)
        #expect(back.sequence == event.sequence)
        #expect(back.location == event.location)
        #expect(back.url == event.url)
        #expect(back.categories == event.categories)
        #expect(back.alarmMinutesBefore == event.alarmMinutesBefore)
        #expect(back.transparent == event.transparent)
        #expect(back.startTZID == "Europe/London")
        if let geo = event.geo {
            let readGeo = try #require(back.geo)
            #expect(abs(readGeo.latitude - geo.latitude) < 1e-6)
            #expect(abs(readGeo.longitude - geo.longitude) < 1e-6)
        } else {
            #expect(back.geo == nil)
        }
    }

    @Test("an empty calendar is valid and has no events")
    func emptyCalendar() throws {
        let empty = try ICalendarReader.parseCalendar(try ICalendarWriter.render(Fixtures.document([])))
        #expect(empty.events.isEmpty)
        #expect(empty.errors.isEmpty)
        #expect(empty.timeZoneIDs == ["Europe/London"])
    }
}
