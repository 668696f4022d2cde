import Testing

@testable import PlannerCore

/// Named school calendars per area: `outside-school-holidays` and `evening-in-school-holidays`
/// read the calendars the forum's area follows, and name the calendar when the plan has several.
@Suite("School calendars per area")
struct SchoolCalendarTests {
    static func date(_ s: String) -> LocalDate { TestProblems.date(s) }

    /// Surrey's half term is 20–24 Sep 2027; Hampshire's (estimated) 13–17 Sep. Area 1 follows
    /// Surrey (like East Surrey), area 2 Surrey and Hampshire (like Farnham & North East Hants), and
    /// the evening forum lists none, so it follows both.
    static let calendars = DateCalendars(
        bankHolidays: [],
        schoolCalendars: [
            SchoolCalendar(id: "surrey", name: "Surrey County Council", holidays: [
                Holiday(name: "Surrey half term", dates: DateRange(first: date("2027-09-20"), last: date("2027-09-24")), estimated: false)
            ]),
            SchoolCalendar(id: "hampshire", name: "Hampshire County Council", holidays: [
                Holiday(name: "Hampshire half term", dates: DateRange(first: date("2027-09-13"), last: date("2027-09-17")), estimated: true)
            ]),
        ],
        observances: [])

    static func problem(latestDay: Int = 21) -> PlanningProblem {
        var p = TestProblems.tiny(areas: 2, rounds: 2, latestDay: latestDay, balanced: false)
        p.calendars = calendars
        p.areas[0].schoolCalendars = ["surrey"]
        p.areas[1].schoolCalendars = ["surrey", "hampshire"]
        return p
    }

    static func meeting(area: Area.ID, on day: String) -> Meeting {
        let evening = area == "evening"
        return Meeting(
            id: ForumID("2027-r1-\(area)"), round: 1, area: area, mode: .virtual, date: date(day),
            start: TestProblems.time(evening ? "18:15" : "10:15"), end: TestProblems.time(evening ? "20:15" : "12:15"),
            venue: nil, facilitators: ["coord"])
    }

    @Test("a day in Hampshire's half term but not Surrey's: refused for the area following both, allowed for the one following Surrey")
    func hampshireOnly() {
        let context = RuleContext(Self.problem())
        let farnham = OutsideSchoolHolidaysRule().check(Self.meeting(area: "area-2", on: "2027-09-15"), in: context)
        #expect(farnham?.rule == .outsideSchoolHolidays)
        #expect(
            farnham?.message
                == "Round 1 (September 2027), Area 2, online on Wed 15 Sep 2027: Wed 15 Sep 2027 is in Hampshire County Council's Hampshire half term (estimated dates)")
        #expect(OutsideSchoolHolidaysRule().check(Self.meeting(area: "area-1", on: "2027-09-15"), in: context) == nil)
        #expect(!OutsideSchoolHolidaysRule().isBroken(Self.meeting(area: "area-1", on: "2027-09-15"), in: context))
        #expect(OutsideSchoolHolidaysRule().isBroken(Self.meeting(area: "area-2", on: "2027-09-15"), in: context))
    }

    @Test("a day in Surrey's half term is refused for both areas, naming Surrey's calendar")
    func surreyHalfTerm() {
        let context = RuleContext(Self.problem())
        for area: Area.ID in ["area-1", "area-2"] {
            let v = OutsideSchoolHolidaysRule().check(Self.meeting(area: area, on: "2027-09-21"), in: context)
            #expect(v?.message.hasSuffix("Tue 21 Sep 2027 is in Surrey County Council's Surrey half term") == true, "\(area): \(v?.message ?? "nil")")
        }
        #expect(OutsideSchoolHolidaysRule().check(Self.meeting(area: "area-2", on: "2027-09-08"), in: context) == nil)
    }

    @Test("the evening forum, listing no calendar, follows all: it pays in either half term and names the calendar")
    func eveningFollowsAll() {
        let context = RuleContext(Self.problem())
        let hampshire = EveningInSchoolHolidaysRule().check(Self.meeting(area: "evening", on: "2027-09-15"), in: context)
        #expect(hampshire?.rule == .eveningInSchoolHolidays)
        #expect(hampshire?.penalty == 20)
        #expect(hampshire?.message == "evening forum in Hampshire County Council's Hampshire half term (estimated dates)")
        let surrey = EveningInSchoolHolidaysRule().check(Self.meeting(area: "evening", on: "2027-09-22"), in: context)
        #expect(surrey?.message == "evening forum in Surrey County Council's Surrey half term")
        #expect(EveningInSchoolHolidaysRule().check(Self.meeting(area: "evening", on: "2027-09-08"), in: context) == nil)

        // Following Surrey's calendar alone, the evening forum pays nothing in Hampshire's half term.
        var surreyOnly = Self.problem()
        surreyOnly.areas[2].schoolCalendars = ["surrey"]
        #expect(EveningInSchoolHolidaysRule().check(Self.meeting(area: "evening", on: "2027-09-15"), in: RuleContext(surreyOnly)) == nil)
        #expect(EveningInSchoolHolidaysRule().penalty(Self.meeting(area: "evening", on: "2027-09-22"), in: RuleContext(surreyOnly)) == 20)
    }

    @Test("the lookup: the listed calendars in their order; none listed means every calendar in file order; unknown ids are skipped")
    func lookup() {
        let c = Self.calendars
        #expect(c.schoolHoliday(on: Self.date("2027-09-15"), following: ["surrey"]) == nil)
        #expect(c.schoolHoliday(on: Self.date("2027-09-15"), following: ["surrey", "hampshire"])?.calendar.id == "hampshire")
        #expect(c.schoolHoliday(on: Self.date("2027-09-15"), following: [])?.holiday.name == "Hampshire half term")
        #expect(c.schoolHoliday(on: Self.date("2027-09-15"), following: ["nowhere"]) == nil)
        #expect(c.schoolHoliday(on: Self.date("2027-09-15"))?.name == "Hampshire half term")
        #expect(c.schoolHolidays.map(\.name) == ["Hampshire half term", "Surrey half term"])
    }

    @Test("one calendar: messages name no calendar, as before")
    func singleCalendarUnnamed() {
        var p = Self.problem()
        p.calendars = DateCalendars(bankHolidays: [], schoolCalendars: [Self.calendars.schoolCalendars[0]], observances: [])
        p.areas[1].schoolCalendars = ["surrey"]
        let v = EveningInSchoolHolidaysRule().check(Self.meeting(area: "evening", on: "2027-09-22"), in: RuleContext(p))
        #expect(v?.message == "evening forum in the school holiday Surrey half term")
    }

    @Test("the search keeps each area out of the holidays of its own calendars, and proves the exhaustive optimum")
    func solverReadsAreaCalendars() throws {
        // Hampshire's half term moved to 1–7 Sep, the cheapest days, and September cut to the 10th.
        var p = Self.hampshireEarly()
        let early = DateRange(first: Self.date("2027-09-01"), last: Self.date("2027-09-07"))
        func septemberDate(_ plan: Plan, _ area: Area.ID) -> LocalDate? {
            plan.forums.first { $0.meeting.round == 1 && $0.meeting.area == area }?.meeting.date
        }
        let plan = try #require(TestProblems.solve(p))
        #expect(plan.status == .optimal)
        let farnham = try #require(septemberDate(plan, "area-2"))
        let eastSurrey = try #require(septemberDate(plan, "area-1"))
        #expect(!early.contains(farnham), "area 2 follows Hampshire: \(farnham.uk)")
        #expect(early.contains(eastSurrey), "area 1 follows Surrey alone and takes an early day: \(eastSurrey.uk)")
        #expect(Rules.check(plan.forums.map(\.meeting), in: RuleContext(p)).filter { $0.rule.isHard }.isEmpty)
        #expect(SolverTests.exhaustiveOptimum(p) == plan.objective)

        // The same problem with area 2 following Surrey alone: it too takes an early day.
        p.areas[1].schoolCalendars = ["surrey"]
        let surreyOnly = try #require(TestProblems.solve(p))
        #expect(early.contains(try #require(septemberDate(surreyOnly, "area-2"))))
        #expect(surreyOnly.objective < plan.objective)
    }

    /// The problem of `solverReadsAreaCalendars`, for the HiGHS check of the exported model.
    static func hampshireEarly() -> PlanningProblem {
        var p = problem(latestDay: 10)
        p.calendars.schoolCalendars[1].holidays[0].dates = DateRange(first: date("2027-09-01"), last: date("2027-09-07"))
        return p
    }
}
