import PlannerCore

extension PlanCalendars {
    /// Turns planned and cancelled forums into attendee events: no ATTENDEE, no facilitators.
    struct ForumEvents {
        let problem: PlanningProblem
        let naming: Naming
        /// The problem's areas, venues and published forums by id (the first of each, as
        /// `PlanningProblem.area(_:)` finds it), so that no event searches the lists.
        let areas: [Area.ID: Area]
        let venues: [Venue.ID: Venue]
        let pins: [ForumID: Pin]

        init(problem: PlanningProblem, naming: Naming) {
            self.problem = problem
            self.naming = naming
            areas = Dictionary(problem.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            venues = Dictionary(problem.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            pins = Dictionary(problem.pins.map { ($0.forum, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The event of a planned forum: UID from its id, SEQUENCE as planned, a reminder the day before.
        func event(for forum: PlannedForum) -> CalendarEvent {
            let m = forum.meeting
            let area = areas[m.area]
            let venue = m.mode == .inPerson ? m.venue.flatMap { venues[$0] } : nil
            let title = summary(areaName: area?.name ?? m.area.rawValue, mode: m.mode)
            var parts = [ForumText.opening(problem, areaName: area?.name ?? m.area.rawValue, meeting: m)]
            if let change = ForumText.change(pin: pins[m.id], meeting: m, venue: { venues[$0] }) { parts.append(change) }
            parts.append(ForumText.agenda(problem, area: area, meeting: m))
            if m.mode == .inPerson {
                parts += ForumText.inPerson(problem, area: area, venue: venue)
            } else {
                parts.append(ForumText.online(problem))
            }
            parts.append(ForumText.contact(problem, area: area))
            return CalendarEvent(
                uid: naming.uid(m.id.rawValue), sequence: forum.sequence, status: .confirmed,
                summary: title, description: parts.joined(separator: "\n\n"),
                location: location(mode: m.mode, venue: venue),
                geo: venue.map { CalendarEvent.Geo(latitude: $0.latitude, longitude: $0.longitude) },
                url: m.mode == .virtual ? problem.joining.url.nonEmptyTrimmed : nil,
                categories: categories(m.mode),
                start: PlanCalendars.local(m.date, m.start), end: PlanCalendars.local(m.date, m.end),
                stamp: naming.stamp, alarmMinutesBefore: PlanCalendars.alarmMinutesBefore)
        }

        /// The event of a published forum that is no longer planned: same UID, STATUS:CANCELLED,
        /// SEQUENCE one above the published one (as `plan.json` records it), no reminder.
        func event(cancelled pin: Pin) -> CalendarEvent {
            let areaID = pin.forum.area
            let area = areaID.flatMap { areas[$0] }
            let areaName = area?.name ?? areaID?.rawValue ?? pin.forum.rawValue
            let venue = pin.mode == .inPerson ? pin.venue.flatMap { venues[$0] } : nil
            let format = ForumText.format(problem, area: area, mode: pin.mode)
            let end = pin.start.adding(minutes: max(format.minutes, 30))
            let text = ForumText.cancelled(problem, areaName: areaName, pin: pin)
            return CalendarEvent(
                uid: naming.uid(pin.forum.rawValue), sequence: pin.sequence + 1, status: .cancelled,
                summary: "CANCELLED: " + summary(areaName: areaName, mode: pin.mode),
                description: [text, ForumText.questions(problem)].compactMap { $0 }.joined(separator: "\n\n"),
                location: location(mode: pin.mode, venue: venue),
                geo: venue.map { CalendarEvent.Geo(latitude: $0.latitude, longitude: $0.longitude) },
                url: nil, categories: categories(pin.mode),
                start: PlanCalendars.local(pin.date, pin.start), end: PlanCalendars.local(pin.date, end),
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
            guard mode == .inPerson else { return problem.joining.url.nonEmptyTrimmed }
            guard let venue else { return nil }
            return ForumText.place(venue).nonEmptyTrimmed
        }
    }
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
