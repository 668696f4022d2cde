import ForumCalendar
import Foundation
import PlanBook
import PlannerCore

/// What `plan` and `publish` share: numbering a schedule against the last published version, the
/// plan file's fingerprint.
enum Publishing {
    /// The fingerprints of every event of `schedule` as the calendars show it.
    static func fingerprints(_ schedule: Schedule, problem: PlanningProblem) throws -> [String: String] {
        do { return try PlanCalendars.fingerprints(for: schedule, problem: problem) } catch {
            throw Failure.cannotWrite("Cannot make the calendars: \(error)")
        }
    }

    /// The schedule with its SEQUENCE numbers as publishing it after `latest` would set them.
    static func numbered(_ schedule: Schedule, against latest: PublishedVersion?, problem: PlanningProblem) throws -> Schedule {
        schedule.numbered(fingerprints: try fingerprints(schedule, problem: problem), previous: latest?.published ?? [:])
    }
}

extension ConfigOptions {
    /// The fingerprint of the plan file's text, as the book records it.
    func planFileHash() throws -> String {
        guard let data = FileManager.default.contents(atPath: config) else { throw Failure.badInput("\(config): cannot be read") }
        return Fingerprint.of(String(decoding: data, as: UTF8.self))
    }
}
