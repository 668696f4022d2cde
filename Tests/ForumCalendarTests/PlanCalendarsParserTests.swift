import ForumCalendar
import Foundation
import PlannerCore
import TestSupport
import Testing

/// The plan's calendar files through the independent parser (`Tests/tools/check_calendars.py`).
@Suite("Plan calendars: Python icalendar")
struct PlanCalendarsParserTests {
    /// Hand-worked UTC starts: BST (UTC+1) in June, GMT in December and March.
    static let expected = [
        "2027-r1-east-surrey": "2027-06-08T09:00:00Z", "2027-r1-north-west": "2027-06-09T09:15:00Z",
        "2027-r1-evening": "2027-06-10T17:15:00Z", "2027-r2-east-surrey": "2027-12-07T10:15:00Z",
        "2027-r2-north-west": "2027-12-08T10:00:00Z", "2027-r2-evening": "2027-12-09T18:15:00Z",
        "2027-r2-old-area": "2027-12-02T10:00:00Z", "2027-r3-east-surrey": "2028-03-02T10:15:00Z",
        "2027-r1-committee": "2027-07-29T13:00:00Z", "2027-r2-committee": "2028-01-27T14:00:00Z",
        "2027-r1-newsletter": "2027-08-10T08:00:00Z", "2027-r2-newsletter": "2028-02-10T09:00:00Z",
    ]

    @Test("Python icalendar reads every plan calendar and agrees on the UTC starts")
    func agrees() throws {
        var files = try PlanFixtures.files()
        let entries = Self.expected.sorted { $0.key < $1.key }.map {
            ["uid": "\($0.key)@focus-forum-planner", "start_utc": $0.value]
        }
        files["expect.json"] = String(
            decoding: try JSONSerialization.data(withJSONObject: entries, options: [.sortedKeys]), as: UTF8.self)
        let dir = try IndependentParserTests.folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Python.run([
            IndependentParserTests.script.path, dir.path, "--expect", dir.appendingPathComponent("expect.json").path,
        ])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix("check_calendars: 6 files, 28 events passed, 0 failed\n"), "\(result.output)")
    }
}
