import PlannerBench
import Testing

@testable import PlannerCore

/// A rule about several forums added as a rule file alone would be ignored by the search and the
/// exported model (issue 17). These tests list every rule about several forums and fail, naming
/// it, when the search or the export does not read it.
@Suite("Every rule about several forums reaches the search and the export")
struct RuleCoverageTests {
    @Test("the search implements each rule about several forums, or it is priced per option and scored after the search")
    func search() {
        for rule in Rules.planRules {
            var switches = BranchAndBound.Switches()
            let searched = Planner.searchSwitch(rule.id, on: true, in: &switches)
            #expect(searched || rule is any RelaxedPlanRule, "\(rule.id.rawValue): not in Planner.searchSwitch, and not a RelaxedPlanRule")
        }
    }

    @Test("switching a rule about several forums off changes the exported model")
    func export() throws {
        // Generated: balanced rotation, shared regional venues and an interpreter pool; plus a governor.
        var problem = InstanceGenerator.generate(areas: 10, seed: 1, template: TestProblems.template())
        problem.governors = [Governor(id: "governor-1")]
        let whole = try ModelExport.lp(problem)
        for rule in Rules.planRules {
            let without = try ModelExport.lp(problem, disabled: [rule.id])
            #expect(without != whole, "\(rule.id.rawValue): the exported model does not change when it is switched off")
        }
    }
}
