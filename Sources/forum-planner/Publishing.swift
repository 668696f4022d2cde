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

    /// The confirmed forums of `schedule` dated before `today` that are not kept as published: a
    /// draft planned some days ago that moves or adds a forum into what is now the past.
    static func passed(_ schedule: Schedule, kept: [String: CalendarEvent], today: LocalDate) -> [ScheduledForum] {
        schedule.forums.filter { $0.status == .confirmed && $0.meeting.date < today && kept[$0.meeting.id.rawValue] == nil }
    }

    /// The fingerprints of every event of `schedule` as the calendars show it.
    ///
    /// - Throws: `Failure.badInput` naming `planFile` when a calendar cannot be made from its values.
    static func fingerprints(
        _ schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent], planFile: String
    ) throws -> [String: String] {
        try CalendarOutput.made(inputs: [planFile]) { try PlanCalendars.fingerprints(for: schedule, problem: problem, kept: kept) }
    }

    /// Each forum's event as the files show it, by forum id, as JSON for the book.
    ///
    /// - Throws: as `fingerprints`.
    static func shown(
        _ schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent], planFile: String
    ) throws -> [String: String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let events = try CalendarOutput.made(inputs: [planFile]) { try PlanCalendars.forumEvents(for: schedule, problem: problem, kept: kept) }
        return try events.mapValues { String(decoding: try encoder.encode($0), as: UTF8.self) }
    }

    /// The schedule with its SEQUENCE numbers as publishing it after `latest` would set them.
    ///
    /// - Throws: as `fingerprints`.
    static func numbered(
        _ schedule: Schedule, against latest: PublishedVersion?, problem: PlanningProblem, kept: [String: CalendarEvent], planFile: String
    ) throws -> Schedule {
        let fingerprints = try fingerprints(schedule, problem: problem, kept: kept, planFile: planFile)
        return schedule.numbered(fingerprints: fingerprints, previous: latest?.published ?? [:])
    }
}

extension ConfigOptions {
    /// The fingerprint of the plan file's text, as the book records it.
    func planFileHash() throws -> String {
        guard let data = FileManager.default.contents(atPath: config) else { throw Failure.badInput("\(config): cannot be read") }
        return Fingerprint.of(String(decoding: data, as: UTF8.self))
    }
}
