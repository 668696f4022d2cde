import ForumCalendar
import Foundation
import Testing

/// The VTIMEZONE we write, as libical reads it back, and the `EuropeLondon` rule both agree
/// with the system's tz data (Foundation's `TimeZone(identifier: "Europe/London")`).
@Suite("Europe/London against the system tz data")
struct TimeZoneTests {
    static let london = TimeZone(identifier: "Europe/London")

    /// Seconds east of UTC that Foundation gives the wall time `local`.
    static func foundationOffset(_ local: CalendarLocalDateTime) throws -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(london)
        let parts = DateComponents(
            year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute)
        let date = try #require(calendar.date(from: parts))
        let wall = CalendarUTCDateTime(
            year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute)
        return wall.secondsSinceEpoch - Int(date.timeIntervalSince1970)
    }

    /// Every day of 2026–2030 at 10:00 and 01:30 local.
    static func testTimes() -> [CalendarLocalDateTime] {
        var times: [CalendarLocalDateTime] = []
        var day = CalendarUTCDateTime(year: 2026, month: 1, day: 1, hour: 0, minute: 0)
        while day.year <= 2030 {
            for (hour, minute) in [(10, 0), (1, 30)] {
                times.append(
                    CalendarLocalDateTime(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
            }
            day = CalendarUTCDateTime(secondsSinceEpoch: day.secondsSinceEpoch + 86_400)
        }
        return times
    }

    @Test("offsets implied by the written VTIMEZONE, read by libical, match the system tz data")
    func writtenZoneMatchesSystem() throws {
        let all = Self.testTimes()
        let writable = all.filter { !EuropeLondon.isInChangeoverHour($0) }
        #expect(all.count == 2 * 1_826)
        #expect(all.count - writable.count == 10)  // 01:30 on both change Sundays, five years
        let events = writable.map { Fixtures.event("t-\($0)", at: $0, hours: 0).withEnd(minutes: 20) }
        let parsed = try ICalendarReader.parse(try ICalendarWriter.render(Fixtures.document(events)))
        #expect(parsed.count == writable.count)
        let byUID = Dictionary(uniqueKeysWithValues: parsed.map { ($0.uid, $0) })
        var mismatches: [String] = []
        for local in writable {
            let event = try #require(byUID["t-\(local)"])
            let wall = CalendarUTCDateTime(
                year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute)
            let libicalOffset = wall.secondsSinceEpoch - event.startUTC.secondsSinceEpoch
            let systemOffset = try Self.foundationOffset(local)
            if libicalOffset != systemOffset {
                mismatches.append("\(local): libical \(libicalOffset) s, system \(systemOffset) s")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(6))")
    }

    @Test("the writer refuses 01:30 on the days the clocks change, naming the event")
    func changeoverHourRefused() throws {
        let spring = Fixtures.event("spring", at: Fixtures.local(2027, 3, 28, 1, 30))
        #expect(throws: CalendarError.changeoverHour(uid: "spring", property: "DTSTART", value: "2027-03-28 01:30")) {
            try ICalendarWriter.render(Fixtures.document([spring]))
        }
        let autumn = Fixtures.event("autumn", at: Fixtures.local(2029, 10, 28, 1, 30))
        #expect(throws: CalendarError.changeoverHour(uid: "autumn", property: "DTSTART", value: "2029-10-28 01:30")) {
            try ICalendarWriter.render(Fixtures.document([autumn]))
        }
    }

    @Test("EuropeLondon's offset for each hour of 2026–2030 matches the system tz data")
    func ruleMatchesSystem() throws {
        let london = try #require(Self.london)
        var instant = CalendarUTCDateTime(year: 2026, month: 1, day: 1, hour: 0, minute: 30).secondsSinceEpoch
        let end = CalendarUTCDateTime(year: 2031, month: 1, day: 1, hour: 0, minute: 0).secondsSinceEpoch
        var mismatches: [String] = []
        while instant < end {
            let utc = CalendarUTCDateTime(secondsSinceEpoch: instant)
            let system = london.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
            if EuropeLondon.utcOffsetSeconds(at: utc) != system { mismatches.append("\(utc)") }
            instant += 3_600
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(6))")
    }

    @Test("EuropeLondon reads every local time of the test grid as Foundation does")
    func localRuleMatchesSystem() throws {
        var mismatches: [String] = []
        for local in Self.testTimes()
        where try EuropeLondon.utcOffsetSeconds(forLocal: local) != Self.foundationOffset(local) {
            mismatches.append("\(local)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(6))")
    }

    @Test("the clock changes fall on the last Sundays of March and October at 01:00 UTC")
    func changeDates() {
        #expect(EuropeLondon.summerTimeStart(year: 2027).description == "2027-03-28T01:00:00Z")
        #expect(EuropeLondon.summerTimeEnd(year: 2027).description == "2027-10-31T01:00:00Z")
        #expect(EuropeLondon.summerTimeStart(year: 2028).description == "2028-03-26T01:00:00Z")
        #expect(EuropeLondon.summerTimeEnd(year: 2028).description == "2028-10-29T01:00:00Z")
    }
}
