import PlannerCore

extension PlanCalendars {
    /// What every file and event of one plan shares: UID domain, PRODID, DTSTAMP, ORGANIZER.
    struct Naming {
        let problem: PlanningProblem
        /// The right-hand side of every UID, e.g. `focus-forum-planner`: from the forum's
        /// configured name only, so UIDs never depend on dates, venues or mailboxes.
        let uidDomain: String
        /// DTSTAMP of every event: the plan's stamp date at 00:00:00Z, never the clock.
        let stamp: CalendarUTCDateTime
        /// `2027/28`
        let yearName: String

        init(_ problem: PlanningProblem) {
            self.problem = problem
            uidDomain = Naming.slug(problem.forumName) + "-forum-planner"
            stamp = CalendarUTCDateTime(
                year: problem.stamp.year, month: problem.stamp.month, day: problem.stamp.day, hour: 0, minute: 0)
            let next = (problem.planYear + 1) % 100
            yearName = "\(problem.planYear)/\(next < 10 ? "0" : "")\(next)"
        }

        /// The UID of a forum or staff event: `<id>@<uidDomain>`, e.g. `2027-r1-east-surrey@focus-forum-planner`.
        func uid(_ id: String) -> String { "\(id)@\(uidDomain)" }

        /// Tells subscribers how fast changes arrive (calendar-rules.md N2).
        var refreshNote: String {
            "Changes can take a day to appear in a subscribed calendar."
        }

        /// The generic mailbox as ORGANIZER, or none when the plan has no mailbox.
        var organizer: CalendarOrganizer? {
            let mailbox = problem.joining.mailbox.trimmingWhitespace
            guard !mailbox.isEmpty else { return nil }
            return CalendarOrganizer(name: "\(problem.forumName) team", email: mailbox)
        }

        /// A calendar with the shared header values.
        func document(name: String, description: String, events: [CalendarEvent]) -> CalendarDocument {
            CalendarDocument(
                name: name, description: description,
                productID: "-//\(problem.forumName) forum planner//Calendars//EN",
                refreshHours: PlanCalendars.refreshHours, organizer: organizer, events: events)
        }

        /// A lower-case, hyphenated form of `text`: `FoCUS` gives `focus`, `Carers' Forum` gives `carers-forum`.
        static func slug(_ text: String) -> String {
            var result = ""
            for character in text.lowercased() {
                if character.isASCII && (character.isLetter || character.isNumber) {
                    result.append(character)
                } else if character != "'" && character != "’" && !result.isEmpty && result.last != "-" {
                    result.append("-")
                }
            }
            while result.last == "-" { result.removeLast() }
            return result.isEmpty ? "forum" : result
        }
    }
}

extension PlanCalendars {
    /// Europe/London wall-clock time of `time` on `date`.
    static func local(_ date: LocalDate, _ time: TimeOfDay) -> CalendarLocalDateTime {
        CalendarLocalDateTime(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
    }
}
