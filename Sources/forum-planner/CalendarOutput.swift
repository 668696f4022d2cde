import ForumCalendar
import PlannerCore

/// The calendar files of a plan, written next to plan.json by `forum-planner plan`.
enum CalendarOutput {
    /// `forums.ics`, one `area-<id>.ics` per area and `coordinators.ics`, sorted by name.
    ///
    /// - Throws: `Failure.cannotWrite` with the calendar error's sentence when a file cannot be made.
    static func files(_ plan: Plan, problem: PlanningProblem) throws -> [(name: String, contents: String)] {
        do {
            return try PlanCalendars.files(for: plan, problem: problem).map { (name: $0.name, contents: $0.text) }
        } catch {
            throw Failure.cannotWrite("Cannot make the calendars: \(error)")
        }
    }
}
