@testable import PlannerCore

/// Small problems built in code, for rule and solver tests.
enum TestProblems {
    static func date(_ s: String) -> LocalDate { LocalDate(iso: s) ?? LocalDate(dayNumber: 0) }
    static func time(_ s: String) -> TimeOfDay { TimeOfDay(text: s) ?? TimeOfDay(minutes: 0) }

    static let baseline = [Feature("step_free_access"), Feature("accessible_toilet"), Feature("hearing_loop_room"), Feature("wifi")]
    static let preferred = [Feature("calm_space"), Feature("adjustable_lighting")]

    static func goodFeatures() -> [Feature: Tristate] {
        var f: [Feature: Tristate] = [:]
        for x in baseline + preferred { f[x] = .yes }
        return f
    }

    /// A template with the 2027/28 calendars (a few holidays), formats and policies, and no areas.
    static func template() -> PlanningProblem {
        let months = [YearMonth(year: 2027, month: 6), YearMonth(year: 2027, month: 9), YearMonth(year: 2027, month: 12), YearMonth(year: 2028, month: 3)]
        let calendars = DateCalendars(
            bankHolidays: [NamedDate(date: date("2027-12-27"), name: "Christmas Day (substitute)"), NamedDate(date: date("2027-12-28"), name: "Boxing Day (substitute)")],
            schoolHolidays: [
                Holiday(name: "Summer half term 2027", dates: DateRange(first: date("2027-05-31"), last: date("2027-06-04")), estimated: false),
                Holiday(name: "Christmas 2027", dates: DateRange(first: date("2027-12-20"), last: date("2028-01-03")), estimated: true),
            ],
            observances: [NamedDate(date: date("2027-10-11"), name: "Yom Kippur", beginsEveBefore: true)])
        let inPerson = MeetingFormat(agenda: [AgendaPart(title: "Free-range peer time", minutes: 30), AgendaPart(title: "Part 1", minutes: 45), AgendaPart(title: "Social time", minutes: 30), AgendaPart(title: "Part 2", minutes: 45), AgendaPart(title: "Pop-up PALS clinic", minutes: 30)], startTimes: [time("10:00"), time("11:30")])
        let online = MeetingFormat(agenda: [AgendaPart(title: "Open room", minutes: 15), AgendaPart(title: "Part 1", minutes: 45), AgendaPart(title: "Break", minutes: 15), AgendaPart(title: "Part 2", minutes: 45)], startTimes: [time("10:15"), time("12:15")])
        let evening = MeetingFormat(agenda: online.agenda, startTimes: [time("18:15")])
        return PlanningProblem(
            forumName: "FoCUS", trustName: "Test Trust", planYear: 2027, groups: [], areas: [], venues: [], facilitators: [],
            calendars: calendars, rounds: RoundPolicy(forumMonths: months, preferredLastDay: 14, latestDay: 21),
            rotation: .balanced(maxRun: 2), inPersonFormat: inPerson, virtualFormat: online, eveningFormat: evening,
            daytimeWindow: TimeWindow(start: time("10:00"), end: time("14:30")), eveningWindow: TimeWindow(start: time("18:00"), end: time("20:30")),
            baselineFeatures: baseline, preferredFeatures: preferred, maxMetresToTransport: 800,
            joining: JoiningArrangements(url: "https://meet.example.org/focus", dialIn: "0000 000 0000", mailbox: "focus@example.org", taxiNote: "", reimbursementNote: ""),
            stamp: date("2027-04-01"))
    }

    /// A tiny problem: one group, `areas` daytime areas plus an evening forum, one venue per area,
    /// `rounds` rounds, and forum months cut to `days` days so exhaustive search is possible.
    static func tiny(areas count: Int = 2, rounds: Int = 2, latestDay: Int = 6, balanced: Bool = true) -> PlanningProblem {
        var p = template()
        p.rounds = RoundPolicy(forumMonths: Array([YearMonth(year: 2027, month: 9), YearMonth(year: 2027, month: 12), YearMonth(year: 2028, month: 3)].prefix(rounds)), preferredLastDay: 2, latestDay: latestDay)
        let coordinator = Facilitator(id: "coord", name: "Coordinator", role: .coordinator)
        p.facilitators = [coordinator]
        p.groups = [Group(id: "g", name: "Group", coordinators: ["coord"], inPersonPerRound: (count + 1) / 2)]
        for i in 1...count {
            let a = Area.ID("area-\(i)")
            p.areas.append(Area(id: a, name: "Area \(i)", kind: .daytime, group: "g", leads: [], needs: [], expectedAttendance: 20))
            p.venues.append(Venue(id: Venue.ID("venue-\(i)"), name: "Venue \(i)", address: "", postcode: "", latitude: 51, longitude: 0, areas: [a], capacity: 40, features: goodFeatures(), metresToTransport: 150 * i))
        }
        p.areas.append(Area(id: "evening", name: "Evening forum", kind: .evening, group: "g", leads: [], needs: [], expectedAttendance: 20))
        p.rotation = balanced ? .balanced(maxRun: 2) : .table(Dictionary(uniqueKeysWithValues: p.areas.map { area in
            (area.id, (1...rounds).map { r in area.kind == .evening ? Mode.virtual : ((r + Int(area.id.rawValue.suffix(1))!) % 2 == 0 ? .inPerson : .virtual) })
        }))
        return p
    }

    static func solve(_ p: PlanningProblem, budget: Int = 2_000_000) -> Plan? {
        if case .planned(let plan) = Planner.plan(p, options: SolverOptions(nodeBudget: budget)) { return plan }
        return nil
    }
}
