import PlannerCore

extension PlanCalendars {
    /// Turns planned and cancelled forums into attendee events: no ATTENDEE, no facilitators.
    struct ForumEvents {
        let problem: PlanningProblem
        let naming: Naming
        /// The problem's areas and venues by id (the first of each, as `PlanningProblem.area(_:)`
        /// finds it), so that no event searches the lists.
        let areas: [Area.ID: Area]
        let venues: [Venue.ID: Venue]

        init(problem: PlanningProblem, naming: Naming) {
            self.problem = problem
            self.naming = naming
            areas = Dictionary(problem.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            venues = Dictionary(problem.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The event of a scheduled forum: UID from its id, its SEQUENCE, a reminder the day before;
        /// a cancelled forum keeps its details, with STATUS:CANCELLED, a plain title and the reason.
        func event(for forum: ScheduledForum) -> CalendarEvent {
            forum.status == .cancelled ? cancelled(forum) : confirmed(forum)
        }

        /// The event of a forum that goes ahead, with what changed since it was first announced.
        func confirmed(_ forum: ScheduledForum) -> CalendarEvent {
            let m = forum.meeting
            let area = areas[m.area]
            let venue = m.mode == .inPerson ? m.venue.flatMap { venues[$0] } : nil
            let title = summary(areaName: forum.areaName, mode: m.mode)
            var parts = [Descriptions.opening(problem, areaName: forum.areaName, meeting: m)]
            if let change = Descriptions.change(forum, venue: { venues[$0] }) { parts.append(change) }
            parts.append(Descriptions.agenda(problem, area: area, meeting: m))
            if m.mode == .inPerson {
                parts += Descriptions.inPerson(problem, area: area, venue: venue)
            } else {
                parts.append(Descriptions.online(problem))
            }
            parts.append(Descriptions.contact(problem, area: area))
            return CalendarEvent(
                uid: naming.uid(m.id.rawValue), sequence: forum.sequence, status: .confirmed,
                summary: title, description: parts.joined(separator: "\n\n"),
                location: location(mode: m.mode, venue: venue),
                geo: venue.map { CalendarEvent.Geo(latitude: $0.latitude, longitude: $0.longitude) },
                url: m.mode == .virtual ? nonEmpty(problem.joining.url) : nil,
                categories: categories(m.mode),
                start: PlanCalendars.local(m.date, m.start), end: PlanCalendars.local(m.date, m.end),
                stamp: naming.stamp, alarmMinutesBefore: PlanCalendars.alarmMinutesBefore)
        }

        /// The event of a cancelled forum: same UID, STATUS:CANCELLED, "Cancelled: East Surrey
        /// forum, Tue 14 Sep 2027" and the reason, no reminder.
        func cancelled(_ forum: ScheduledForum) -> CalendarEvent {
            let m = forum.meeting
            let venue = m.mode == .inPerson ? m.venue.flatMap { venues[$0] } : nil
            var text =
                "Cancelled: the \(problem.forumName) forum for \(forum.areaName) on \(m.date.uk) at \(m.start) "
                + "(\(m.mode.plainName)) will not take place"
            if let reason = forum.reason.flatMap(nonEmpty) { text += ", because \(Schedule.clause(reason))" }
            text += ". We are sorry for any trouble this causes."
            return CalendarEvent(
                uid: naming.uid(m.id.rawValue), sequence: forum.sequence, status: .cancelled,
                summary: "Cancelled: \(forum.title), \(m.date.uk)",
                description: [text, Descriptions.questions(problem)].compactMap { $0 }.joined(separator: "\n\n"),
                location: location(mode: m.mode, venue: venue),
                geo: venue.map { CalendarEvent.Geo(latitude: $0.latitude, longitude: $0.longitude) },
                url: nil, categories: categories(m.mode),
                start: PlanCalendars.local(m.date, m.start), end: PlanCalendars.local(m.date, m.end),
                stamp: naming.stamp, alarmMinutesBefore: nil)
        }

        /// "FoCUS forum – East Surrey (in person)" or "… (online)".
        func summary(areaName: String, mode: Mode) -> String {
            "\(problem.forumName) forum – \(areaName) (\(mode.plainName))"
        }

        /// "FoCUS forum" and "In person" or "Virtual", one CATEGORIES each, commas removed (rule F3).
        func categories(_ mode: Mode) -> [String] {
            ["\(problem.forumName) forum", mode == .inPerson ? "In person" : "Virtual"].map {
                $0.replacingAll(",", with: "")
            }
        }

        /// The venue's name, address and postcode; the joining link for an online forum.
        func location(mode: Mode, venue: Venue?) -> String? {
            guard mode == .inPerson else { return nonEmpty(problem.joining.url) }
            guard let venue else { return nil }
            return nonEmpty(
                [venue.name, venue.address, venue.postcode].map(\.trimmingWhitespace)
                    .filter { !$0.isEmpty }.joined(separator: ", "))
        }
    }
}

/// `text` trimmed, or nil when nothing is left.
func nonEmpty(_ text: String) -> String? {
    let trimmed = text.trimmingWhitespace
    return trimmed.isEmpty ? nil : trimmed
}

extension String {
    /// The text with every `target` character replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
