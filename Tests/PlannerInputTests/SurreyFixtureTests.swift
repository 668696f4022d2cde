import PlannerCore
import Testing

@testable import PlannerInput

/// The Surrey 2027/28 fixture loads into the problem the reports describe.
@Suite("Surrey fixture")
struct SurreyFixtureTests {
    static func load() throws -> PlanningProblem {
        try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml"))
    }

    @Test("loads with its six forums: five daytime areas and one evening forum")
    func areas() throws {
        let problem = try Self.load()
        #expect(problem.forumName == "FoCUS")
        #expect(problem.planYear == 2027)
        #expect(problem.areas.count == 6)
        #expect(problem.areas.filter { $0.kind == .daytime }.count == 5)
        #expect(problem.areas.filter { $0.kind == .evening }.map(\.id) == ["surrey-wide-evening"])
        #expect(
            problem.areas.map(\.id.rawValue) == [
                "east-surrey", "north-west-surrey", "surrey-downs", "guildford-waverley", "farnham-north-east-hants",
                "surrey-wide-evening",
            ])
    }
}
