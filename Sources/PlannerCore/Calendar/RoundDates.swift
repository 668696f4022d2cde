/// The dates of a round's other events, derived from the policy: newsletter, committee, papers,
/// copy deadline. Rounds before the first (0, -1, ...) are the previous year's, continued quarterly,
/// so that the first rounds of a year know which newsletters announced them.
public struct RoundDates: Sendable {
    public let problem: PlanningProblem
    public init(_ problem: PlanningProblem) { self.problem = problem }

    private var calendars: DateCalendars { problem.calendars }

    /// The last working day on or before `date`.
    public func workingDay(onOrBefore date: LocalDate) -> LocalDate {
        var d = date
        while !calendars.isWorkingDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// Publication date of round `round`'s month-3 newsletter (announcing the next two rounds).
    public func newsletter(ofRound round: Int) -> LocalDate {
        let month = problem.rounds.forumMonth(ofRound: round).adding(months: 2)
        let day = min(max(problem.notice.newsletterDay, 1), LocalDate.daysIn(year: month.year, month: month.month))
        return workingDay(onOrBefore: LocalDate(civilYear: month.year, month: month.month, day: day))
    }

    /// The newsletter that first announces round `round` (the one two rounds before, or the one
    /// just before if the plan cannot be announced that early); nil if no newsletter before the
    /// round can announce it.
    public func announcingNewsletter(forRound round: Int) -> (round: Int, date: LocalDate)? {
        for earlier in [round - 2, round - 1] {
            let date = newsletter(ofRound: earlier)
            if let from = problem.notice.announceFrom, date < from { continue }
            return (earlier, date)
        }
        return nil
    }

    /// The committee at the end of month 2: the latest Tuesday–Thursday among the last working days
    /// of the month that is in school term, else the latest such working day, else the last working day.
    public func committee(ofRound round: Int) -> LocalDate {
        let month = problem.rounds.forumMonth(ofRound: round).adding(months: 1)
        var lastWorking: [LocalDate] = []
        var d = month.lastDay
        while lastWorking.count < max(problem.notice.committeeLastWorkingDays, 1), d >= month.firstDay {
            if calendars.isWorkingDay(d) { lastWorking.append(d) }
            d = d.adding(days: -1)
        }
        let midweek = lastWorking.filter { [.tuesday, .wednesday, .thursday].contains($0.weekday) }
        if let inTerm = midweek.first(where: { calendars.schoolHoliday(on: $0) == nil }) { return inTerm }
        return midweek.first ?? lastWorking.first ?? month.lastDay
    }

    /// Committee papers are published this many days before the committee, on a working day.
    public func papers(ofRound round: Int) -> LocalDate {
        workingDay(onOrBefore: committee(ofRound: round).adding(days: -problem.notice.papersDaysBefore))
    }

    /// The day a venue must be booked by for a forum on `forumDate`: `leadDays` before it, moved
    /// back to a working day, and no later than `announced`, the newsletter that first announces
    /// the forum. `byNewsletter` is true when the newsletter set the day. The one rule for both the
    /// coordinators' calendar and `check-notice`.
    public func venueBookingDeadline(forumDate: LocalDate, leadDays: Int, announced: LocalDate?) -> (date: LocalDate, byNewsletter: Bool) {
        let due = workingDay(onOrBefore: forumDate.adding(days: -leadDays))
        if let announced, announced < due { return (announced, true) }
        return (due, false)
    }

    /// Newsletter copy deadline: the last working day of month 2, after the committee.
    public func copyDeadline(ofRound round: Int) -> LocalDate {
        let month = problem.rounds.forumMonth(ofRound: round).adding(months: 1)
        return max(workingDay(onOrBefore: month.lastDay), committee(ofRound: round))
    }
}
