import PlannerBench
import Testing
@testable import PlannerCore

/// The synthetic plans of `forum-planner bench`: the requested size, the same plan for the same seed.
@Suite("Plan generator")
struct PlanGeneratorTests {
    @Test("gives exactly the requested forum events, planned plus cancelled", arguments: [0, 1, 7, 24, 250])
    func count(forums: Int) {
        let (problem, plan) = PlanGenerator.generate(forums: forums, seed: 3, template: TestProblems.template())
        #expect(plan.forums.count + plan.cancelled.count == forums)
        #expect(problem.pins.count == forums)
        #expect(Set(plan.forums.map(\.meeting.id)).count == plan.forums.count)
        #expect(plan.forums.allSatisfy { problem.area($0.meeting.area) != nil })
    }

    @Test("a larger plan has moved forums (SEQUENCE 1), a withdrawn area's cancelled forums and round events")
    func content() {
        let (problem, plan) = PlanGenerator.generate(forums: 250, seed: 3, template: TestProblems.template())
        let pins = Dictionary(uniqueKeysWithValues: problem.pins.map { ($0.forum, $0) })
        let moved = Set(plan.forums.filter { pins[$0.meeting.id]?.date != $0.meeting.date }.map(\.meeting.id))
        #expect(!moved.isEmpty)
        #expect(plan.forums.allSatisfy { $0.sequence == (moved.contains($0.meeting.id) ? 1 : 0) })
        let areaForums = Set(problem.areas.flatMap { area in (1...problem.roundCount).map { problem.forumID(round: $0, area: area.id) } })
        #expect(!plan.cancelled.isEmpty)
        #expect(plan.cancelled.allSatisfy { !areaForums.contains($0.forum) })
        #expect(plan.events.contains { $0.kind == .venueBookingDeadline })
        #expect(plan.forums.contains { $0.meeting.mode == .inPerson && $0.meeting.venue != nil })
    }

    @Test("the same seed gives the same plan; another seed another")
    func deterministic() {
        let template = TestProblems.template()
        let first = PlanGenerator.generate(forums: 100, seed: 5, template: template)
        let again = PlanGenerator.generate(forums: 100, seed: 5, template: template)
        let other = PlanGenerator.generate(forums: 100, seed: 6, template: template)
        #expect(first.plan.forums == again.plan.forums)
        #expect(first.plan.events == again.plan.events)
        #expect(first.plan.cancelled == again.plan.cancelled)
        #expect(first.problem.pins == again.problem.pins)
        #expect(first.plan.forums != other.plan.forums)
    }

    @Test("an expense's plain name is its raw value with spaces for underscores")
    func expenseNames() {
        for expense in Expense.allCases {
            #expect(expense.plainName == String(expense.rawValue.map { $0 == "_" ? " " : $0 }))
        }
    }
}
