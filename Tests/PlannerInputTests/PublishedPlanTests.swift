import Foundation
import PlannerCore
import Testing

@testable import PlannerInput

/// Pins from a published `plan.json`.
@Suite("Published plan pins")
struct PublishedPlanTests {
    static let json = """
        {
          "status": "optimal",
          "objective": 120,
          "forums": [
            { "id": "2027-r1-east-surrey", "round": 1, "mode": "virtual", "date": "2027-06-08",
              "start": "10:15", "end": "12:15", "venue": null, "penalties": [] },
            { "id": "2027-r1-surrey-downs", "mode": "in-person", "date": "2027-06-09",
              "start": "11:30", "venue": "ashley-court-community-rooms", "sequence": 2 }
          ]
        }
        """

    @Test("reads each forum's id, mode, date, start, venue and sequence")
    func pins() throws {
        let pins = try PublishedPlan.loadPins(text: Self.json, fileName: "Calendars/plan.json")
        #expect(pins.count == 2)
        #expect(pins[0].forum == "2027-r1-east-surrey")
        #expect(pins[0].mode == .virtual && pins[0].venue == nil && pins[0].sequence == 0)
        #expect(pins[0].date.iso == "2027-06-08" && pins[0].start.description == "10:15")
        #expect(pins[1].mode == .inPerson && pins[1].venue == "ashley-court-community-rooms" && pins[1].sequence == 2)
    }

    @Test("reads from a file")
    func fromFile() throws {
        let path = NSTemporaryDirectory() + "pins-\(UUID().uuidString).json"
        try Self.json.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PublishedPlan.loadPins(path: path).count == 2)
    }

    static let bad: [(json: String, error: String)] = [
        (
            #"{"forums": [{"id": "a", "mode": "virtual", "date": "2027-06-08", "start": "10:15", "venue": null}, {"id": "b", "mode": "in-person", "date": "2027-02-30", "start": "10:00", "venue": "hall"}]}"#,
            "Calendars/plan.json: forums[1].date: \"2027-02-30\" is not a real date: February 2027 has 28 days (expected a date written YYYY-MM-DD, e.g. 2027-06-08)"
        ),
        (
            #"{"forums": [{"id": "a", "mode": "hybrid", "date": "2027-06-08", "start": "10:15"}]}"#,
            "Calendars/plan.json: forums[0].mode: \"hybrid\" is not a mode (expected virtual or in-person)"
        ),
        (
            #"{"forums": [{"id": "a", "mode": "in-person", "date": "2027-06-08", "start": "10:00", "venue": null}]}"#,
            "Calendars/plan.json: forums[0].venue: is null for an in-person forum (expected the venue's id)"
        ),
        (
            #"{"forums": [{"id": "a", "mode": "virtual", "date": "2027-06-08", "start": "10.15"}]}"#,
            "Calendars/plan.json: forums[0].start: \"10.15\" is not a time (expected a 24-hour time written HH:MM, e.g. 10:00)"
        ),
        (
            #"{"forums": [{"mode": "virtual", "date": "2027-06-08", "start": "10:15"}]}"#,
            "Calendars/plan.json: forums[0]: missing required key `id` (expected the forum's id, e.g. 2027-r1-east-surrey)"
        ),
        (
            #"{"forums": [{"id": "a", "mode": "virtual", "date": 20270608, "start": "10:15"}]}"#,
            "Calendars/plan.json: forums[0].date: 20270608 is not text (expected a date written YYYY-MM-DD, e.g. 2027-06-08)"
        ),
        (
            #"{"forums": [{"id": "a", "mode": "virtual", "date": "2027-06-08", "start": "10:15"}, {"id": "a", "mode": "virtual", "date": "2027-06-09", "start": "10:15"}]}"#,
            "Calendars/plan.json: forums[1].id: \"a\" is already used by forums[0] (expected each forum once)"
        ),
        (
            #"{"forums": [{"id": "a", "mode": "virtual", "date": "2027-06-08", "start": "10:15", "sequence": -1}]}"#,
            "Calendars/plan.json: forums[0].sequence: \"-1\" is out of range (expected how many times the forum has been changed since first published from 0 to 100,000, e.g. 0)"
        ),
        (#"{"status": "optimal"}"#, "Calendars/plan.json: forums: is missing (expected a list of forums)"),
        (#"{"forums": "#, "Calendars/plan.json:1: column 12: is not valid JSON: unexpected end of file during json parse (expected a plan.json written by `forum-planner plan`)"),
    ]

    @Test("a bad pins file gives a clear error naming the forum and key", arguments: 0..<bad.count)
    func refused(index: Int) {
        let example = Self.bad[index]
        let error = #expect(throws: InputError.self) {
            try PublishedPlan.loadPins(text: example.json, fileName: "Calendars/plan.json")
        }
        #expect(error?.description == example.error)
    }
}
