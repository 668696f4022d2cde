import Foundation
import Testing

/// The attendee poll fixture (`Fixtures/surrey-2027-28-poll/`) through the built binary: the linear
/// relaxation's dive proves its plan (no forum-by-forum search), HiGHS finds the same optimum on the
/// exported model (which carries the poll's costs), and the poll moves forums.
@Suite("Attendee poll fixture")
struct PollFixtureCommandTests {
    @Test("the poll fixture: proven optimal by the linear relaxation, HiGHS's optimum on the exported model, start times moved")
    func pollFixture() throws {
        let folder = GenerateCommandTests.temporaryFolder("export-poll")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outputs = try ExportModelCommandTests.planExportAndCheck(
            config: "Fixtures/surrey-2027-28-poll/plan.yaml", folder: folder, formats: ["lp"])
        #expect(outputs == ["check_model: \(folder)/model.lp: HiGHS optimum 436 = planner objective 436 (optimal); the plan is feasible in the model at 436\n"])
        let plan = try PlanCommandTests.json(folder + "/plan/plan.json")
        #expect(plan["status"] as? String == "optimal")
        let proof = try #require(plan["proof"] as? [String: Any])
        #expect(proof["method"] as? String == "linear-relaxation")
        let parts = try #require(proof["parts"] as? [[String: Any]])
        #expect(parts.allSatisfy { ($0["group_search_stepped_aside"] as? String) == nil })
        let forums = try #require(plan["forums"] as? [[String: Any]])
        let starts = Dictionary(uniqueKeysWithValues: forums.compactMap { f in (f["id"] as? String).map { ($0, "\(f["date"] ?? "") \(f["start"] ?? "")") } })
        // Without the poll (Surrey's plan) this forum is on Mon 14 Jun at 10:00, where 5 answered no.
        #expect(starts["2027-r1-farnham-north-east-hants"] == "2027-06-10 11:30")
        #expect(plan["objective"] as? Int == 436)
    }
}
