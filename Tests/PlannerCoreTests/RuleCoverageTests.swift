import PlannerBench
import Testing

@testable import PlannerCore

/// A rule about several forums is declared once, as building blocks (`RuleBlock`) that the
/// checker, the search, the decomposition, the exported model and the explainer read (issue 17).
/// These tests list every rule about several forums and fail, naming it, when it declares no
/// block, when switching it off does not remove exactly its blocks, or when the search or the
/// export would not keep what it declares.
@Suite("Every rule about several forums is building blocks that reach the search and the export")
struct RuleCoverageTests {
    /// Generated: balanced rotation, shared regional venues and an interpreter pool; plus a governor.
    static func problem() -> PlanningProblem {
        var problem = InstanceGenerator.generate(areas: 10, seed: 1, template: TestProblems.template())
        problem.governors = [Governor(id: "governor-1")]
        return problem
    }

    @Test("every RuleID about several forums is a rule in Rules.planRules, and every one declares blocks")
    func everyRuleDeclaresBlocks() {
        let context = RuleContext(Self.problem())
        let listed = Set(Rules.planRules.map(\.id))
        let aboutOneForum = Set(Rules.meetingRules.map(\.id))
        for id in RuleID.allCases {
            #expect(listed.contains(id) || aboutOneForum.contains(id), "\(id.rawValue): in no rule list")
        }
        for rule in Rules.planRules {
            #expect(!rule.blocks(in: context).isEmpty, "\(rule.id.rawValue): a rule about several forums that declares no building block")
        }
    }

    @Test("switching a rule about several forums off removes exactly its blocks")
    func switchingOffRemovesItsBlocks() {
        let context = RuleContext(Self.problem())
        let all = Rules.blocks(in: context)
        for rule in Rules.planRules {
            let without = Rules.blocks(in: context, disabled: [rule.id])
            #expect(without == all.filter { $0.rule != rule.id }, "\(rule.id.rawValue): switching it off does not remove exactly its blocks")
            #expect(all.contains { $0.rule == rule.id }, "\(rule.id.rawValue): no block")
        }
    }

    @Test("the search keeps every block every rule declares, in balanced and table rotation")
    func searchKeepsEveryBlock() {
        var table = TestProblems.tiny(areas: 3, rounds: 3, latestDay: 8, balanced: false)
        table.governors = [Governor(id: "governor-1")]
        for problem in [Self.problem(), table] {
            let context = RuleContext(problem)
            for (rule, reason) in BranchAndBound.Switches.unsupported(Rules.blocks(in: context), context: context) {
                Issue.record("\(rule.rawValue): the search does not keep its block: \(reason)")
            }
        }
        // A block of a shape the search does not keep is named (the self-check would catch its plan).
        let context = RuleContext(table)
        let odd = NoDayFreeRule().blocks(in: context).map { DeclaredBlock(rule: .facilitatorOnePlaceADay, block: $0) }
        #expect(BranchAndBound.Switches.unsupported(odd, context: context).map(\.reason) == ["a day capacity below 1"])
    }

    @Test("the search's capacities and rules come from the blocks: a rule switched off leaves nothing of it")
    func switchesFromBlocks() {
        let problem = Self.problem()
        let context = RuleContext(problem)
        // Whether the switches keep something of the rule.
        let kept: [(RuleID, (BranchAndBound.Switches) -> Bool)] = [
            (.facilitatorOnePlaceADay, \.facilitators),
            (.inPersonQuota, { !($0.rules?.roundCounts.isEmpty ?? true) }),
            (.areaGetsBothModes, { $0.rules?.sequences.values.joined().contains { $0.bothModes } ?? false }),
            (.noLongModeRuns, { $0.rules?.sequences.values.joined().contains { $0.maxRun != nil } ?? false }),
            (.weekdayAndTimeVariety, { !($0.rules?.sameWeekday.isEmpty ?? true) && !($0.rules?.sameStart.isEmpty ?? true) }),
            (.spreadRound, { !($0.rules?.adjacentDays.isEmpty ?? true) }),
        ]
        let on = BranchAndBound.Switches(blocks: Rules.blocks(in: context), problem: problem)
        for (rule, keeps) in kept { #expect(keeps(on), "\(rule.rawValue): not kept when it is on") }
        let capacities = on.capacities ?? []
        #expect(capacities.count == problem.facilitators.count + problem.venues.count + problem.interpreterPools.count)
        for (rule, keeps) in kept {
            let switches = BranchAndBound.Switches(blocks: Rules.blocks(in: context, disabled: [rule]), problem: problem)
            #expect(!keeps(switches), "\(rule.rawValue): something of it stays when it is switched off")
        }
        let noVenues = BranchAndBound.Switches(blocks: Rules.blocks(in: context, disabled: [.venueOneBookingADay]), problem: problem)
        #expect(noVenues.capacities?.count == problem.facilitators.count + problem.interpreterPools.count)
    }

    @Test("switching a rule about several forums off changes the exported model")
    func export() throws {
        let problem = Self.problem()
        let whole = try ModelExport.lp(problem)
        for rule in Rules.planRules {
            let without = try ModelExport.lp(problem, disabled: [rule.id])
            #expect(without != whole, "\(rule.id.rawValue): the exported model does not change when it is switched off")
        }
    }
}
