import Foundation
import PlannerCore
import Testing

@testable import PlannerInput

/// `governors:` in the plan file: role ids only, dates as for facilitators, optional areas.
@Suite("Plan file: governors")
struct GovernorReaderTests {
    /// The minimal plan with `governors` (the given lines) after its facilitators.
    static func plan(_ governors: String) -> String {
        TestPlans.minimal(replacing: [("areas:\n", "governors:\n" + governors + "areas:\n")])
    }

    @Test("governors are read with their days and areas; none listed gives none")
    func reads() throws {
        let problem = try PlanFile.load(
            text: Self.plan(
                """
                  - id: governor-1
                    unavailable: [2027-06-08, 2027-09-01 to 2027-09-03]
                  - id: public-governor-east-surrey-2
                    areas: [east-surrey]

                """), fileName: "plan.yaml")
        #expect(problem.governors.map(\.id.rawValue) == ["governor-1", "public-governor-east-surrey-2"])
        #expect(problem.governors[0].areas == nil)
        #expect(problem.governors[0].unavailable.map(\.iso).sorted() == ["2027-06-08", "2027-09-01", "2027-09-02", "2027-09-03"])
        #expect(problem.governors[1].areas == ["east-surrey"])
        #expect(try PlanFile.load(text: TestPlans.minimal(), fileName: "plan.yaml").governors.isEmpty)
    }

    @Test(
        "bad governors give the whole expected error text",
        arguments: [
            (
                "  - id: jane-smith\n",
                "plan.yaml:15: governors[0].id: \"jane-smith\" is not a governor role id (expected \(GovernorRoleID.expected))"
            ),
            (
                "  - id: governor-jane-1\n",
                "plan.yaml:15: governors[0].id: \"governor-jane-1\" is not a governor role id (expected \(GovernorRoleID.expected))"
            ),
            (
                "  - id: governor\n",
                "plan.yaml:15: governors[0].id: \"governor\" is not a governor role id (expected \(GovernorRoleID.expected))"
            ),
            (
                "  - id: Governor 1\n",
                "plan.yaml:15: governors[0].id: \"Governor 1\" is not an id (expected lower-case letters, digits and hyphens, e.g. governor-1)"
            ),
            (
                "  - id: governor-1\n  - id: governor-1\n",
                "plan.yaml:16: governors[1].id: duplicate governor id `governor-1`, first used at line 15 (expected every governor to have its own id)"
            ),
            (
                "  - id: governor-1\n    areas: [east-sury]\n",
                "plan.yaml:16: governors[0].areas[0]: unknown area `east-sury`: did you mean `east-surrey`? (expected one of: east-surrey, surrey-wide-evening)"
            ),
            (
                "  - id: governor-1\n    areas: []\n",
                "plan.yaml:16: governors[0].areas: is an empty list (expected the ids of the areas this governor covers; leave `areas` out for every area)"
            ),
            (
                "  - id: governor-1\n    unavailable: [2027-09-03 to 2027-09-01]\n",
                "plan.yaml:16: governors[0].unavailable[0]: \"2027-09-03 to 2027-09-01\" ends before it starts (expected the first date, then `to`, then a later date)"
            ),
            (
                "  - id: governor-1\n    name: Jane Smith\n",
                "plan.yaml:16: governors[0]: unknown key `name` (expected one of: id, unavailable, areas)"
            ),
        ])
    func refused(lines: String, error: String) {
        let thrown = #expect(throws: InputError.self) { try PlanFile.load(text: Self.plan(lines), fileName: "plan.yaml") }
        #expect(thrown?.description == error)
    }

    @Test("role ids: the word governor, a number last, role words and area words only")
    func roleIDs() {
        let areas = ["east-surrey", "guildford-waverley"]
        for good in ["governor-1", "lead-governor-2", "public-governor-east-surrey-3", "staff-governor-2027-1", "governor-guildford-1"] {
            #expect(GovernorRoleID.isValid(good, areaIDs: areas), "\(good)")
        }
        for bad in ["governor", "jane-1", "jane-governor-1", "governor-1-jane", "governor-smith-2", "1-2", "governor-one"] {
            #expect(!GovernorRoleID.isValid(bad, areaIDs: areas), "\(bad)")
        }
    }

    @Test("the governors fixture loads: four governors, Surrey's areas and venues from the included files")
    func fixture() throws {
        let problem = try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28-governors/plan.yaml"))
        let surrey = try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml"))
        #expect(problem.governors.map(\.id.rawValue) == ["governor-1", "governor-2", "governor-3", "lead-governor-1"])
        #expect(problem.governors[3].areas == nil && problem.governors[1].areas == ["guildford-waverley"])
        #expect(problem.venues == surrey.venues && problem.areas == surrey.areas && surrey.governors.isEmpty)
    }

    @Test("the plan writer writes governors back as they were read")
    func roundTrip() throws {
        let problem = try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28-governors/plan.yaml"))
        let again = try PlanFile.load(text: PlanWriter.text(problem), fileName: "written.yaml")
        #expect(again.governors == problem.governors)
        #expect(again.weights.governorAtForum == 10)
    }
}
