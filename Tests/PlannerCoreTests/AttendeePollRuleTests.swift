import Testing
@testable import PlannerCore

/// `attendee-poll`: a poll row's "no" and "if need be" counts cost points; the exact start time wins
/// over the whole day; a date the poll did not ask about, or no poll, costs nothing.
@Suite("Attendee poll rule")
struct AttendeePollRuleTests {
    static let problem: PlanningProblem = {
        var p = RuleTests.problem
        let day = TestProblems.date("2027-09-07")
        p.poll = AvailabilityPoll(rows: [
            AvailabilityPoll.Row(round: 1, area: "area-1", date: day, start: nil, yes: 3, ifNeedBe: 2, no: 4),
            AvailabilityPoll.Row(round: 1, area: "area-1", date: day, start: TestProblems.time("10:00"), yes: 1, ifNeedBe: 0, no: 6),
            AvailabilityPoll.Row(round: 1, area: "area-1", date: TestProblems.date("2027-09-08"), start: nil, yes: 9, ifNeedBe: 0, no: 0),
        ])
        return p
    }()

    @Test("a row for the exact start: each no costs poll_no")
    func exactStart() {
        let c = RuleContext(Self.problem)
        let v = AttendeePollRule().check(RuleTests.good(), in: c)
        #expect(v?.rule == .attendeePoll)
        #expect(v?.penalty == 30)
        #expect(v?.forums == ["2027-r1-area-1"])
        #expect(v?.message == "the availability poll for Tue 7 Sep 2027 at 10:00: 6 cannot come")
        #expect(AttendeePollRule().penalty(RuleTests.good(), in: c) == 30)
    }

    @Test("a whole-day row for another start time: no and if need be")
    func wholeDay() {
        let c = RuleContext(Self.problem)
        let later = RuleTests.good { $0.start = TestProblems.time("11:30"); $0.end = TestProblems.time("14:30") }
        let v = AttendeePollRule().check(later, in: c)
        #expect(v?.rule == .attendeePoll)
        #expect(v?.penalty == 4 * 5 + 2 * 2)
        #expect(v?.message == "the availability poll for Tue 7 Sep 2027: 4 cannot come and 2 can come only if need be")
        #expect(AttendeePollRule().penalty(later, in: c) == 24)
    }

    @Test("nothing for everyone yes, a date or area not asked about, weights of 0, or no poll")
    func passing() {
        let c = RuleContext(Self.problem)
        #expect(AttendeePollRule().check(RuleTests.good { $0.date = TestProblems.date("2027-09-08") }, in: c) == nil)
        #expect(AttendeePollRule().check(RuleTests.good { $0.date = TestProblems.date("2027-09-09") }, in: c) == nil)
        #expect(AttendeePollRule().check(RuleTests.good { $0.area = "area-2"; $0.id = "2027-r1-area-2" }, in: c) == nil)
        #expect(AttendeePollRule().check(RuleTests.good { $0.round = 2 }, in: c) == nil)
        var off = Self.problem
        off.weights.pollNo = 0
        off.weights.pollIfNeedBe = 0
        #expect(AttendeePollRule().check(RuleTests.good(), in: RuleContext(off)) == nil)
        #expect(AttendeePollRule().penalty(RuleTests.good(), in: RuleContext(off)) == 0)
        #expect(AttendeePollRule().check(RuleTests.good(), in: RuleTests.context) == nil)
        #expect(Rules.meetingRules.contains { $0.id == .attendeePoll })
    }
}
