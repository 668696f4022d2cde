/// The plain-English wording about a forum that attendees read, in calendars and on the pages:
/// what a forum is for, its agenda, where it is and how to get there, access at the venue, how
/// to join online, how to ask for help. The one place this wording lives.
///
/// No personal data: no facilitator, attendee or personal contact; only the generic mailbox.
public enum ForumText {
    /// What a forum is for, in one plain sentence (seed-requirements §1).
    public static func purpose(_ problem: PlanningProblem) -> String {
        "\(problem.forumName) forums are friendly, informal meetings where carers and people who use "
            + "\(problem.trustName) services give feedback, get answers and help shape services; "
            + "you do not need to register."
    }

    /// "FoCUS forum – East Surrey, in person: Tue 8 Jun 2027, 10:00 to 13:00 (UK time)." and the purpose.
    public static func opening(_ problem: PlanningProblem, areaName: String, meeting m: Meeting) -> String {
        "\(problem.forumName) forum – \(areaName), \(m.mode.plainName): \(m.date.uk), "
            + "\(m.start) to \(m.end) (UK time).\n" + purpose(problem)
    }

    /// What changed since the forum was first announced, and why: "Changed: first announced
    /// for Mon 7 Jun 2027 at 10:00, in person at Linden Road Community Centre; now Wed 9 Jun
    /// 2027 at 10:00, online, because ..."; nil when it has not changed. `venue` finds a venue by id.
    public static func change(_ forum: ScheduledForum, venue: (Venue.ID) -> Venue?) -> String? {
        guard let first = forum.firstAnnounced, !first.matches(forum.meeting) else { return nil }
        let m = forum.meeting
        func details(_ date: LocalDate, _ start: TimeOfDay, _ mode: Mode, _ place: Venue.ID?, _ name: String?) -> String {
            let at = mode == .inPerson ? place.map { id in " at \(name ?? venue(id)?.name ?? "another venue")" } ?? "" : ""
            return "\(date.uk) at \(start), \(mode.plainName)\(at)"
        }
        var text = "Changed: first announced for \(details(first.date, first.start, first.mode, first.venue, first.venueName)); "
            + "now \(details(m.date, m.start, m.mode, m.venue, forum.venueName))"
        if let reason = forum.reason.flatMap(\.nonEmptyTrimmed) { text += ", because \(Schedule.clause(reason))" }
        return text + "."
    }

    /// The format a forum of `area` (or of an unknown area) uses in `mode`.
    public static func format(_ problem: PlanningProblem, area: Area?, mode: Mode) -> MeetingFormat {
        area.map { problem.format(for: $0, mode: mode) }
            ?? (mode == .inPerson ? problem.inPersonFormat : problem.virtualFormat)
    }

    /// Each part of the agenda with its clock time, then "Finish" at the end time.
    public static func agendaItems(_ problem: PlanningProblem, area: Area?, meeting m: Meeting)
        -> [(time: TimeOfDay, title: String)]
    {
        var items: [(time: TimeOfDay, title: String)] = []
        var clock = m.start
        for part in format(problem, area: area, mode: m.mode).agenda {
            items.append((clock, part.title))
            clock = clock.adding(minutes: part.minutes)
        }
        items.append((m.end, "Finish"))
        return items
    }

    /// "Agenda (UK time)" and one line per part with its clock time, then the finish.
    public static func agenda(_ problem: PlanningProblem, area: Area?, meeting m: Meeting) -> String {
        (["Agenda (UK time)"] + agendaItems(problem, area: area, meeting: m).map { "\($0.time) \($0.title)" })
            .joined(separator: "\n")
    }

    /// The venue's name, address and postcode, e.g. "Linden Road Community Centre, 21 Linden Road, Redhill, RH1 1QG".
    public static func place(_ venue: Venue) -> String {
        [venue.name, venue.address, venue.postcode].map(\.trimmingWhitespace).filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    /// Where, getting there, parking, taxi, travel costs, and the venue's access features.
    public static func inPerson(_ problem: PlanningProblem, area: Area?, venue: Venue?) -> [String] {
        guard let venue else { return ["Where: " + venueToFollow] }
        var travel = ["Where: " + place(venue), "Getting there: " + transport(venue)]
        travel += travelNotes(problem, venue: venue).map { "\($0.label): \($0.text)" }
        return [travel.joined(separator: "\n"), access(problem, area: area, venue: venue)]
    }

    /// What an in-person forum without a venue yet says instead of the place.
    public static let venueToFollow = "the venue will be confirmed in the next newsletter."

    /// Parking (the venue's note), taxi and travel costs (the plan's notes), each a sentence; absent notes are left out.
    public static func travelNotes(_ problem: PlanningProblem, venue: Venue?) -> [(label: String, text: String)] {
        var notes: [(label: String, text: String)] = []
        if let parking = venue?.parkingNote.nonEmptyTrimmed { notes.append(("Parking", sentence(parking))) }
        if let taxi = problem.joining.taxiNote.nonEmptyTrimmed { notes.append(("Taxi", sentence(taxi))) }
        if let costs = problem.joining.reimbursementNote.nonEmptyTrimmed { notes.append(("Travel costs", sentence(costs))) }
        return notes
    }

    /// The nearest bus stop or station, in the venue's own words and in metres.
    public static func transport(_ venue: Venue) -> String {
        var sentences: [String] = []
        if let note = venue.transportNote.nonEmptyTrimmed { sentences.append(sentence(note)) }
        if let metres = venue.metresToTransport {
            sentences.append("The nearest bus stop or station is about \(metres) metres away on foot.")
        }
        return sentences.isEmpty
            ? "ask us about the nearest bus stop or station." : sentences.joined(separator: " ")
    }

    /// The features attendees are told about at a venue: the trust's baseline, the area's needs,
    /// then the preferred ones, each once.
    public static func accessFeatures(_ problem: PlanningProblem, area: Area?) -> [Feature] {
        var features: [Feature] = []
        for feature in problem.baselineFeatures + (area?.needs ?? []) + problem.preferredFeatures
        where !features.contains(feature) {
            features.append(feature)
        }
        return features
    }

    /// The access features grouped as "Has", "Does not have" and "Not yet confirmed" (empty groups left out).
    public static func accessGroups(_ problem: PlanningProblem, area: Area?, venue: Venue)
        -> [(label: String, features: [String])]
    {
        let features = accessFeatures(problem, area: area)
        var groups: [(label: String, features: [String])] = []
        for (value, label) in [(Tristate.yes, "Has"), (.no, "Does not have"), (.unknown, "Not yet confirmed")] {
            let names = features.filter { venue.value(of: $0) == value }.map(\.plainName)
            if !names.isEmpty { groups.append((label, names)) }
        }
        return groups
    }

    /// The required and preferred features, grouped as present, absent and not yet confirmed.
    public static func access(_ problem: PlanningProblem, area: Area?, venue: Venue) -> String {
        (["Access at this venue"]
            + accessGroups(problem, area: area, venue: venue).map { "\($0.label): " + $0.features.joined(separator: "; ") })
            .joined(separator: "\n")
    }

    /// How to join online: the link (or that it will be sent) and the phone dial-in (or a placeholder).
    public static func onlineSteps(_ problem: PlanningProblem) -> [String] {
        var lines: [String] = []
        if let url = problem.joining.url.nonEmptyTrimmed {
            lines.append(
                "On a computer, tablet or phone: open \(url) in your web browser a few minutes "
                    + "before the start. You do not need an account.")
        } else {
            lines.append("On a computer, tablet or phone: the link will be sent before the forum.")
        }
        lines.append("By phone: " + (problem.joining.dialIn.nonEmptyTrimmed ?? "the number will be sent before the forum."))
        return lines
    }

    /// "How to join" and the steps.
    public static func online(_ problem: PlanningProblem) -> String {
        (["How to join"] + onlineSteps(problem)).joined(separator: "\n")
    }

    /// How early to ask for an interpreter or another format, in days.
    public static func requestNotice(_ problem: PlanningProblem) -> String {
        let notice = problem.notice
        return "Please ask at least \(notice.interpreterRequestDays) days ahead for an interpreter, and "
            + "\(notice.alternativeFormatWorkingDays) working days ahead for papers in large print, easy read "
            + "or another format."
    }

    /// The generic mailbox, and how early to ask for an interpreter or another format.
    public static func contact(_ problem: PlanningProblem, area: Area?) -> String {
        var lines: [String] = []
        if area?.needsInterpreter == true { lines.append(interpreterBooked) }
        if let mailbox = problem.joining.mailbox.nonEmptyTrimmed {
            lines.append("Questions, or something you need to take part? Email \(mailbox). " + requestNotice(problem))
        } else {
            lines.append(requestNotice(problem))
        }
        return lines.joined(separator: "\n")
    }

    /// Said of every forum of an area that always has a BSL interpreter.
    public static let interpreterBooked = "A BSL interpreter is booked for this forum."

    /// The generic mailbox for questions about a cancelled forum, or nothing without one.
    public static func questions(_ problem: PlanningProblem) -> String? {
        problem.joining.mailbox.nonEmptyTrimmed.map { "Questions? Email \($0)." }
    }

    /// `text` ending in a full stop (or its own ! or ?).
    public static func sentence(_ text: String) -> String {
        guard let last = text.last, !".!?".contains(last) else { return text }
        return text + "."
    }
}

extension String {
    /// The text without leading and trailing spaces and line breaks (the text itself, uncopied,
    /// when there are none: this runs several times for every calendar event).
    public var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return first == startIndex && index(after: last) == endIndex ? self : String(self[first...last])
    }

    /// The text trimmed, or nil when nothing is left.
    public var nonEmptyTrimmed: String? {
        let trimmed = trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }
}
