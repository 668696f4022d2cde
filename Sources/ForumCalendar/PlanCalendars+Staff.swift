import PlannerCore

extension PlanCalendars {
    /// Turns a round's staff events (committee, papers, newsletter, deadlines) into calendar events.
    enum StaffEvents {
        /// Where a deadline without a time of its own sits in the day: 09:00–09:30 UK time,
        /// shown as free time. Timed events work the same in Google, Outlook and Apple Calendar,
        /// unlike all-day events, whose handling of reminders and time zones differs.
        static let deadlineStart = TimeOfDay(minutes: 9 * 60)
        static let deadlineMinutes = 30

        /// The event of a scheduled staff event: UID from its id, its SEQUENCE, a reminder the day
        /// before; a cancelled one says so in its title and has no reminder.
        static func event(for scheduled: ScheduledEvent, naming: Naming) -> CalendarEvent {
            var event = event(for: scheduled.event, naming: naming)
            event.sequence = scheduled.sequence
            if scheduled.status == .cancelled {
                event.status = .cancelled
                event.summary = "Cancelled: " + event.summary
                event.alarmMinutesBefore = nil
            }
            return event
        }

        /// The event of `roundEvent`: UID from its id, SEQUENCE 0, a reminder the day before.
        static func event(for roundEvent: RoundEvent, naming: Naming) -> CalendarEvent {
            let timed = roundEvent.start.flatMap { start in roundEvent.end.map { (start, $0) } }
            let (start, end) = timed ?? (deadlineStart, deadlineStart.adding(minutes: deadlineMinutes))
            var description = [roundEvent.detail.trimmingWhitespace].filter { !$0.isEmpty }
            if timed == nil {
                description.append("A deadline for the whole day, shown at \(start)–\(end) UK time as free time.")
            }
            description.append("Staff only: do not share this calendar with attendees.")
            return CalendarEvent(
                uid: naming.uid(roundEvent.id), sequence: 0, status: .confirmed,
                summary: roundEvent.title, description: description.joined(separator: "\n\n"),
                categories: [
                    "\(naming.problem.forumName) staff".replacingAll(",", with: ""), category(roundEvent.kind),
                ],
                start: PlanCalendars.local(roundEvent.date, start), end: PlanCalendars.local(roundEvent.date, end),
                stamp: naming.stamp, alarmMinutesBefore: PlanCalendars.alarmMinutesBefore,
                transparent: timed == nil)
        }

        /// One plain category per kind of event.
        static func category(_ kind: RoundEvent.Kind) -> String {
            switch kind {
            case .committee: return "Committee"
            case .committeePapers: return "Committee papers"
            case .newsletterCopyDeadline: return "Newsletter copy deadline"
            case .newsletter: return "Newsletter"
            case .boardResponseDeadline: return "Feedback-board deadline"
            case .venueBookingDeadline: return "Venue booking deadline"
            }
        }
    }
}
