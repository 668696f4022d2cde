import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// `VenueCheck`: each requirement met, unmet and unknown; unknown never passing; alternatives;
/// forums and errors; and the same answer as the solver's hard venue rules.
@Suite("VenueCheck")
struct VenueCheckTests {
    static let baseline = ["step_free_access", "accessible_toilet", "hearing_loop_room", "wifi"]

    /// A venue with every baseline feature, a ground-floor room and a calm space, 300 m from transport.
    static func hall(_ id: String, areas: [Area.ID] = ["east"], _ change: (inout Venue) -> Void = { _ in }) -> Venue {
        var features: [Feature: Tristate] = [:]
        for name in baseline + ["ground_floor_room", "calm_space"] { features[Feature(name)] = .yes }
        var venue = Venue(
            id: Venue.ID(id), name: id.split(separator: "-").map { $0.capitalized }.joined(separator: " "),
            address: "1 High Street", postcode: "RH1 1AA", latitude: 51.2, longitude: -0.2, areas: areas, capacity: 40,
            features: features, metresToTransport: 300)
        change(&venue)
        return venue
    }

    /// East (needs a ground-floor room, 25 expected), West (20 expected), an evening forum, and six venues.
    static let problem: PlanningProblem = {
        var p = TestProblems.template()
        p.groups = [Group(id: "g", name: "Group", coordinators: [], inPersonPerRound: 1)]
        p.areas = [
            Area(
                id: "east", name: "East", kind: .daytime, group: "g", leads: [], needs: [Feature("ground_floor_room")],
                expectedAttendance: 25),
            Area(id: "west", name: "West", kind: .daytime, group: "g", leads: [], needs: [], expectedAttendance: 20),
            Area(
                id: "evening", name: "Evening", kind: .evening, group: "g", leads: [], needs: [], expectedAttendance: 30
            ),
        ]
        p.rotation = .table([
            "east": [.virtual, .inPerson, .virtual, .inPerson], "west": [.inPerson, .virtual, .inPerson, .virtual],
            "evening": [.virtual, .virtual, .virtual, .virtual],
        ])
        p.venues = [
            hall("good-hall") { $0.unavailable = [TestProblems.date("2027-09-15")] },
            hall("second-hall") { $0.metresToTransport = 100 },
            hall("step-hall") { $0.features[Feature("step_free_access")] = .no },
            hall("unknown-hall") {
                $0.features = [:]
                $0.metresToTransport = nil
            },
            hall("west-hall", areas: ["west"]),
            hall("shared-hall", areas: ["east", "west"]),
        ]
        return p
    }()

    static func check(
        _ venue: Venue, target: VenueCheckRequest.Target = .area("east"), needs: [String] = [], date: String? = nil
    ) throws -> VenueReport {
        var p = problem
        p.venues.removeAll { $0.id == venue.id }
        p.venues.append(venue)
        return try VenueCheck.run(
            VenueCheckRequest(
                venue: venue.id, target: target, needs: needs.map(Feature.init), date: date.map(TestProblems.date)),
            in: p)
    }

    static func requirement(_ id: String, in report: VenueReport) -> VenueRequirements.Result? {
        report.requirements.first { $0.id == id }
    }

    // MARK: Features

    @Test(
        "a required feature: yes is met, no is unmet, unknown and unrecorded are unknown",
        arguments: [
            (Tristate?.some(.yes), VenueRequirements.Status.met, "has a hearing loop", VenueReport.Verdict.suitable),
            (.some(.no), .unmet, "lacks a hearing loop", .unsuitable),
            (.some(.unknown), .unknown, "a hearing loop: recorded as unknown", .unconfirmed),
            (nil, .unknown, "a hearing loop: not recorded", .unconfirmed),
        ])
    func feature(value: Tristate?, status: VenueRequirements.Status, detail: String, verdict: VenueReport.Verdict)
        throws
    {
        let report = try Self.check(Self.hall("good-hall") { $0.features[Feature("hearing_loop_room")] = value })
        let result = try #require(Self.requirement("feature:hearing_loop_room", in: report))
        #expect(result.status == status)
        #expect(result.detail == detail)
        #expect(result.rule == .venueHasRequiredFeatures)
        #expect(report.verdict == verdict)
    }

    @Test("the area's needs and --needs are required, in order after the baseline")
    func needsAreRequired() throws {
        let report = try Self.check(Self.hall("good-hall"), needs: ["calm_space", "lift"], date: "2027-09-14")
        #expect(
            report.requirements.map(\.id) == [
                "area", "feature:step_free_access", "feature:accessible_toilet", "feature:hearing_loop_room",
                "feature:wifi",
                "feature:ground_floor_room", "feature:calm_space", "feature:lift", "capacity", "transport", "available",
            ])
        #expect(Self.requirement("feature:lift", in: report)?.status == .unknown)
        #expect(report.verdict == .unconfirmed)
        let noGroundFloor = try Self.check(Self.hall("good-hall") { $0.features[Feature("ground_floor_room")] = .no })
        #expect(Self.requirement("feature:ground_floor_room", in: noGroundFloor)?.status == .unmet)
        #expect(noGroundFloor.verdict == .unsuitable)
    }

    // MARK: Capacity, transport, date, area

    @Test("capacity: met at exactly the expected attendance, unmet one below")
    func capacity() throws {
        let exact = try Self.check(Self.hall("good-hall") { $0.capacity = 25 })
        #expect(
            Self.requirement("capacity", in: exact)
                == VenueRequirements.Result(
                    id: "capacity", rule: .venueCapacity, status: .met, detail: "holds 25; 25 expected"))
        #expect(exact.verdict == .suitable)
        let small = try Self.check(Self.hall("good-hall") { $0.capacity = 24 })
        #expect(
            Self.requirement("capacity", in: small)
                == VenueRequirements.Result(
                    id: "capacity", rule: .venueCapacity, status: .unmet, detail: "holds 24; 25 expected"))
        #expect(small.verdict == .unsuitable)
    }

    @Test(
        "transport: met within the threshold, unmet beyond it, unknown when not recorded",
        arguments: [
            (
                Int?.some(800), VenueRequirements.Status.met,
                "800 m to the nearest bus stop or station; at most 800 m allowed"
            ),
            (.some(801), .unmet, "801 m to the nearest bus stop or station; at most 800 m allowed"),
            (nil, .unknown, "distance to the nearest bus stop or station not recorded"),
        ])
    func transport(metres: Int?, status: VenueRequirements.Status, detail: String) throws {
        let report = try Self.check(Self.hall("good-hall") { $0.metresToTransport = metres })
        #expect(
            Self.requirement("transport", in: report)
                == VenueRequirements.Result(id: "transport", rule: .venueNearTransport, status: status, detail: detail))
        #expect(report.verdict == [.met: .suitable, .unmet: .unsuitable, .unknown: .unconfirmed][status])
    }

    @Test("availability: met on a free date, unmet on an unavailable one, not checked without a date")
    func availability() throws {
        let free = try Self.check(Self.hall("good-hall"), date: "2027-09-14")
        #expect(
            Self.requirement("available", in: free)
                == VenueRequirements.Result(
                    id: "available", rule: .venueAvailable, status: .met, detail: "free on Tue 14 Sep 2027"))
        let busy = try Self.check(
            Self.hall("good-hall") { $0.unavailable = [TestProblems.date("2027-09-15")] }, date: "2027-09-15")
        #expect(
            Self.requirement("available", in: busy)
                == VenueRequirements.Result(
                    id: "available", rule: .venueAvailable, status: .unmet, detail: "unavailable on Wed 15 Sep 2027"))
        #expect(busy.verdict == .unsuitable)
        #expect(Self.requirement("available", in: try Self.check(Self.hall("good-hall"))) == nil)
    }

    @Test("the area: met when the venue serves it, unmet (naming what it serves) when not")
    func area() throws {
        let east = try Self.check(Self.hall("good-hall"))
        #expect(
            Self.requirement("area", in: east)
                == VenueRequirements.Result(id: "area", rule: .venueInArea, status: .met, detail: "serves East"))
        let west = try Self.check(Self.hall("good-hall"), target: .area("west"))
        #expect(
            Self.requirement("area", in: west)
                == VenueRequirements.Result(
                    id: "area", rule: .venueInArea, status: .unmet, detail: "does not serve West (it serves East)"))
        #expect(west.verdict == .unsuitable)
        #expect(west.alternatives == ["shared-hall", "west-hall"])
    }

    // MARK: Unknown never passes

    @Test("a venue with only unknowns is unconfirmed, never suitable, and names what to ask")
    func onlyUnknowns() throws {
        let report = try Self.check(
            Self.hall("unknown-hall") {
                $0.features = [:]
                $0.metresToTransport = nil
            })
        #expect(report.verdict == .unconfirmed)
        #expect(report.unmet.isEmpty)
        #expect(
            report.unknown.map(\.id) == [
                "feature:step_free_access", "feature:accessible_toilet", "feature:hearing_loop_room", "feature:wifi",
                "feature:ground_floor_room", "transport",
            ])
    }

    @Test(
        "any one required feature unknown keeps a venue from being suitable",
        arguments: baseline + ["ground_floor_room"])
    func oneUnknown(feature: String) throws {
        let report = try Self.check(Self.hall("good-hall") { $0.features[Feature(feature)] = .unknown })
        #expect(report.verdict == .unconfirmed)
        #expect(report.unknown.map(\.id) == ["feature:\(feature)"])
    }

    @Test("unmet outweighs unknown: the verdict is unsuitable")
    func unmetAndUnknown() throws {
        let report = try Self.check(
            Self.hall("good-hall") {
                $0.features[Feature("wifi")] = .unknown
                $0.capacity = 10
            })
        #expect(report.verdict == .unsuitable)
        #expect(report.unmet.map(\.id) == ["capacity"])
        #expect(report.unknown.map(\.id) == ["feature:wifi"])
    }

    // MARK: Alternatives

    @Test("alternatives: the other suitable venues of the area, sorted, for the same needs and date")
    func alternatives() throws {
        let step = Self.hall("step-hall") { $0.features[Feature("step_free_access")] = .no }
        #expect(try Self.check(step).alternatives == ["good-hall", "second-hall", "shared-hall"])
        #expect(try Self.check(step, date: "2027-09-15").alternatives == ["second-hall", "shared-hall"])
        #expect(try Self.check(step, needs: ["changing_places_toilet"]).alternatives == [])
        #expect(try Self.check(Self.hall("good-hall")).alternatives == ["second-hall", "shared-hall"])
    }

    // MARK: Forums and errors

    @Test("a forum id gives its area, round and the rotation table's mode")
    func forum() throws {
        let report = try Self.check(Self.hall("good-hall"), target: .forum("2027-r2-east"))
        #expect(report.area.id == "east")
        #expect(report.round == 2)
        #expect(report.forum == "2027-r2-east")
        #expect(report.modeInRound == .inPerson)
        #expect(try Self.check(Self.hall("good-hall"), target: .forum("2027-r1-east")).modeInRound == .virtual)
        #expect(try Self.check(Self.hall("good-hall"), target: .venueAreas).area.id == "east")
    }

    @Test("unknown names, evening forums and venues serving several areas are refused")
    func errors() throws {
        let p = Self.problem
        func error(_ request: VenueCheckRequest) -> VenueCheckError? {
            do {
                _ = try VenueCheck.run(request, in: p)
                return nil
            } catch { return error }
        }
        let venues = ["good-hall", "second-hall", "shared-hall", "step-hall", "unknown-hall", "west-hall"]
        #expect(error(VenueCheckRequest(venue: "nope")) == .unknownVenue("nope", known: venues))
        #expect(
            error(VenueCheckRequest(venue: "good-hall", target: .area("north")))
                == .unknownArea("north", known: ["east", "west"]))
        let forums = (1...4).flatMap { ["2027-r\($0)-east", "2027-r\($0)-west"] }
        #expect(
            error(VenueCheckRequest(venue: "good-hall", target: .forum("2027-r9-east")))
                == .unknownForum("2027-r9-east", known: forums))
        #expect(error(VenueCheckRequest(venue: "good-hall", target: .area("evening"))) == .eveningForum("evening"))
        #expect(
            error(VenueCheckRequest(venue: "good-hall", target: .forum("2027-r1-evening"))) == .eveningForum("evening"))
        #expect(error(VenueCheckRequest(venue: "shared-hall")) == .severalAreas("shared-hall", ["east", "west"]))
        #expect(
            error(VenueCheckRequest(venue: "good-hall", needs: [Feature("lif")]))
                == .unknownFeature("lif", known: Feature.knownIDs))
        #expect(
            VenueCheckError.severalAreas("shared-hall", ["east", "west"]).description
                == "venue `shared-hall` serves several areas (east, west): choose one with --area or --forum")
    }

    // MARK: One source of truth

    static let venueRules: Set<RuleID> = [
        .venueInArea, .venueHasRequiredFeatures, .venueCapacity, .venueNearTransport, .venueAvailable,
    ]

    /// Whether the solver's hard venue rules accept `venue` for an in-person forum of `area` on `date`.
    static func solverAccepts(_ venue: Venue, area: Area, date: LocalDate, in p: PlanningProblem) -> Bool {
        let context = RuleContext(p)
        let meeting = Meeting(
            id: p.forumID(round: 1, area: area.id), round: 1, area: area.id, mode: .inPerson, date: date,
            start: TestProblems.time("10:00"), end: TestProblems.time("13:00"), venue: venue.id, facilitators: [])
        return Rules.hardMeetingRules.filter { venueRules.contains($0.id) }.allSatisfy {
            $0.check(meeting, in: context) == nil
        }
    }

    @Test("suitable exactly when the solver's hard venue rules accept the venue (test problem and Surrey fixture)")
    func sameAsSolver() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        let surrey = try PlanFile.load(path: root.path + "/Fixtures/surrey-2027-28/plan.yaml")
        var checked = 0
        for p in [Self.problem, surrey] {
            let dates = ["2027-06-09", "2027-06-16", "2027-09-15", "2027-12-08"].map(TestProblems.date)
            for venue in p.venues {
                for area in p.areas where area.kind == .daytime {
                    for date in dates {
                        let report = try VenueCheck.run(
                            VenueCheckRequest(venue: venue.id, target: .area(area.id), date: date), in: p)
                        #expect(
                            (report.verdict == .suitable) == Self.solverAccepts(venue, area: area, date: date, in: p),
                            "\(venue.id) for \(area.id) on \(date)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 300)
    }
}
