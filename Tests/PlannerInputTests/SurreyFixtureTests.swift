import PlannerCore
import Testing

@testable import PlannerInput

/// The Surrey 2027/28 fixture loads into the problem the reports describe.
@Suite("Surrey fixture")
struct SurreyFixtureTests {
    static func load() throws -> PlanningProblem {
        try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml"))
    }

    static func date(_ text: String) -> LocalDate? { LocalDate(iso: text) }

    @Test("six forums: five daytime areas and one evening forum, in file order")
    func areas() throws {
        let problem = try Self.load()
        #expect(problem.forumName == "FoCUS")
        #expect(problem.trustName == "Surrey and Borders Partnership NHS Foundation Trust")
        #expect(problem.planYear == 2027)
        #expect(problem.stamp.iso == "2027-01-15")
        #expect(problem.areas.count == 6)
        #expect(problem.areas.filter { $0.kind == .daytime }.count == 5)
        #expect(problem.areas.filter { $0.kind == .evening }.map(\.id) == ["surrey-wide-evening"])
        #expect(
            problem.areas.map(\.id.rawValue) == [
                "east-surrey", "north-west-surrey", "surrey-downs", "guildford-waverley", "farnham-north-east-hants",
                "surrey-wide-evening",
            ])
        #expect(problem.areas.allSatisfy { $0.group == "surrey" && $0.leads.count == 1 })
        #expect(problem.areas.filter(\.needsInterpreter).map(\.id) == ["surrey-downs"])
        #expect(problem.interpreterPools == [InterpreterPool(id: "bsl", perDay: 1, groups: ["surrey"])])
        #expect(problem.pins.isEmpty)
    }

    @Test("the rotation is the reports' exact round table (seed §3.2)")
    func rotation() throws {
        let v = Mode.virtual, p = Mode.inPerson
        let expected: [Area.ID: [Mode]] = [
            "surrey-wide-evening": [v, v, v, v],
            "east-surrey": [v, p, v, p],
            "north-west-surrey": [v, p, p, v],
            "surrey-downs": [p, v, p, v],
            "guildford-waverley": [p, v, p, p],
            "farnham-north-east-hants": [p, p, v, p],
        ]
        #expect(try Self.load().rotation == .table(expected))
    }

    @Test("four rounds: June, September, December and March; days 14 and 21; committee 14:00 for 2 hours")
    func rounds() throws {
        let rounds = try Self.load().rounds
        #expect(rounds.forumMonths.map(\.description) == ["2027-06", "2027-09", "2027-12", "2028-03"])
        #expect(rounds.preferredLastDay == 14)
        #expect(rounds.latestDay == 21)
        #expect(rounds.committeeStart.description == "14:00")
        #expect(rounds.committeeMinutes == 120)
    }

    @Test("one group with the coordinator, three forums in person a round")
    func groupsAndPeople() throws {
        let problem = try Self.load()
        #expect(problem.groups == [Group(id: "surrey", name: "Surrey", coordinators: ["focus-coordinator"], inPersonPerRound: 3)])
        #expect(problem.facilitators.count == 7)
        let coordinator = try #require(problem.facilitator("focus-coordinator"))
        #expect(coordinator.role == .coordinator)
        #expect(coordinator.unavailable.map(\.iso).sorted() == ["2027-06-21", "2027-12-13", "2027-12-14", "2027-12-15"])
        let leads = problem.facilitators.filter { $0.role == .coProductionLead }
        #expect(leads.count == 6)
        #expect(leads.allSatisfy { $0.name.hasPrefix("Co-production lead, ") })
    }

    @Test("two or three fictional venues per daytime area, and some deliberately imperfect")
    func venues() throws {
        let problem = try Self.load()
        for area in problem.areas where area.kind == .daytime {
            let count = problem.venues.filter { $0.areas == [area.id] }.count
            #expect((2...3).contains(count), "\(area.id) has \(count) venues")
        }
        #expect(problem.venues.count == 15)
        #expect(problem.venues.allSatisfy { $0.bookingLeadDays == 150 })
        let imperfect = problem.venues.filter { venue in
            problem.baselineFeatures.contains { venue.value(of: $0) != .yes }
                || (venue.metresToTransport ?? Int.max) > problem.maxMetresToTransport
        }
        #expect(
            imperfect.map(\.id.rawValue).sorted() == [
                "grosvenor-lane-church-hall-aldershot", "riverside-meeting-hall-addlestone",
                "st-barnabas-church-hall-reigate", "thameside-pavilion-staines",
            ])
        let hall = try #require(problem.venue("linden-road-community-centre"))
        #expect(hall.postcode == "RH1 1QG")
        #expect(hall.capacity == 60)
        #expect(hall.value(of: Feature("adjustable_lighting")) == .unknown)
        #expect(hall.value(of: Feature("lift")) == .unknown)
        #expect(hall.unavailable.map(\.iso).sorted() == ["2027-06-09", "2027-12-07"])
    }

    @Test("every daytime area has a venue meeting all its needs, so the fixture can be planned")
    func everyAreaHasAGoodVenue() throws {
        let problem = try Self.load()
        for area in problem.areas where area.kind == .daytime {
            let features = VenueRequirements.requiredFeatures(for: area, in: problem)
            let good = problem.venues.filter { venue in
                venue.areas.contains(area.id)
                    && VenueRequirements.evaluate(
                        venue: venue, features: features, expectedAttendance: area.expectedAttendance,
                        maxMetresToTransport: problem.maxMetresToTransport, date: nil
                    ).allSatisfy { $0.status == .met }
            }
            #expect(!good.isEmpty, "\(area.id) has no venue meeting its needs")
        }
    }

    @Test("calendars: bank holidays 2026-2028, Surrey school holidays with 2027/28 estimated, observances with eves")
    func calendars() throws {
        let calendars = try Self.load().calendars
        #expect(calendars.bankHolidays.count == 24)
        let newYear = try #require(Self.date("2028-01-03"))
        #expect(calendars.bankHoliday(on: newYear)?.name == "New Year's Day (substitute day)")
        #expect(calendars.bankHolidays.map(\.date) == calendars.bankHolidays.map(\.date).sorted())
        let halfTerm = try #require(Self.date("2027-06-02").flatMap(calendars.schoolHoliday(on:)))
        #expect(halfTerm.name == "Summer half term 2027" && !halfTerm.estimated)
        let autumn = try #require(Self.date("2027-10-20").flatMap(calendars.schoolHoliday(on:)))
        #expect(autumn.name == "Autumn half term 2027" && autumn.estimated)
        let september = try #require(Self.date("2027-09-01"))
        #expect(calendars.schoolHolidays.filter { $0.dates.first >= september }.allSatisfy { $0.estimated })
        let eveOfYomKippur = try #require(Self.date("2027-10-10"))
        #expect(calendars.observances(on: eveOfYomKippur, evening: true).map(\.name) == ["Yom Kippur"])
        #expect(calendars.observances(on: eveOfYomKippur, evening: false).isEmpty)
    }

    @Test("formats, windows and venue standards are the seed's (§4, §21 items 9-13, 24-25)")
    func formatsAndWindows() throws {
        let problem = try Self.load()
        #expect(problem.inPersonFormat.agenda.map(\.minutes) == [30, 45, 30, 45, 30])
        #expect(problem.inPersonFormat.startTimes.map(\.description) == ["10:00", "11:30"])
        #expect(problem.virtualFormat.agenda.map(\.minutes) == [15, 45, 15, 45])
        #expect(problem.virtualFormat.startTimes.map(\.description) == ["10:15", "12:15"])
        #expect(problem.eveningFormat.agenda.map(\.minutes) == [15, 45, 15, 45])
        #expect(problem.eveningFormat.startTimes.map(\.description) == ["18:15"])
        #expect(problem.daytimeWindow.description == "10:00–14:30")
        #expect(problem.eveningWindow.description == "18:00–20:30")
        #expect(problem.baselineFeatures.map(\.id) == ["step_free_access", "accessible_toilet", "hearing_loop_room", "wifi"])
        #expect(problem.preferredFeatures.count == 6)
        #expect(problem.maxMetresToTransport == 800)
    }

    @Test("policies: notice, reimbursement in pence, weights and joining")
    func policies() throws {
        let problem = try Self.load()
        #expect(problem.notice == NoticePolicy())
        #expect(problem.weights == Weights())
        let money = problem.reimbursement
        #expect(money.mileageRates.map(\.pencePerMile) == [45, 55])
        #expect(money.mileageRates.map(\.from.iso) == ["2011-04-06", "2026-04-06"])
        #expect(money.replacementCareCapPence == 6000 && money.companionTravelCapPence == 5000 && money.childcareCapPence == 6000)
        #expect(money.mileageTolerance == 0.20 && money.roadFactor == 1.3)
        #expect(money == ReimbursementPolicy())
        #expect(problem.joining.url == "https://meet.example.org/focus")
        #expect(problem.joining.mailbox == "focus.forums@example.org")
        #expect(problem.joining.taxiNote.hasPrefix("If you need a taxi"))
    }

    @Test("the defaults written in plan.yaml are the ones used when a section is left out")
    func documentedDefaultsAreTheDefaults() throws {
        let surrey = try Self.load()
        let minimal = try PlanFile.load(text: TestPlans.minimal(), fileName: "minimal.yaml")
        #expect(minimal.rounds == surrey.rounds)
        #expect(minimal.inPersonFormat == surrey.inPersonFormat)
        #expect(minimal.virtualFormat == surrey.virtualFormat)
        #expect(minimal.eveningFormat == surrey.eveningFormat)
        #expect(minimal.daytimeWindow == surrey.daytimeWindow && minimal.eveningWindow == surrey.eveningWindow)
        #expect(minimal.baselineFeatures == surrey.baselineFeatures)
        #expect(minimal.preferredFeatures == surrey.preferredFeatures)
        #expect(minimal.maxMetresToTransport == surrey.maxMetresToTransport)
        #expect(minimal.notice == surrey.notice)
        #expect(minimal.reimbursement == surrey.reimbursement)
        #expect(minimal.weights == surrey.weights)
        #expect(minimal.rotation == .balanced(maxRun: 2))
    }
}
