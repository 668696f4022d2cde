import Testing

@testable import PlannerInput

/// Every `Fixtures/malformed-*/plan.yaml` is refused with exactly the error a coordinator should see.
@Suite("Malformed fixtures")
struct MalformedFixtureTests {
    /// Each fixture and the whole error text it must give (paths relative to the repository root).
    static let cases: [(fixture: String, error: String)] = [
        (
            "malformed-area-no-group",
            "Fixtures/malformed-area-no-group/plan.yaml:27: areas[2]: missing required key `group` (expected the id of the group this area belongs to, e.g. surrey)"
        ),
        (
            "malformed-duplicate-area-id",
            "Fixtures/malformed-duplicate-area-id/plan.yaml:27: areas[2].id: duplicate area id `east-surrey`, first used at line 18 (expected every area to have its own id)"
        ),
        (
            "malformed-duplicate-venue-id",
            "Fixtures/malformed-duplicate-venue-id/plan.yaml:42: venues[1].id: duplicate venue id `linden-road-community-centre`, first used at line 28 (expected every venue to have its own id)"
        ),
        (
            "malformed-end-before-start",
            "Fixtures/malformed-end-before-start/plan.yaml:20: facilitators[1].unavailable[1]: \"2027-08-13 to 2027-08-02\" ends before it starts (expected the first date, then `to`, then a later date)"
        ),
        (
            "malformed-feature-value",
            "Fixtures/malformed-feature-value/plan.yaml:54: venues[1].features.wifi: \"maybe\" is not yes, no or unknown (expected yes, no or unknown; unknown is never treated as yes)"
        ),
        (
            "malformed-format-too-long",
            "Fixtures/malformed-format-too-long/plan.yaml:50: formats.in_person.start_times: no start time of the in_person format fits the daytime window 10:00–14:30: the forum lasts 180 minutes (expected at least one start time from 10:00 to 11:30)"
        ),
        (
            "malformed-impossible-date",
            "Fixtures/malformed-impossible-date/plan.yaml:56: venues[1].unavailable[1]: \"2027-02-30\" is not a real date: February 2027 has 28 days (expected a date such as 2027-04-13, or a range such as 2027-08-02 to 2027-08-13)"
        ),
        (
            "malformed-include-missing",
            "Fixtures/malformed-include-missing/plan.yaml:9: include[1]: cannot include \"venue.yaml\": no such file at Fixtures/malformed-include-missing/venue.yaml (expected a file next to the plan file, e.g. calendars.yaml)"
        ),
        (
            "malformed-included-venue",
            "Fixtures/malformed-included-venue/venues.yaml:16: venues[0].metres_to_transport: \"5 minutes\" is not a whole number (expected metres on foot to the nearest bus stop or station from 0 to 50,000, e.g. 300)"
        ),
        (
            "malformed-rotation-evening-in-person",
            "Fixtures/malformed-rotation-evening-in-person/plan.yaml:45: rotation.table.surrey-wide-evening[1]: round 2 is in person, but `surrey-wide-evening` is an evening forum (expected online in every round: evening forums always meet online)"
        ),
        (
            "malformed-rotation-rounds",
            "Fixtures/malformed-rotation-rounds/plan.yaml:46: rotation.table.east-surrey: has 3 rounds (expected 4, one for each forum month: 2027-06, 2027-09, 2027-12, 2028-03)"
        ),
        (
            "malformed-rotation-unknown-area",
            "Fixtures/malformed-rotation-unknown-area/plan.yaml:47: rotation.table.surrey-down: unknown area `surrey-down` (expected one of: east-surrey, surrey-wide-evening)"
        ),
        (
            "malformed-time",
            "Fixtures/malformed-time/plan.yaml:9: rounds.committee_start: \"2pm\" is not a time (expected a 24-hour time written HH:MM, e.g. 10:00)"
        ),
        (
            "malformed-unknown-area",
            "Fixtures/malformed-unknown-area/plan.yaml:44: venues[1].area: unknown area `east-sury`: did you mean `east-surrey`? (expected one of: east-surrey, surrey-wide-evening)"
        ),
        (
            "malformed-unknown-feature",
            "Fixtures/malformed-unknown-feature/plan.yaml:53: venues[1].features.hearing_loop: unknown feature `hearing_loop`: did you mean `hearing_loop_room` or `hearing_loop_reception`? (expected one of the 33 names of the venue feature vocabulary, e.g. step_free_access)"
        ),
        (
            "malformed-unknown-key",
            "Fixtures/malformed-unknown-key/plan.yaml:27: unknown key `venu`: did you mean `venues` or `venue_standards`? (expected one of: forum, trust, plan_year, stamp, include, rounds, groups, facilitators, governors, areas, venues, venue_standards, interpreter_pools, calendars, formats, windows, rotation, notice, reimbursement, weights, joining, publishing, poll)"
        ),
        (
            "malformed-venue-capacity",
            "Fixtures/malformed-venue-capacity/plan.yaml:49: venues[1].capacity: \"lots\" is not a whole number (expected a number of people from 1 to 10,000, e.g. 40)"
        ),
        (
            "malformed-venue-no-area",
            "Fixtures/malformed-venue-no-area/plan.yaml:42: venues[1]: venue `st-barnabas-church-hall` is in no area (expected `area: <area id>`, or `areas: [<area id>, ...]` for a venue serving several areas)"
        ),
        (
            "malformed-window-end-before-start",
            "Fixtures/malformed-window-end-before-start/plan.yaml:43: windows.evening.to: \"18:00\" is not after the start 20:30 (expected an end time later than the start)"
        ),
        (
            "malformed-wrong-type",
            "Fixtures/malformed-wrong-type/plan.yaml:18: areas: is a section of `name: value` lines, not a list (expected a list of areas, each starting with `- id:`, with a name, a group and leads)"
        ),
        (
            "malformed-yaml-syntax",
            "Fixtures/malformed-yaml-syntax/plan.yaml:42: YAML syntax error at column 23: mapping values are not allowed in this context (expected `name: value` lines indented with spaces; put quotes around text containing `: `)"
        ),
    ]

    @Test("gives the expected full error text", arguments: cases.map(\.fixture))
    func refused(fixture: String) throws {
        let expected = try #require(Self.cases.first { $0.fixture == fixture }?.error)
        let error = #expect(throws: InputError.self) {
            try PlanFile.load(path: FixturePaths.path("Fixtures/\(fixture)/plan.yaml"))
        }
        #expect(FixturePaths.relative(error?.description ?? "no error") == expected)
    }

    @Test("every malformed fixture folder with a plan.yaml has a case, and there are at least eight")
    func everyFixtureCovered() {
        let folders = FixturePaths.planFolders(prefix: "malformed-")
        #expect(folders == Self.cases.map(\.fixture).sorted())
        #expect(folders.count >= 8)
    }

    @Test("the file is named as given, with the line and key path")
    func relativePathNamed() throws {
        let text = TestPlans.minimal(replacing: [("capacity: 60", "capacity: lots")])
        let error = #expect(throws: InputError.self) {
            try PlanFile.load(text: text, fileName: "elsewhere/plan.yaml")
        }
        #expect(error?.file == "elsewhere/plan.yaml")
        #expect(error?.line == 32)
        #expect(error?.keyPath == "venues[0].capacity")
    }
}
