import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// The option builder asks the rules about one meeting `isBroken` and `penalty` rather than
/// `check`; on every meeting, breaking or not, their answers must be the ones `check` gives.
@Suite("Rule answers without words")
struct RuleAnswerTests {
    /// Meetings of every area (and an unknown one) on every day of the forum months of the rounds
    /// before, during and after the year, online and in person at every venue (and none, and an
    /// unknown one), at each format's start times and one outside every window.
    static func meetings(_ p: PlanningProblem) -> [Meeting] {
        let context = RuleContext(p)
        let unknownArea = Area(id: "nowhere", name: "Nowhere", kind: .daytime, group: "none", leads: ["nobody"], needs: [], expectedAttendance: 1)
        let places: [(Mode, Venue.ID?)] =
            [(.virtual, nil), (.virtual, p.venues.first?.id), (.inPerson, nil), (.inPerson, "no-such-venue")]
            + p.venues.map { (.inPerson, $0.id) }
        var result: [Meeting] = []
        for round in 0...(p.roundCount + 1) {
            for area in p.areas + [unknownArea] {
                let facilitators = context.facilitators(for: area)
                for (i, date) in p.rounds.forumMonth(ofRound: round).days.enumerated() {
                    for (mode, venue) in places {
                        let starts = p.format(for: area, mode: mode).startTimes + [TimeOfDay(minutes: 7 * 60)]
                        let start = starts[i % starts.count]
                        result.append(
                            Meeting(
                                id: p.forumID(round: round, area: area.id), round: round, area: area.id, mode: mode, date: date,
                                start: start, end: start.adding(minutes: p.format(for: area, mode: mode).minutes), venue: venue,
                                facilitators: facilitators))
                    }
                }
            }
        }
        return result
    }

    /// The rule test problem, a variant whose venue 1 breaks every venue rule, whose forums can
    /// only be announced late, which has an attendee poll and is re-planned in the middle of round 1,
    /// and the Surrey fixture.
    static func problems() throws -> [PlanningProblem] {
        var broken = RuleTests.problem
        broken.venues[0].features[Feature("hearing_loop_room")] = .unknown
        broken.venues[0].features[Feature("calm_space")] = .no
        broken.venues[0].capacity = 5
        broken.venues[0].metresToTransport = nil
        broken.venues[1].metresToTransport = 2000
        broken.areas[1].needs = [Feature("lift"), Feature("calm_space")]
        broken.notice.announceFrom = TestProblems.date("2027-08-01")
        broken.notice.minimumNoticeDays = 35
        broken.poll = AttendeePollRuleTests.problem.poll
        // Re-planned on 10 Sep: area 0's round-1 forum was held on 7 Sep, area 1's is published for 20 Sep.
        broken.today = TestProblems.date("2027-09-10")
        broken.pins = [
            Pin(forum: broken.forumID(round: 1, area: broken.areas[0].id), date: TestProblems.date("2027-09-07"), start: TimeOfDay(minutes: 600), mode: .virtual, venue: nil),
            Pin(forum: broken.forumID(round: 1, area: broken.areas[1].id), date: TestProblems.date("2027-09-20"), start: TimeOfDay(minutes: 600), mode: .virtual, venue: nil),
        ]
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        let surrey = try PlanFile.load(path: root.path + "/Fixtures/surrey-2027-28/plan.yaml")
        return [RuleTests.problem, broken, surrey]
    }

    @Test("isBroken and penalty agree with check (rule test problem, a broken variant and the Surrey fixture)")
    func agreeWithCheck() throws {
        var checked = 0
        var broken: [RuleID: Int] = [:]
        var disagreements: [String] = []
        for p in try Self.problems() {
            let context = RuleContext(p)
            for m in Self.meetings(p) {
                for rule in Rules.meetingRules {
                    let violation = rule.check(m, in: context)
                    checked += 1
                    if violation != nil { broken[rule.id, default: 0] += 1 }
                    let answers = (rule.isBroken(m, in: context), rule.penalty(m, in: context))
                    if answers != (violation != nil, violation?.penalty ?? 0) {
                        disagreements.append("\(rule.id.rawValue) on \(m.id) \(m.mode) \(m.date) \(m.start) \(m.venue?.rawValue ?? "-"): \(answers)")
                    }
                }
            }
        }
        #expect(disagreements.prefix(10).joined(separator: "\n") == "")
        // Every rule about one meeting was seen breaking, so both branches were compared.
        #expect(Set(Rules.meetingRules.map(\.id)).subtracting(broken.keys).isEmpty, "\(broken)")
        #expect(checked > 100_000)
    }
}
