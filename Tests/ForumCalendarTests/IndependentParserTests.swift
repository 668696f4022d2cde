import ForumCalendar
import Foundation
import TestSupport
import Testing

/// Runs `Tests/tools/check_calendars.py` (Python icalendar + zoneinfo) on files we write.
@Suite("Independent parser: Python icalendar")
struct IndependentParserTests {
    /// `Tests/tools/check_calendars.py`, found from this file's path.
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tools/check_calendars.py")

    /// A fresh temporary folder holding `files`, removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("forum-calendar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    /// The --expect JSON for the instant-test document, from the hand-worked table.
    static func expectJSON() throws -> String {
        let entries = InstantTests.cases.map { ["uid": "at-\($0.local)", "start_utc": $0.utc.description] }
        return String(
            decoding: try JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test("Python icalendar reads every written file and agrees on every UTC start")
    func agrees() throws {
        let dir = try Self.folder([
            "instants.ics": try ICalendarWriter.render(InstantTests.document()),
            "forums.ics": try ICalendarWriter.render(Fixtures.document()),
            "expect.json": try Self.expectJSON(),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Python.run([
            Self.script.path, dir.path, "--expect", dir.appendingPathComponent("expect.json").path,
        ])
        #expect(result.status == 0, "\(result.output)")
        let count = InstantTests.cases.count + Fixtures.events.count
        #expect(
            result.output.hasSuffix("check_calendars: 2 files, \(count) events passed, 0 failed\n"), "\(result.output)")
    }

    @Test("the checker fails, naming file and UID, on a wrong VTIMEZONE, a floating time and a wrong start")
    func catchesMistakes() throws {
        let good = try ICalendarWriter.render(InstantTests.document())
        let dir = try Self.folder([
            "zone.ics": good.replacingOccurrences(of: "TZOFFSETTO:+0100", with: "TZOFFSETTO:+0200"),
            "floating.ics": good.replacingOccurrences(
                of: "DTSTART;TZID=Europe/London:20270115T100000", with: "DTSTART:20270115T100000"),
            "expect.json": #"[{"uid": "at-2027-07-15 10:00", "start_utc": "2027-07-15T10:00:00Z"}]"#,
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Python.run([
            Self.script.path, dir.path, "--expect", dir.appendingPathComponent("expect.json").path,
        ])
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "FAIL floating.ics: UID at-2027-01-15 10:00: DTSTART 2027-01-15T10:00:00 is floating (no TZID)"),
            "\(result.output)")
        #expect(
            result.output.contains(
                "FAIL zone.ics: UID at-2027-07-15 10:00: DTSTART 2027-07-15T10:00:00 is 2027-07-15T08:00:00Z "
                    + "by the file's VTIMEZONE but 2027-07-15T09:00:00Z by zoneinfo Europe/London"), "\(result.output)")
        #expect(
            result.output.contains(
                "FAIL floating.ics: UID at-2027-07-15 10:00: starts at 2027-07-15T09:00:00Z, expected 2027-07-15T10:00:00Z"
            ),
            "\(result.output)")
    }
}
