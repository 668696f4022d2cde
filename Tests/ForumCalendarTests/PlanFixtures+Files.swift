import ForumCalendar
import PlannerCore
import TestSupport

extension PlanFixtures {
    /// The rendered files of the fixture plan, by name.
    static func files(_ plan: Plan = plan(), problem: PlanningProblem = problem()) throws -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: try PlanCalendars.files(for: plan, problem: problem).map { ($0.name, $0.text) })
    }
}
