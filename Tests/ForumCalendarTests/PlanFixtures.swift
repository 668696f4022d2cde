import ForumCalendar
import PlannerCore

/// A small planning problem and a plan built by hand (no solve), for the plan-calendar tests.
///
/// Two rounds, June 2027 (BST) and December 2027 (GMT); two daytime areas and the evening forum;
/// one venue with every kind of feature answer; facilitators with person-like names and ids, so
/// tests can check that none reaches an attendee file; one moved forum; two cancelled ones.
enum PlanFixtures {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text) ?? LocalDate(dayNumber: 0) }
    static func time(_ text: String) -> TimeOfDay { TimeOfDay(text: text) ?? TimeOfDay(minutes: 0) }

    /// Names that must never appear in an attendee file.
    static let personalNames = ["Pat Example", "pat-example", "Sam Sample", "sam-sample"]
    /// The reason the planner gives for the moved forum; it names a facilitator.
    static let movedReason = "the published Wed 1 Dec 2027 10:00 no longer works: Sam Sample is away"

    static let venue = Venue(
        id: "linden-hall", name: "Linden Hall", address: "21 Linden Road, Redhill", postcode: "RH1 1QG",
        latitude: 51.2412, longitude: -0.1668, areas: ["east-surrey", "north-west"], capacity: 60,
        features: [
            Feature("step_free_access"): .yes, Feature("accessible_toilet"): .yes,
            Feature("hearing_loop_room"): .yes, Feature("wifi"): .yes, Feature("ground_floor_room"): .yes,
            Feature("calm_space"): .no,
        ],
        metresToTransport: 150, transportNote: "Bus 32 stops outside", parkingNote: "Free car park behind the hall")

    static func problem() -> PlanningProblem {
        let inPerson = MeetingFormat(
            agenda: [
                AgendaPart(title: "Free-range peer time", minutes: 30),
                AgendaPart(title: "Part 1: co-design workshop or Trust update", minutes: 45),
                AgendaPart(title: "Social time with refreshments", minutes: 30),
                AgendaPart(title: "Part 2: local feedback", minutes: 45),
                AgendaPart(title: "Pop-up PALS clinic", minutes: 30),
            ], startTimes: [time("10:00")])
        let online = MeetingFormat(
            agenda: [
                AgendaPart(title: "Open room", minutes: 15), AgendaPart(title: "Part 1", minutes: 45),
                AgendaPart(title: "Break", minutes: 15), AgendaPart(title: "Part 2", minutes: 45),
            ], startTimes: [time("10:15"), time("18:15")])
        return PlanningProblem(
            forumName: "FoCUS", trustName: "Test Trust", planYear: 2027,
            groups: [Group(id: "g", name: "Group", coordinators: ["pat-example"], inPersonPerRound: 1)],
            areas: [
                Area(
                    id: "east-surrey", name: "East Surrey", kind: .daytime, group: "g", leads: ["sam-sample"],
                    needs: [Feature("ground_floor_room")], expectedAttendance: 25, needsInterpreter: true),
                Area(
                    id: "north-west", name: "North West", kind: .daytime, group: "g", leads: [], needs: [],
                    expectedAttendance: 20),
                Area(
                    id: "evening", name: "Evening forum", kind: .evening, group: "g", leads: [], needs: [],
                    expectedAttendance: 30),
            ],
            venues: [venue],
            facilitators: [
                Facilitator(id: "pat-example", name: "Pat Example", role: .coordinator),
                Facilitator(id: "sam-sample", name: "Sam Sample", role: .coProductionLead),
            ],
            calendars: DateCalendars(bankHolidays: [], schoolHolidays: [], observances: []),
            rounds: RoundPolicy(
                forumMonths: [YearMonth(year: 2027, month: 6), YearMonth(year: 2027, month: 12)],
                preferredLastDay: 14, latestDay: 21),
            rotation: .balanced(maxRun: 2), inPersonFormat: inPerson, virtualFormat: online, eveningFormat: online,
            daytimeWindow: TimeWindow(start: time("10:00"), end: time("14:30")),
            eveningWindow: TimeWindow(start: time("18:00"), end: time("20:30")),
            baselineFeatures: [
                Feature("step_free_access"), Feature("accessible_toilet"), Feature("hearing_loop_room"),
                Feature("wifi"),
            ],
            preferredFeatures: [Feature("calm_space"), Feature("adjustable_lighting")], maxMetresToTransport: 800,
            joining: JoiningArrangements(
                url: "https://meet.example.org/focus", dialIn: "Phone 0300 000 0000, code 000 000 (placeholder)",
                mailbox: "focus.forums@example.org", taxiNote: "Tell us 7 days before and we book the taxi.",
                reimbursementNote: "Keep your tickets; claim within 3 months."),
            pins: [
                Pin(
                    forum: "2027-r2-north-west", date: date("2027-12-01"), start: time("10:00"), mode: .inPerson,
                    venue: "linden-hall", sequence: 1),
                Pin(
                    forum: "2027-r3-east-surrey", date: date("2028-03-02"), start: time("10:15"), mode: .virtual,
                    venue: nil, sequence: 0),
                Pin(
                    forum: "2027-r2-old-area", date: date("2027-12-02"), start: time("10:00"), mode: .inPerson,
                    venue: nil, sequence: 3),
            ],
            stamp: date("2027-01-15"))
    }

    /// One forum: `start` to `end` on `day`, with the facilitators an area would have.
    static func forum(
        _ round: Int, _ area: Area.ID, _ mode: Mode, _ day: String, _ start: String, _ end: String,
        sequence: Int = 0, moved: String? = nil
    ) -> PlannedForum {
        let meeting = Meeting(
            id: ForumID("2027-r\(round)-\(area.rawValue)"), round: round, area: area, mode: mode, date: date(day),
            start: time(start), end: time(end), venue: mode == .inPerson ? "linden-hall" : nil,
            facilitators: ["pat-example", "sam-sample"])
        // A moved forum moved because its facilitator became unavailable (the planner's reason names them).
        return PlannedForum(
            meeting: meeting, penalties: [], movedBecause: moved, movedRule: moved == nil ? nil : .facilitatorAvailable, sequence: sequence)
    }

    static let forums: [PlannedForum] = [
        forum(1, "east-surrey", .inPerson, "2027-06-08", "10:00", "13:00"),
        forum(1, "north-west", .virtual, "2027-06-09", "10:15", "12:15"),
        forum(1, "evening", .virtual, "2027-06-10", "18:15", "20:15"),
        forum(2, "east-surrey", .virtual, "2027-12-07", "10:15", "12:15"),
        forum(2, "north-west", .inPerson, "2027-12-08", "10:00", "13:00", sequence: 2, moved: movedReason),
        forum(2, "evening", .virtual, "2027-12-09", "18:15", "20:15"),
    ]

    /// The plan of `forums`, its staff events derived as the planner derives them, and the two
    /// pins the plan no longer has (round 3 and the old area) cancelled.
    static func plan(_ forums: [PlannedForum] = forums, problem: PlanningProblem = problem()) -> Plan {
        let planned = Set(forums.map(\.meeting.id))
        return Plan(
            status: .optimal, objective: 0, lowerBound: 0, forums: forums,
            events: RoundEvents.derive(for: forums.map(\.meeting), in: RuleContext(problem)),
            statistics: SearchStatistics(),
            cancelled: problem.pins.filter { !planned.contains($0.forum) }.sorted { $0.forum < $1.forum })
    }

    /// The rendered files of the fixture plan, by name.
    static func files(_ plan: Plan = plan(), problem: PlanningProblem = problem()) throws -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: try PlanCalendars.files(for: plan, problem: problem).map { ($0.name, $0.text) })
    }
}
