import ForumCalendar
import Foundation
import PlanBook
import PlannerCore

/// What `plan` and `publish` share: forums kept as history, numbering a schedule against the last
/// published version, the plan file's fingerprint.
enum Publishing {
    /// The forums of `schedule` that are history on `today` (before it, and unchanged since
    /// `latest`), as `latest` showed them: shown exactly so again, whatever the plan file now says
    /// of their venue or area.
    static func kept(_ schedule: Schedule, latest: PublishedVersion?, today: LocalDate) -> [String: CalendarEvent] {
        guard let latest else { return [:] }
        let decoder = JSONDecoder()
        var result: [String: CalendarEvent] = [:]
        for forum in schedule.forums where forum.meeting.date < today {
            let id = forum.meeting.id
            guard let before = latest.schedule.forum(id), before.status == forum.status,
                Announcement(before.meeting).matches(forum.meeting), before.reason == forum.reason,
                before.firstAnnounced == forum.firstAnnounced, let text = latest.shown[id.rawValue],
                let event = try? decoder.decode(CalendarEvent.self, from: Data(text.utf8))
            else { continue }
            result[id.rawValue] = event
        }
        return result
    }

    /// The fingerprints of every event of `schedule` as the calendars show it.
    static func fingerprints(_ schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent]) throws -> [String: String] {
        do { return try PlanCalendars.fingerprints(for: schedule, problem: problem, kept: kept) } catch {
            throw Failure.cannotWrite("Cannot make the calendars: \(error)")
        }
    }

    /// Each forum's event as the files show it, by forum id, as JSON for the book.
    static func shown(_ schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent]) throws -> [String: String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return try PlanCalendars.forumEvents(for: schedule, problem: problem, kept: kept).mapValues {
                String(decoding: try encoder.encode($0), as: UTF8.self)
            }
        } catch {
            throw Failure.cannotWrite("Cannot make the calendars: \(error)")
        }
    }

    /// The schedule with its SEQUENCE numbers as publishing it after `latest` would set them.
    static func numbered(_ schedule: Schedule, against latest: PublishedVersion?, problem: PlanningProblem, kept: [String: CalendarEvent]) throws -> Schedule {
        schedule.numbered(fingerprints: try fingerprints(schedule, problem: problem, kept: kept), previous: latest?.published ?? [:])
    }
}

extension ConfigOptions {
    /// The fingerprint of the plan file's text, as the book records it.
    func planFileHash() throws -> String {
        guard let data = FileManager.default.contents(atPath: config) else { throw Failure.badInput("\(config): cannot be read") }
        return Fingerprint.of(String(decoding: data, as: UTF8.self))
    }
}
