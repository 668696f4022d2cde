import Foundation
import Testing

@testable import PlannerInput

/// Each kind of bad input, made by breaking the minimal plan, gives exactly the expected message.
@Suite("Plan file errors")
struct PlanFileErrorTests {
    /// A name, the edits that break the minimal plan, and the whole error text.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let edits: [(String, String)]
        let error: String
        var testDescription: String { name }
        init(_ name: String, _ edits: [(String, String)], _ error: String) {
            self.name = name; self.edits = edits; self.error = error
        }
    }

    static let stamp = "stamp: 2027-01-15\n"
    static let areaGroup = "    group: surrey\n    expected_attendance: 25"

    static let cases: [Case] = [
        Case(
            "duplicate facilitator id",
            [("    role: coordinator\n", "    role: coordinator\n  - id: focus-coordinator\n    name: Deputy\n    role: coordinator\n")],
            "plan.yaml:14: facilitators[1].id: duplicate facilitator id `focus-coordinator`, first used at line 11 (expected every facilitator to have its own id)"
        ),
        Case(
            "duplicate group id",
            [("    in_person_per_round: 1\n", "    in_person_per_round: 1\n  - id: surrey\n    name: Surrey again\n    coordinators: [focus-coordinator]\n    in_person_per_round: 1\n")],
            "plan.yaml:10: groups[1].id: duplicate group id `surrey`, first used at line 6 (expected every group to have its own id)"
        ),
        Case(
            "unknown group", [(areaGroup, "    group: surey\n    expected_attendance: 25")],
            "plan.yaml:17: areas[0].group: unknown group `surey`: did you mean `surrey`? (expected one of: surrey)"
        ),
        Case(
            "unknown lead", [(areaGroup, areaGroup.replacingOccurrences(of: "    expected", with: "    leads: [cp-lead]\n    expected"))],
            "plan.yaml:18: areas[0].leads[0]: unknown facilitator `cp-lead` (expected one of: focus-coordinator)"
        ),
        Case(
            "unknown feature among an area's needs, with the vocabulary's name for it",
            [(areaGroup, areaGroup.replacingOccurrences(of: "    expected", with: "    needs: [quiet_room]\n    expected"))],
            "plan.yaml:18: areas[0].needs[0]: unknown feature `quiet_room`: did you mean `calm_space`? (expected one of the 33 names of the venue feature vocabulary, e.g. step_free_access)"
        ),
        Case(
            "feature answered true", [("wifi: yes }", "wifi: true }")],
            "plan.yaml:33: venues[0].features.wifi: \"true\" is not yes, no or unknown (expected yes, no or unknown; unknown is never treated as yes)"
        ),
        Case(
            "missing top-level section",
            [("joining:\n  url: https://meet.example.org/focus\n  dial_in: Phone 0300 000 0000 (placeholder)\n  mailbox: focus.forums@example.org\n", "")],
            "plan.yaml:1: missing required key `joining` (expected url, dial_in, mailbox, taxi_note and reimbursement_note)"
        ),
        Case(
            "venue in the evening forum's area", [("    area: east-surrey\n", "    area: surrey-wide-evening\n")],
            "plan.yaml:27: venues[0].area: `surrey-wide-evening` is an evening forum, which always meets online (expected a daytime area)"
        ),
        Case(
            "venue with both area and areas", [("    area: east-surrey\n", "    area: east-surrey\n    areas: [east-surrey]\n")],
            "plan.yaml:27: venues[0].area: venue `linden-road-community-centre` gives both `area` and `areas` (expected one of them)"
        ),
        Case(
            "balanced rotation with a table", [("  mode: balanced\n", "  mode: balanced\n  table:\n    east-surrey: [online]\n")],
            "plan.yaml:42: rotation.table: `table` is only used with `mode: table` (expected no table with balanced)"
        ),
        Case(
            "rotation table missing an area",
            [("  mode: balanced\n", "  mode: table\n  table:\n    east-surrey: [online, in person, online, in person]\n")],
            "plan.yaml:42: rotation.table: no row for `surrey-wide-evening` (expected one row for every area)"
        ),
        Case(
            "rotation table with an unknown mode",
            [("  mode: balanced\n", "  mode: table\n  table:\n    east-surrey: [online, hybrid, online, in person]\n    surrey-wide-evening: [online, online, online, online]\n")],
            "plan.yaml:42: rotation.table.east-surrey[1]: \"hybrid\" is not a mode (expected online or in person)"
        ),
        Case(
            "unknown rotation mode", [("  mode: balanced\n", "  mode: random\n")],
            "plan.yaml:40: rotation.mode: \"random\" is not a rotation mode (expected table or balanced)"
        ),
        Case(
            "forum months out of order", [(stamp, stamp + "rounds:\n  forum_months: [2027-06, 2027-12, 2027-09]\n")],
            "plan.yaml:6: rounds.forum_months[2]: \"2027-09\" does not come after 2027-12 (expected the months in order, each once)"
        ),
        Case(
            "impossible month", [(stamp, stamp + "rounds:\n  forum_months: [2027-13]\n")],
            "plan.yaml:6: rounds.forum_months[0]: \"2027-13\" is not a real month: there is no month 13 (expected a month written YYYY-MM, e.g. 2027-06)"
        ),
        Case(
            "preferred last day after the latest day", [(stamp, stamp + "rounds:\n  preferred_last_day: 25\n")],
            "plan.yaml:6: rounds.preferred_last_day: the preferred last day 25 is after the latest day 21 (expected preferred_last_day on or before latest_day)"
        ),
        Case(
            "money with one digit of pence", [(stamp, stamp + "reimbursement:\n  childcare_cap: 60.5\n")],
            "plan.yaml:6: reimbursement.childcare_cap: \"60.5\" is not an amount in pounds (expected pounds and pence from £0.00 to £10,000.00, e.g. 60.00)"
        ),
        Case(
            "latitude out of range", [("latitude: 51.2412", "latitude: 151.2")],
            "plan.yaml:30: venues[0].latitude: \"151.2\" is out of range (expected a latitude in decimal degrees from -90 to 90, e.g. 51.2401)"
        ),
        Case(
            "interpreter needed but no pool",
            [(areaGroup, areaGroup.replacingOccurrences(of: "    expected", with: "    interpreter: yes\n    expected"))],
            "plan.yaml:18: areas[0].interpreter: area `east-surrey` needs an interpreter, but no interpreter pool serves its group `surrey` (expected an entry in `interpreter_pools` listing `surrey` in its groups)"
        ),
        Case(
            "id with capitals and spaces", [("  - id: east-surrey", "  - id: East Surrey")],
            "plan.yaml:15: areas[0].id: \"East Surrey\" is not an id (expected lower-case letters, digits and hyphens, e.g. east-surrey)"
        ),
        Case(
            "mailbox not an address", [("mailbox: focus.forums@example.org", "mailbox: FoCUS team")],
            "plan.yaml:44: joining.mailbox: \"FoCUS team\" is not an email address (expected a shared mailbox, e.g. focus.forums@example.org)"
        ),
        Case(
            "unknown role", [("role: coordinator", "role: chair")],
            "plan.yaml:13: facilitators[0].role: \"chair\" is not a facilitator role (expected coordinator, co-production-lead or governor)"
        ),
        Case(
            "capacity zero", [("capacity: 60", "capacity: 0")],
            "plan.yaml:32: venues[0].capacity: \"0\" is out of range (expected a number of people from 1 to 10,000, e.g. 40)"
        ),
        Case(
            "window too short for the default format", [(stamp, stamp + "windows:\n  daytime: { from: 10:00, to: 11:00 }\n")],
            "plan.yaml:6: windows.daytime: no start time of the in_person format fits the daytime window 10:00–11:00: the forum lasts 180 minutes (expected a window of at least 180 minutes, or a shorter agenda)"
        ),
        Case(
            "school holiday ending before it starts", [("from: 2027-05-31, to: 2027-06-04", "from: 2027-06-04, to: 2027-05-31")],
            "plan.yaml:38: calendars.school_holidays[0].to: \"2027-05-31\" is before the start 2027-06-04 (expected a last day on or after the first)"
        ),
        Case(
            "bank holiday listed twice",
            [("    - { date: 2027-05-31, name: Spring bank holiday }\n", "    - { date: 2027-05-31, name: Spring bank holiday }\n    - { date: 2027-05-31, name: Spring bank holiday }\n")],
            "plan.yaml:37: calendars.bank_holidays[1].date: \"2027-05-31\" is listed twice, first at line 36 (expected each bank holiday once)"
        ),
        Case(
            "negative weight", [(stamp, stamp + "weights:\n  friday: -1\n")],
            "plan.yaml:6: weights.friday: \"-1\" is out of range (expected penalty points from 0 to 10,000, e.g. 10)"
        ),
        Case(
            "unknown key inside a section", [(stamp, stamp + "notice:\n  minimum_notice: 28\n")],
            "plan.yaml:6: notice: unknown key `minimum_notice`: did you mean `minimum_notice_days`? (expected one of: minimum_notice_days, short_notice_days, newsletter_day, papers_days_before, committee_last_working_days, board_response_days, interpreter_request_days, alternative_format_working_days, announce_from)"
        ),
        Case(
            "key given twice (Yams' check, with its line)", [("  - id: east-surrey\n    name: East Surrey\n", "  - id: east-surrey\n    name: East Surrey\n    name: East\n")],
            "plan.yaml:16: `name` is given twice in the same section, first here (expected each name once)"
        ),
        Case(
            "balanced rotation asking for more in-person forums than there are daytime areas",
            [("    in_person_per_round: 1\n", "    in_person_per_round: 2\n")],
            "plan.yaml:9: groups[0].in_person_per_round: group `surrey` asks for 2 in-person forums a round but has 1 daytime area (expected at most 1 with `mode: balanced`)"
        ),
        Case(
            "hour 25", [(stamp, stamp + "formats:\n  evening:\n    agenda: [{ part: All, minutes: 60 }]\n    start_times: [25:00]\n")],
            "plan.yaml:8: formats.evening.start_times[0]: \"25:00\" is not a time (expected a 24-hour time written HH:MM, e.g. 10:00)"
        ),
    ]

    @Test("gives the expected full error text", arguments: cases)
    func refused(_ example: Case) {
        let text = TestPlans.minimal(replacing: example.edits)
        #expect(text != TestPlans.minimal(), "the edit did not apply")
        let error = #expect(throws: InputError.self) { try PlanFile.load(text: text, fileName: "plan.yaml") }
        #expect(error?.description == example.error)
    }

    @Test("the minimal plan itself loads")
    func minimalLoads() throws {
        let problem = try PlanFile.load(text: TestPlans.minimal(), fileName: "plan.yaml")
        #expect(problem.areas.count == 2 && problem.venues.count == 1)
    }

    @Test("an empty file and a file that is a list are refused")
    func emptyAndList() {
        let empty = #expect(throws: InputError.self) { try PlanFile.load(text: "", fileName: "plan.yaml") }
        #expect(empty?.description == "plan.yaml: the file is empty (expected the plan's sections, e.g. `forum: FoCUS`)")
        let list = #expect(throws: InputError.self) { try PlanFile.load(text: "- a\n- b\n", fileName: "plan.yaml") }
        #expect(
            list?.description
                == "plan.yaml:1: is a list, not a section of `name: value` lines (expected the plan's sections as `name: value` lines, e.g. `forum: FoCUS`)")
    }

    @Test("a missing plan file is named")
    func missingFile() {
        let error = #expect(throws: InputError.self) { try PlanFile.load(path: "no/such/plan.yaml") }
        #expect(error?.description == "no/such/plan.yaml: no such file (expected a UTF-8 text file at this path)")
    }
}

/// `include:` resolves next to the plan, names the included file in errors, and refuses clashes.
@Suite("Included files")
struct IncludeTests {
    /// A fresh folder holding `files`, removed by the caller.
    static func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "planner-input-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    static let calendars = """
        calendars:
          bank_holidays: []
          school_holidays: []

        """

    static func planIncluding(_ names: String) -> String {
        let minimal = TestPlans.minimal()
        let start = minimal.range(of: "calendars:\n")
        let end = minimal.range(of: "rotation:\n")
        guard let start, let end else { return minimal }
        return "include: \(names)\n" + minimal.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "")
    }

    @Test("sections from an included file are used")
    func included() throws {
        let dir = try Self.folder(["plan.yaml": Self.planIncluding("[calendars.yaml]"), "calendars.yaml": Self.calendars])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let problem = try PlanFile.load(path: dir + "/plan.yaml")
        #expect(problem.calendars.bankHolidays.isEmpty)
    }

    @Test("a section given in two files is refused, naming both")
    func clash() throws {
        let dir = try Self.folder([
            "plan.yaml": Self.planIncluding("calendars.yaml"),
            "calendars.yaml": Self.calendars + "forum: Other\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let error = #expect(throws: InputError.self) { try PlanFile.load(path: dir + "/plan.yaml") }
        #expect(
            error?.description
                == "\(dir)/calendars.yaml:4: forum: section `forum` is already given at \(dir)/plan.yaml:2 (expected each section once across the plan and its included files)")
    }

    @Test("an included file cannot include another")
    func nested() throws {
        let dir = try Self.folder([
            "plan.yaml": Self.planIncluding("calendars.yaml"),
            "calendars.yaml": "include: more.yaml\n" + Self.calendars,
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let error = #expect(throws: InputError.self) { try PlanFile.load(path: dir + "/plan.yaml") }
        #expect(
            error?.description
                == "\(dir)/calendars.yaml:1: include: an included file cannot include others (expected the sections themselves)")
    }

    @Test("a YAML syntax error in an included file names that file and line")
    func syntaxInIncluded() throws {
        let dir = try Self.folder([
            "plan.yaml": Self.planIncluding("calendars.yaml"),
            "calendars.yaml": "calendars:\n  bank_holidays: [\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let error = #expect(throws: InputError.self) { try PlanFile.load(path: dir + "/plan.yaml") }
        #expect(error?.file == "\(dir)/calendars.yaml")
        #expect(error?.line == 3)
        #expect(error?.message.hasPrefix("YAML syntax error at column 1: ") == true)
    }

    @Test("paths are tidied: a/b/../c becomes a/c")
    func tidy() {
        #expect(SourceFile.resolve("../surrey/calendars.yaml", nextTo: "Fixtures/x/plan.yaml") == "Fixtures/surrey/calendars.yaml")
        #expect(SourceFile.resolve("calendars.yaml", nextTo: "plan.yaml") == "calendars.yaml")
        #expect(SourceFile.resolve("/etc/c.yaml", nextTo: "a/plan.yaml") == "/etc/c.yaml")
        #expect(SourceFile.resolve("./c.yaml", nextTo: "/x/plan.yaml") == "/x/c.yaml")
    }
}
