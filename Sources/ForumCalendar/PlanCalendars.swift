import PlannerCore

/// The calendar files of a plan: every forum, one file per area, and the staff calendar.
///
/// A pure mapping from plan values to iCalendar text: nothing comes from the clock, so the same
/// plan and problem always give byte-identical files (DTSTAMP is `problem.stamp` at 00:00Z).
///
/// | File | Holds |
/// |---|---|
/// | `forums.ics` | every forum of the year, and published forums now cancelled |
/// | `area-<area-id>.ics` | one area's forums only (the evening forum has its own) |
/// | `coordinators.ics` | staff only: committees, papers, newsletter, board and booking deadlines |
public enum PlanCalendars {
    /// Hours between refreshes that the files ask subscribers for (REFRESH-INTERVAL, X-PUBLISHED-TTL).
    public static let refreshHours = 12
    /// Minutes before a forum or a staff event that its reminder (VALARM) fires: the day before.
    public static let alarmMinutesBefore = 1_440

    /// The calendar files of `plan` on its own (no plan book), sorted by file name, each as (file
    /// name, iCalendar text): its forums, the problem's pins as what was first announced, and
    /// the plan's cancelled forums. See `files(for:problem:)` with a schedule.
    ///
    /// - Throws: as `files(for:problem:)` with a schedule.
    public static func files(for plan: Plan, problem: PlanningProblem) throws(CalendarError)
        -> [(name: String, text: String)]
    {
        try files(for: Replan.schedule(of: plan, context: RuleContext(problem)), problem: problem)
    }

    /// The calendar files of a schedule, sorted by file name, each as (file name, iCalendar text).
    ///
    /// An area with no forums still gets its (empty) file, so a subscription never breaks; an area
    /// that has gone keeps its file, with its forums, for the same reason. A forum in `kept` (by
    /// forum id: history, as published before) is shown exactly as that event, with the
    /// schedule's SEQUENCE and this publication's DTSTAMP, whatever the plan file now says.
    ///
    /// - Throws: `CalendarError` when a file cannot be written: an area id that is not a safe file
    ///   name, a forum time in the hour the clocks change, text with a NUL character, or a
    ///   libical failure. An empty schedule is not an error: it gives files with no events.
    public static func files(
        for schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent] = [:]
    ) throws(CalendarError) -> [(name: String, text: String)] {
        let documents = try documents(for: schedule, problem: problem, kept: kept)
        let texts = try ICalendarWriter.render(documents.map(\.document))
        return zip(documents, texts).map { (name: $0.name, text: $1) }.sorted { $0.name < $1.name }
    }

    /// The documents behind `files(for:problem:)` of a plan, sorted by file name, before rendering.
    ///
    /// - Throws: `CalendarError.unwritableText` for an area id that is not a safe file name.
    public static func documents(for plan: Plan, problem: PlanningProblem) throws(CalendarError)
        -> [(name: String, document: CalendarDocument)]
    {
        try documents(for: Replan.schedule(of: plan, context: RuleContext(problem)), problem: problem)
    }

    /// The documents behind `files(for:problem:)` of a schedule, sorted by file name, before rendering.
    ///
    /// - Throws: `CalendarError.unwritableText` for an area id that is not a safe file name.
    public static func documents(
        for schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent] = [:]
    ) throws(CalendarError) -> [(name: String, document: CalendarDocument)] {
        let naming = Naming(problem)
        let all = try forumEvents(schedule, problem: problem, naming: naming, kept: kept)
        let about = Descriptions.purpose(problem) + " " + naming.refreshNote

        var result: [(name: String, document: CalendarDocument)] = []
        func add(_ name: String, title: String, description: String, events: [CalendarEvent]) {
            result.append((name, naming.document(name: title, description: description, events: events)))
        }
        add(
            "forums.ics", title: "\(problem.forumName) forums – all areas",
            description: "Every \(problem.forumName) forum of \(naming.yearName), in UK time. " + about,
            events: all.map(\.event))
        var areas = problem.areas.map { (id: $0.id, name: $0.name) }
        var known = Set(areas.map(\.id))
        for forum in schedule.forums where known.insert(forum.meeting.area).inserted {
            areas.append((forum.meeting.area, forum.areaName))
        }
        let eventsByArea = Dictionary(grouping: all, by: \.area)
        for (id, areaName) in areas {
            add(
                try fileName(forArea: id), title: "\(problem.forumName) – \(areaName)",
                description: "The \(problem.forumName) forums of \(areaName), \(naming.yearName), in UK time. " + about,
                events: (eventsByArea[id] ?? []).map(\.event))
        }
        add(
            "coordinators.ics", title: "\(problem.forumName) – coordinators (staff only)",
            description: "Staff only, not for attendees: committee meetings, committee papers, newsletter copy and "
                + "publication, feedback-board responses and venue booking deadlines, \(naming.yearName), in UK time. "
                + naming.refreshNote,
            events: schedule.events.map { StaffEvents.event(for: $0, naming: naming) })
        return result.sorted { $0.name < $1.name }
    }

    /// Each event of the schedule (forums and staff events) by id, as a fingerprint of everything
    /// a calendar shows of it except SEQUENCE and DTSTAMP: the plan book raises an event's
    /// SEQUENCE exactly when its fingerprint changes between published versions.
    ///
    /// - Throws: as `documents(for:problem:kept:)`.
    public static func fingerprints(
        for schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent] = [:]
    ) throws(CalendarError) -> [String: String] {
        let naming = Naming(problem)
        var result = try forumEvents(for: schedule, problem: problem, kept: kept).mapValues(\.fingerprint)
        for event in schedule.events { result[event.event.id] = StaffEvents.event(for: event, naming: naming).fingerprint }
        return result
    }

    /// The attendee event of every forum of the schedule, by forum id, as the files show it: what
    /// the plan book keeps of a published version, so that history can be shown unchanged later.
    ///
    /// - Throws: as `documents(for:problem:kept:)`.
    public static func forumEvents(
        for schedule: Schedule, problem: PlanningProblem, kept: [String: CalendarEvent] = [:]
    ) throws(CalendarError) -> [String: CalendarEvent] {
        let events = try forumEvents(schedule, problem: problem, naming: Naming(problem), kept: kept)
        var result: [String: CalendarEvent] = [:]
        for (forum, event) in zip(schedule.forums, events) { result[forum.meeting.id.rawValue] = event.event }
        return result
    }

    /// The attendee event of every forum of the schedule, in schedule order, with its area; a
    /// forum in `kept` is that event with the schedule's SEQUENCE and this DTSTAMP.
    static func forumEvents(
        _ schedule: Schedule, problem: PlanningProblem, naming: Naming, kept: [String: CalendarEvent]
    ) throws(CalendarError) -> [(area: Area.ID, event: CalendarEvent)] {
        let forums = ForumEvents(problem: problem, naming: naming)
        let events = try ParallelJobs.map(schedule.forums, threads: ParallelJobs.processors, size: { _ in 1 }) { forum in
            guard var event = kept[forum.meeting.id.rawValue] else { return forums.event(for: forum) }
            event.sequence = forum.sequence
            event.stamp = naming.stamp
            return event
        }
        return zip(schedule.forums, events).map { (area: $0.meeting.area, event: $1) }
    }

    /// `area-<area-id>.ics`, refusing ids that would not make a plain file name.
    static func fileName(forArea id: Area.ID) throws(CalendarError) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
        guard !id.rawValue.isEmpty, id.rawValue.allSatisfy({ allowed.contains($0) }) else {
            throw .unwritableText(
                uid: "(calendar)", field: "area id \"\(id.rawValue)\"",
                reason: "it cannot be a file name; use lower-case letters, digits and hyphens")
        }
        return "area-\(id.rawValue).ics"
    }
}
