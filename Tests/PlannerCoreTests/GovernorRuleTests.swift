import Testing

@testable import PlannerCore

/// `governor-at-forum`: the matching per day, one forum a day per governor, the areas a governor
/// covers and the days they are away; and that the rule says nothing when no governor is listed.
@Suite("Rule: governor at forum")
struct GovernorRuleTests {
    static func date(_ s: String) -> LocalDate { TestProblems.date(s) }

    /// The tiny problem (areas 1 and 2 and the evening forum) with these governors.
    static func context(_ governors: [Governor], weight: Int = 10) -> RuleContext {
        var p = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 21, balanced: false)
        p.governors = governors
        p.weights.governorAtForum = weight
        return RuleContext(p)
    }

    /// Area `area`'s round-1 forum online on `day` (September 2027).
    static func forum(_ area: String, _ day: String) -> Meeting {
        Meeting(
            id: ForumID("2027-r1-\(area)"), round: 1, area: Area.ID(area), mode: .virtual, date: date(day),
            start: TestProblems.time("10:15"), end: TestProblems.time("12:15"), venue: nil, facilitators: [])
    }

    static let rule = GovernorAtForumRule()

    @Test("two forums on one day, two governors: the one who covers both goes where only they can (an augmenting path)")
    func matching() {
        // Area 1 is seen first and takes governor-1; area 2 needs governor-1, so area 1 moves to governor-2.
        let governors = [Governor(id: "governor-1"), Governor(id: "governor-2", areas: ["area-1"])]
        let meetings = [Self.forum("area-1", "2027-09-07"), Self.forum("area-2", "2027-09-07")]
        let matching = GovernorMatching(meetings, governors: governors)
        #expect(matching.governor == ["2027-r1-area-1": "governor-2", "2027-r1-area-2": "governor-1"])
        #expect(Self.rule.check(meetings, in: Self.context(governors)).isEmpty)
    }

    @Test("a governor attends at most one forum a day: the second forum of the day has none")
    func oneADay() {
        let governors = [Governor(id: "governor-1")]
        let sameDay = [Self.forum("area-1", "2027-09-07"), Self.forum("area-2", "2027-09-07")]
        let violations = Self.rule.check(sameDay, in: Self.context(governors))
        #expect(violations.map(\.description) == [
            "[governor-at-forum] no governor left: those free on Tue 7 Sep 2027 are expected at the Area 1 forum"
        ])
        #expect(violations.map(\.rule) == [.governorAtForum] && violations.map(\.penalty) == [10])
        #expect(violations.map(\.forums) == [["2027-r1-area-2"]] && violations.map(\.dates) == [[Self.date("2027-09-07")]])
        // On two days, the same governor attends both.
        let twoDays = [Self.forum("area-1", "2027-09-07"), Self.forum("area-2", "2027-09-08")]
        #expect(Self.rule.check(twoDays, in: Self.context(governors)).isEmpty)
        #expect(GovernorMatching(twoDays, governors: governors).governor.count == 2)
    }

    @Test("a governor covers only their areas, and not on the days they are away")
    func coverAndAvailability() {
        let governors = [Governor(id: "governor-1", unavailable: [Self.date("2027-09-08")], areas: ["area-1"])]
        let meetings = [Self.forum("area-1", "2027-09-07"), Self.forum("area-2", "2027-09-07"), Self.forum("evening", "2027-09-08")]
        let context = Self.context(governors)
        #expect(Self.rule.check(meetings, in: context).map(\.description) == [
            "[governor-at-forum] no governor who covers the Area 2 forum is free on Tue 7 Sep 2027",
            "[governor-at-forum] no governor who covers the Evening forum is free on Wed 8 Sep 2027",
        ])
        // The per-option part: only where no governor who covers the area is free that day.
        #expect(meetings.map { Self.rule.optionPenalty($0, in: context) } == [0, 10, 10])
        let away = Self.forum("area-1", "2027-09-08")
        #expect(Self.rule.optionPenalty(away, in: context) == 10)
        #expect(Self.rule.check([away], in: context).map(\.message) == ["no governor who covers the Area 1 forum is free on Wed 8 Sep 2027"])
    }

    @Test("no governors listed, or a weight of 0: the rule charges nothing")
    func noEffect() {
        let meetings = [Self.forum("area-1", "2027-09-07"), Self.forum("area-2", "2027-09-07")]
        for context in [Self.context([]), Self.context([Governor(id: "governor-1", areas: ["area-1"])], weight: 0)] {
            #expect(Self.rule.check(meetings, in: context).isEmpty)
            #expect(meetings.allSatisfy { Self.rule.optionPenalty($0, in: context) == 0 })
        }
        // The plain checker lists the rule among those about several forums, and the search reads it.
        #expect(Rules.planRules.contains { $0.id == .governorAtForum })
        #expect(Rules.relaxedPlanRules.map(\.id) == [.governorAtForum])
        #expect(!RuleID.governorAtForum.isHard)
    }

    @Test("coverage per round counts the forums with a governor and names those without")
    func coverage() {
        let governors = [Governor(id: "governor-1")]
        var later = Self.forum("area-1", "2027-12-07")
        later.id = "2027-r2-area-1"
        later.round = 2
        let meetings = [Self.forum("area-1", "2027-09-07"), Self.forum("area-2", "2027-09-07"), later]
        let coverage = GovernorMatching.coverage(meetings, governors: governors)
        #expect(coverage.map(\.round) == [1, 2])
        #expect(coverage.map(\.forums) == [2, 1] && coverage.map(\.withGovernor) == [1, 1])
        #expect(coverage.map { $0.without.map(\.id) } == [["2027-r1-area-2"], []])
    }
}
