import Testing
@testable import PlannerCore

/// One breaking and one passing case per rule, asserting the identity of the rule that reports.
@Suite("Rules")
struct RuleTests {
    static let problem: PlanningProblem = {
        var p = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 21, balanced: false)
        p.calendars = DateCalendars(
            bankHolidays: [NamedDate(date: TestProblems.date("2027-09-13"), name: "Test bank holiday")],
            schoolHolidays: [Holiday(name: "Test half term", dates: DateRange(first: TestProblems.date("2027-09-20"), last: TestProblems.date("2027-09-24")), estimated: true)],
            observances: [NamedDate(date: TestProblems.date("2027-09-09"), name: "Test festival", beginsEveBefore: true)])
        p.facilitators[0].unavailable = [TestProblems.date("2027-09-16")]
        p.venues[0].unavailable = [TestProblems.date("2027-09-15")]
        p.pins = [Pin(forum: "2027-r2-area-2", date: TestProblems.date("2027-12-07"), start: TestProblems.time("10:00"), mode: .inPerson, venue: "venue-2")]
        return p
    }()
    static let context = RuleContext(problem)

    /// Area 1, round 1, in person at venue 1 on Tue 7 Sep 2027 10:00–13:00: keeps every rule.
    static func good(_ change: (inout Meeting) -> Void = { _ in }) -> Meeting {
        var m = Meeting(id: "2027-r1-area-1", round: 1, area: "area-1", mode: .inPerson, date: TestProblems.date("2027-09-07"), start: TestProblems.time("10:00"), end: TestProblems.time("13:00"), venue: "venue-1", facilitators: ["coord"])
        change(&m)
        return m
    }

    static func evening(_ change: (inout Meeting) -> Void = { _ in }) -> Meeting {
        var m = Meeting(id: "2027-r1-evening", round: 1, area: "evening", mode: .virtual, date: TestProblems.date("2027-09-07"), start: TestProblems.time("18:15"), end: TestProblems.time("20:15"), venue: nil, facilitators: ["coord"])
        change(&m)
        return m
    }

    static func date(_ s: String) -> LocalDate { TestProblems.date(s) }

    @Test("the good meeting keeps every hard rule about one meeting")
    func goodKeepsAll() {
        for rule in Rules.hardMeetingRules { #expect(rule.check(Self.good(), in: Self.context) == nil, "\(rule.id)") }
        for rule in Rules.hardMeetingRules { #expect(rule.check(Self.evening(), in: Self.context) == nil, "\(rule.id)") }
    }

    static let breaking: [(RuleID, Meeting)] = [
        (.workingDay, good { $0.date = date("2027-09-11") }),
        (.workingDay, good { $0.date = date("2027-09-13") }),
        (.roundWindow, good { $0.date = date("2027-09-22") }),
        (.roundWindow, good { $0.date = date("2027-10-05") }),
        (.daytimeWindow, good { $0.start = TestProblems.time("13:00"); $0.end = TestProblems.time("16:00") }),
        (.outsideSchoolHolidays, good { $0.date = date("2027-09-21") }),
        (.eveningWindow, evening { $0.start = TestProblems.time("19:00"); $0.end = TestProblems.time("21:00") }),
        (.rotationTable, good { $0.mode = .virtual; $0.venue = nil }),
        (.eveningAlwaysVirtual, evening { $0.mode = .inPerson; $0.venue = "venue-1" }),
        (.venueInArea, good { $0.venue = "venue-2" }),
        (.venueInArea, good { $0.venue = nil }),
        (.venueAvailable, good { $0.date = date("2027-09-15") }),
        (.facilitatorAvailable, good { $0.date = date("2027-09-16") }),
    ]

    @Test("each hard rule about one meeting reports a breaking case under its own id", arguments: 0..<13)
    func breaks(index: Int) {
        let (id, meeting) = Self.breaking[index]
        let rule = Rules.meetingRules.first { $0.id == id }
        #expect(rule?.check(meeting, in: Self.context)?.rule == id)
        #expect(rule?.check(Self.good(), in: Self.context) == nil)
    }

    @Test("venue rules: features, capacity and transport")
    func venueRules() {
        var p = Self.problem
        p.venues[0].features[Feature("hearing_loop_room")] = .unknown
        p.venues[0].capacity = 5
        p.venues[0].metresToTransport = 2000
        let c = RuleContext(p)
        #expect(VenueHasRequiredFeaturesRule().check(Self.good(), in: c)?.rule == .venueHasRequiredFeatures)
        #expect(VenueHasRequiredFeaturesRule().check(Self.good(), in: c)?.message == "Round 1 (September 2027), Area 1, in person on Tue 7 Sep 2027: Venue 1 lacks a hearing loop (unknown)")
        #expect(VenueCapacityRule().check(Self.good(), in: c)?.rule == .venueCapacity)
        #expect(VenueNearTransportRule().check(Self.good(), in: c)?.rule == .venueNearTransport)
        p.venues[0].metresToTransport = nil
        #expect(VenueNearTransportRule().check(Self.good(), in: RuleContext(p))?.rule == .venueNearTransport)
        for rule in [VenueHasRequiredFeaturesRule().id, VenueCapacityRule().id, VenueNearTransportRule().id] {
            #expect(Rules.meetingRules.first { $0.id == rule }?.check(Self.good(), in: Self.context) == nil)
        }
    }

    @Test("minimum notice: a newsletter too close to the forum")
    func minimumNotice() {
        var p = Self.problem
        p.notice.announceFrom = Self.date("2027-08-01")  // only the August newsletter (10 Aug) can announce September
        p.notice.minimumNoticeDays = 35
        let v = MinimumNoticeRule().check(Self.good(), in: RuleContext(p))
        #expect(v?.rule == .minimumNotice)
        #expect(v?.message == "Round 1 (September 2027), Area 1, in person on Tue 7 Sep 2027: announced in the newsletter of Tue 10 Aug 2027, only 28 days ahead; at least 35 needed")
        #expect(MinimumNoticeRule().check(Self.good(), in: Self.context) == nil)
    }

    @Test("pinned forum stays")
    func pinned() {
        let pinned = Meeting(id: "2027-r2-area-2", round: 2, area: "area-2", mode: .inPerson, date: Self.date("2027-12-07"), start: TestProblems.time("10:00"), end: TestProblems.time("13:00"), venue: "venue-2", facilitators: ["coord"])
        var moved = pinned
        moved.date = Self.date("2027-12-08")
        #expect(PinnedForumStaysRule().check(pinned, in: Self.context) == nil)
        #expect(PinnedForumStaysRule().check(moved, in: Self.context)?.rule == .pinnedForumStays)
    }

    @Test("not before today: history stays, a published forum moves no earlier than today, a new one needs the minimum notice")
    func notBeforeToday() {
        var p = Self.problem
        p.today = Self.date("2027-12-03")
        let pinned = Meeting(id: "2027-r2-area-2", round: 2, area: "area-2", mode: .inPerson, date: Self.date("2027-12-07"), start: TestProblems.time("10:00"), end: TestProblems.time("13:00"), venue: "venue-2", facilitators: ["coord"])
        let c = RuleContext(p)
        var early = pinned
        early.date = Self.date("2027-12-02")
        #expect(NotBeforeTodayRule().check(pinned, in: c) == nil)
        #expect(NotBeforeTodayRule().check(early, in: c)?.message == "Round 2 (December 2027), Area 2, in person on Thu 2 Dec 2027: a published forum cannot move to a day before Fri 3 Dec 2027, the day of re-planning")
        var unpublished = pinned
        unpublished.id = "2027-r2-area-1"
        unpublished.area = "area-1"
        #expect(NotBeforeTodayRule().check(unpublished, in: c)?.message == "Round 2 (December 2027), Area 1, in person on Tue 7 Dec 2027: not yet announced, so it needs 28 days' notice: no earlier than Fri 31 Dec 2027")
        p.today = Self.date("2027-12-08")
        var moved = pinned
        moved.date = Self.date("2027-12-09")
        #expect(NotBeforeTodayRule().check(moved, in: RuleContext(p))?.message == "Round 2 (December 2027), Area 2, in person on Thu 9 Dec 2027: the forum of Tue 7 Dec 2027 is in the past and cannot change")
        #expect(NotBeforeTodayRule().check(pinned, in: RuleContext(p)) == nil)
        #expect(NotBeforeTodayRule().check(early, in: Self.context) == nil)
    }

    @Test("short-notice move: a moved published forum costs 1,000 points a day under the short notice")
    func shortNoticeMove() {
        var p = Self.problem
        p.today = Self.date("2027-12-01")
        let c = RuleContext(p)
        let pinned = Meeting(id: "2027-r2-area-2", round: 2, area: "area-2", mode: .inPerson, date: Self.date("2027-12-07"), start: TestProblems.time("10:00"), end: TestProblems.time("13:00"), venue: "venue-2", facilitators: ["coord"])
        var moved = pinned
        moved.date = Self.date("2027-12-08")
        let v = ShortNoticeMoveRule().check(moved, in: c)
        #expect(v?.rule == .shortNoticeMove && v?.penalty == 7_000)
        #expect(v?.message == "Round 2 (December 2027), Area 2, in person on Wed 8 Dec 2027: moved on Wed 1 Dec 2027 with 7 days' notice, a short-notice change (under 14 days)")
        #expect(ShortNoticeMoveRule().check(pinned, in: c) == nil)
        moved.date = Self.date("2027-12-15")
        #expect(ShortNoticeMoveRule().check(moved, in: c) == nil)
    }

    @Test("facilitator one place a day and venue one booking a day")
    func sameDay() {
        let a = Self.good()
        var b = Self.good { $0.id = "2027-r1-area-2"; $0.area = "area-2" }
        #expect(FacilitatorOnePlaceADayRule().check([a, b], in: Self.context).map(\.rule) == [.facilitatorOnePlaceADay])
        #expect(VenueOneBookingADayRule().check([a, b], in: Self.context).map(\.rule) == [.venueOneBookingADay])
        b.date = Self.date("2027-09-08")
        #expect(FacilitatorOnePlaceADayRule().check([a, b], in: Self.context).isEmpty)
        #expect(VenueOneBookingADayRule().check([a, b], in: Self.context).isEmpty)
    }

    @Test("interpreter pool per day")
    func interpreters() {
        var p = Self.problem
        p.areas[0].needsInterpreter = true
        p.areas[1].needsInterpreter = true
        p.interpreterPools = [InterpreterPool(id: "bsl", perDay: 1, groups: ["g"])]
        let a = Self.good()
        var b = Self.good { $0.id = "2027-r1-area-2"; $0.area = "area-2"; $0.venue = "venue-2" }
        #expect(InterpreterPoolPerDayRule().check([a, b], in: RuleContext(p)).map(\.rule) == [.interpreterPoolPerDay])
        b.date = Self.date("2027-09-08")
        #expect(InterpreterPoolPerDayRule().check([a, b], in: RuleContext(p)).isEmpty)
    }

    static func year(_ modes: [Mode], area: Area.ID = "area-1") -> [Meeting] {
        modes.enumerated().map { r, mode in
            Meeting(id: ForumID("2027-r\(r + 1)-\(area)"), round: r + 1, area: area, mode: mode, date: Self.date("2027-09-07").adding(days: 91 * r), start: TestProblems.time("10:00"), end: TestProblems.time("13:00"), venue: mode == .inPerson ? "venue-1" : nil, facilitators: ["coord"])
        }
    }

    @Test("rotation invariants: both modes, runs, quota")
    func rotation() {
        var p = Self.problem
        p.rounds.forumMonths = [YearMonth(year: 2027, month: 9), YearMonth(year: 2027, month: 12), YearMonth(year: 2028, month: 3), YearMonth(year: 2028, month: 6)]
        p.rotation = .balanced(maxRun: 2)
        let c = RuleContext(p)
        #expect(AreaGetsBothModesRule().check(Self.year([.virtual, .virtual, .virtual, .virtual]), in: c).map(\.rule) == [.areaGetsBothModes])
        #expect(AreaGetsBothModesRule().check(Self.year([.virtual, .inPerson, .virtual, .virtual]), in: c).isEmpty)
        #expect(NoLongModeRunsRule().check(Self.year([.inPerson, .inPerson, .inPerson, .virtual]), in: c).map(\.rule) == [.noLongModeRuns])
        #expect(NoLongModeRunsRule().check(Self.year([.inPerson, .inPerson, .virtual, .inPerson]), in: c).isEmpty)
        // Quota: the group wants (2 + 1) / 2 = 1 in person per round.
        let both = [Self.good(), Self.good { $0.id = "2027-r1-area-2"; $0.area = "area-2"; $0.venue = "venue-2" }]
        #expect(InPersonQuotaRule().check(both, in: c).map(\.rule) == [.inPersonQuota])
        #expect(InPersonQuotaRule().check([Self.good()], in: c).isEmpty)
    }

    @Test("soft rules about one meeting: a penalty under their own id, none on a good day")
    func softRules() {
        let c = Self.context
        #expect(EarlyInMonthRule().check(Self.good { $0.date = Self.date("2027-09-17") }, in: c)?.penalty == 16 + 10 * 15)
        #expect(EarlyInMonthRule().check(Self.good { $0.date = Self.date("2027-09-01") }, in: c) == nil)
        #expect(WeekdayPreferenceRule().check(Self.good { $0.date = Self.date("2027-09-10") }, in: c)?.rule == .weekdayPreference)
        #expect(WeekdayPreferenceRule().check(Self.good(), in: c) == nil)
        #expect(AvoidObservancesRule().check(Self.good { $0.date = Self.date("2027-09-09") }, in: c)?.rule == .avoidObservances)
        #expect(AvoidObservancesRule().check(Self.evening { $0.date = Self.date("2027-09-08") }, in: c)?.message == "clashes with the eve of Test festival")
        #expect(AvoidObservancesRule().check(Self.good { $0.date = Self.date("2027-09-08") }, in: c) == nil)
        #expect(VenueCloseToTransportRule().check(Self.good(), in: c)?.rule == .venueCloseToTransport)
        #expect(VenueCloseToTransportRule().check(Self.good { $0.mode = .virtual; $0.venue = nil }, in: c) == nil)
        var p = Self.problem
        p.venues[0].features[Feature("calm_space")] = .no
        #expect(VenuePreferredFeaturesRule().check(Self.good(), in: RuleContext(p))?.rule == .venuePreferredFeatures)
        #expect(VenuePreferredFeaturesRule().check(Self.good(), in: c) == nil)
    }

    @Test("evening forum in school holidays: its weight in a half term, nothing in term time, by day or at weight 0")
    func eveningInSchoolHolidays() {
        let c = Self.context
        let inHalfTerm = Self.evening { $0.date = Self.date("2027-09-21") }
        let v = EveningInSchoolHolidaysRule().check(inHalfTerm, in: c)
        #expect(v?.rule == .eveningInSchoolHolidays)
        #expect(v?.penalty == 20)
        #expect(v?.message == "evening forum in the school holiday Test half term (estimated dates)")
        #expect(Rules.meetingRules.first { $0.id == .eveningInSchoolHolidays }?.check(Self.evening(), in: c) == nil)
        // A daytime forum in the holiday is the hard rule's concern (outside-school-holidays), not this one's.
        #expect(EveningInSchoolHolidaysRule().check(Self.good { $0.date = Self.date("2027-09-21") }, in: c) == nil)
        var off = Self.problem
        off.weights.eveningInSchoolHolidays = 0
        #expect(EveningInSchoolHolidaysRule().check(inHalfTerm, in: RuleContext(off)) == nil)
    }

    @Test("soft rules across meetings: variety and spread")
    func softPairs() {
        let c = Self.context
        let y = Self.year([.inPerson, .virtual])  // both on Tuesdays at 10:00
        #expect(WeekdayAndTimeVarietyRule().check(y, in: c).map(\.penalty) == [12 + 6])
        var varied = y
        varied[1].date = varied[1].date.adding(days: 1)
        varied[1].start = TestProblems.time("10:15")
        #expect(WeekdayAndTimeVarietyRule().check(varied, in: c).isEmpty)
        let a = Self.good()
        let b = Self.good { $0.id = "2027-r1-area-2"; $0.area = "area-2"; $0.venue = "venue-2"; $0.date = Self.date("2027-09-08") }
        #expect(SpreadRoundRule().check([a, b], in: c).map(\.rule) == [.spreadRound])
        #expect(SpreadRoundRule().check([a, b].map { var m = $0; if m.area == "area-2" { m.date = Self.date("2027-09-09") }; return m }, in: c).isEmpty)
    }
}
