import PlannerCore

extension PlanCalendars {
    /// The plain-English paragraphs of a forum's DESCRIPTION, joined by blank lines.
    ///
    /// No personal data: no facilitator, attendee or personal contact; only the generic mailbox.
    enum Descriptions {
        /// What a forum is for, in one plain sentence (seed-requirements §1).
        static func purpose(_ problem: PlanningProblem) -> String {
            "\(problem.forumName) forums are friendly, informal meetings where carers and people who use "
                + "\(problem.trustName) services give feedback, get answers and help shape services; "
                + "you do not need to register."
        }

        /// "FoCUS forum – East Surrey, in person: Tue 8 Jun 2027, 10:00 to 13:00 (UK time)." and the purpose.
        static func opening(_ problem: PlanningProblem, areaName: String, meeting m: Meeting) -> String {
            "\(problem.forumName) forum – \(areaName), \(m.mode.plainName): \(m.date.uk), "
                + "\(m.start) to \(m.end) (UK time).\n" + purpose(problem)
        }

        /// What changed since the forum was first announced, and why: "Changed: first announced
        /// for Mon 7 Jun 2027 at 10:00, in person at Linden Road Community Centre; now Wed 9 Jun
        /// 2027 at 10:00, online, because ..."; nil when it has not changed. `venue` finds a venue by id.
        static func change(_ forum: ScheduledForum, venue: (Venue.ID) -> Venue?) -> String? {
            guard let first = forum.firstAnnounced, !first.matches(forum.meeting) else { return nil }
            let m = forum.meeting
            func details(_ date: LocalDate, _ start: TimeOfDay, _ mode: Mode, _ place: Venue.ID?, _ name: String?) -> String {
                let at = mode == .inPerson ? place.map { id in " at \(name ?? venue(id)?.name ?? "another venue")" } ?? "" : ""
                return "\(date.uk) at \(start), \(mode.plainName)\(at)"
            }
            var text = "Changed: first announced for \(details(first.date, first.start, first.mode, first.venue, first.venueName)); "
                + "now \(details(m.date, m.start, m.mode, m.venue, forum.venueName))"
            if let reason = forum.reason.flatMap(nonEmpty) { text += ", because \(Schedule.clause(reason))" }
            return text + "."
        }

        /// "Agenda (UK time)" and one line per part with its clock time, then the finish.
        static func agenda(_ problem: PlanningProblem, area: Area?, meeting m: Meeting) -> String {
            let format =
                area.map { problem.format(for: $0, mode: m.mode) }
                ?? (m.mode == .inPerson ? problem.inPersonFormat : problem.virtualFormat)
            var lines = ["Agenda (UK time)"]
            var clock = m.start
            for part in format.agenda {
                lines.append("\(clock) \(part.title)")
                clock = clock.adding(minutes: part.minutes)
            }
            lines.append("\(m.end) Finish")
            return lines.joined(separator: "\n")
        }

        /// Where, getting there, parking, taxi, travel costs, and the venue's access features.
        static func inPerson(_ problem: PlanningProblem, area: Area?, venue: Venue?) -> [String] {
            guard let venue else {
                return ["Where: the venue will be confirmed in the next newsletter."]
            }
            var travel = [
                "Where: "
                    + [venue.name, venue.address, venue.postcode].map(\.trimmingWhitespace)
                    .filter { !$0.isEmpty }.joined(separator: ", ")
            ]
            travel.append("Getting there: " + transport(venue))
            if let parking = nonEmpty(venue.parkingNote) { travel.append("Parking: " + sentence(parking)) }
            if let taxi = nonEmpty(problem.joining.taxiNote) { travel.append("Taxi: " + sentence(taxi)) }
            if let costs = nonEmpty(problem.joining.reimbursementNote) {
                travel.append("Travel costs: " + sentence(costs))
            }
            return [travel.joined(separator: "\n"), access(problem, area: area, venue: venue)]
        }

        /// The nearest bus stop or station, in the venue's own words and in metres.
        static func transport(_ venue: Venue) -> String {
            var sentences: [String] = []
            if let note = nonEmpty(venue.transportNote) { sentences.append(sentence(note)) }
            if let metres = venue.metresToTransport {
                sentences.append("The nearest bus stop or station is about \(metres) metres away on foot.")
            }
            return sentences.isEmpty
                ? "ask us about the nearest bus stop or station." : sentences.joined(separator: " ")
        }

        /// The required and preferred features, grouped as present, absent and not yet confirmed.
        static func access(_ problem: PlanningProblem, area: Area?, venue: Venue) -> String {
            var features: [Feature] = []
            for feature in problem.baselineFeatures + (area?.needs ?? []) + problem.preferredFeatures
            where !features.contains(feature) {
                features.append(feature)
            }
            var lines = ["Access at this venue"]
            for (value, label) in [(Tristate.yes, "Has"), (.no, "Does not have"), (.unknown, "Not yet confirmed")] {
                let names = features.filter { venue.value(of: $0) == value }.map(\.plainName)
                if !names.isEmpty { lines.append("\(label): " + names.joined(separator: "; ")) }
            }
            return lines.joined(separator: "\n")
        }

        /// How to join online: the link, the phone dial-in (or a placeholder), and captions.
        static func online(_ problem: PlanningProblem) -> String {
            var lines = ["How to join"]
            if let url = nonEmpty(problem.joining.url) {
                lines.append(
                    "On a computer, tablet or phone: open \(url) in your web browser a few minutes "
                        + "before the start. You do not need an account.")
            } else {
                lines.append("On a computer, tablet or phone: the link will be sent before the forum.")
            }
            lines.append(
                "By phone: " + (nonEmpty(problem.joining.dialIn) ?? "the number will be sent before the forum."))
            return lines.joined(separator: "\n")
        }

        /// The generic mailbox, and how early to ask for an interpreter or another format.
        static func contact(_ problem: PlanningProblem, area: Area?) -> String {
            var lines: [String] = []
            if area?.needsInterpreter == true { lines.append("A BSL interpreter is booked for this forum.") }
            let notice = problem.notice
            let ask =
                "Please ask at least \(notice.interpreterRequestDays) days ahead for an interpreter, and "
                + "\(notice.alternativeFormatWorkingDays) working days ahead for papers in large print, easy read "
                + "or another format."
            if let mailbox = nonEmpty(problem.joining.mailbox) {
                lines.append("Questions, or something you need to take part? Email \(mailbox). " + ask)
            } else {
                lines.append(ask)
            }
            return lines.joined(separator: "\n")
        }

        /// The generic mailbox for questions about a cancelled forum, or nothing without one.
        static func questions(_ problem: PlanningProblem) -> String? {
            nonEmpty(problem.joining.mailbox).map { "Questions? Email \($0)." }
        }

        /// `text` ending in a full stop (or its own ! or ?).
        static func sentence(_ text: String) -> String {
            guard let last = text.last, !".!?".contains(last) else { return text }
            return text + "."
        }
    }
}
