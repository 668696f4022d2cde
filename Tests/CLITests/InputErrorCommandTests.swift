import Foundation
import Testing

/// The reproductions of issue 16 through the built binary: each is a clean exit 64 or 65 with the
/// whole message naming the input, nothing written, and never a crash or a hang.
@Suite("Input errors through the binary")
struct InputErrorCommandTests {
    /// A scratch copy of the Surrey fixture (plan.yaml, calendars.yaml, venues.yaml) in a new folder.
    struct Scratch {
        let folder: String
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("forum-planner-input-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in ["plan.yaml", "calendars.yaml", "venues.yaml"] {
                try FileManager.default.copyItem(
                    atPath: CLI.root.appendingPathComponent("Fixtures/surrey-2027-28/\(name)").path, toPath: folder + "/" + name)
            }
        }

        var plan: String { folder + "/plan.yaml" }
        var out: String { folder + "/out" }
        var book: String { folder + "/book.sqlite" }

        /// Replaces the first `old` in `file` with `new` (bytes, so invalid UTF-8 can be written).
        func edit(_ file: String, _ old: String, _ new: [UInt8]) throws {
            let path = folder + "/" + file
            let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
            let old = [UInt8](old.utf8)
            let at = try #require((0...(bytes.count - old.count)).first { Array(bytes[$0..<($0 + old.count)]) == old })
            try Data(bytes[..<at] + new + bytes[(at + old.count)...]).write(to: URL(fileURLWithPath: path))
        }

        func edit(_ file: String, _ old: String, _ new: String) throws { try edit(file, old, [UInt8](new.utf8)) }

        /// The message with the scratch folder written as `s`.
        func relative(_ text: String) -> String { text.replacingOccurrences(of: folder + "/", with: "s/") }

        /// Runs `arguments` and expects exit 65, exactly `error` (with the folder as `s/`), no signal
        /// and nothing written.
        func expectBadInput(_ arguments: [String], _ error: String) throws {
            let run = try CLI.run(arguments)
            #expect(!run.signalled)
            #expect(run.status == 65)
            #expect(relative(run.stderr) == error + "\n")
            #expect(!FileManager.default.fileExists(atPath: out))
            #expect(!FileManager.default.fileExists(atPath: book))
        }
    }

    /// An edit of the Surrey fixture, the command, and the whole message on standard error.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        let old: String
        let new: [UInt8]
        let command: String
        let error: String
        var testDescription: String { name }
        init(_ name: String, _ file: String, _ old: String, _ new: String, command: String = "plan", _ error: String) {
            self.init(name, file, old, [UInt8](new.utf8), command: command, error)
        }
        init(_ name: String, _ file: String, _ old: String, _ new: [UInt8], command: String = "plan", _ error: String) {
            self.name = name; self.file = file; self.old = old; self.new = new; self.command = command; self.error = error
        }
    }

    static let cases: [Case] = [
        Case(
            "a weight of 2e16", "plan.yaml", "monday: 4", "monday: 20000000000000000",
            #"s/plan.yaml:229: weights.monday: "20000000000000000" is out of range (expected penalty points from 0 to 10,000, e.g. 10)"#),
        Case(
            "a cap of 9.2e16 pounds, even for `venues`", "plan.yaml", "childcare_cap: 60.00", "childcare_cap: 92233720368547758.07",
            command: "venues",
            #"s/plan.yaml:223: reimbursement.childcare_cap: "92233720368547758.07" is out of range (expected pounds and pence from £0.00 to £10,000.00, e.g. 60.00)"#),
        Case(
            "committee_minutes at the largest integer", "plan.yaml", "committee_minutes: 120",
            "committee_minutes: 9223372036854775807",
            #"s/plan.yaml:45: rounds.committee_minutes: "9223372036854775807" is out of range (expected the committee's length in minutes from 15 to 600, e.g. 120)"#),
        Case(
            "a committee ending after midnight", "plan.yaml", "committee_start: 14:00", "committee_start: 23:00",
            "s/plan.yaml:44: rounds.committee_start: the committee from 23:00 for 120 minutes would end at or after midnight (expected a committee that ends by 23:59)"),
        Case(
            "a stamp in year 1", "plan.yaml", "stamp: 2027-01-15", "stamp: 0001-01-01",
            #"s/plan.yaml:23: stamp: "0001-01-01" is out of range: dates are read for the years 2000 to 2200 only (expected a date written YYYY-MM-DD, e.g. 2027-04-13)"#),
        Case(
            "booking lead days of 2^31", "venues.yaml", "  - id: linden-road-community-centre\n",
            "  - id: linden-road-community-centre\n    booking_lead_days: 2147483648\n",
            #"s/venues.yaml:44: venues[0].booking_lead_days: "2147483648" is out of range (expected days ahead the venue must be booked from 1 to 730, e.g. 150)"#),
        Case(
            "alternative-format working days of 100,000,000", "plan.yaml", "alternative_format_working_days: 10",
            "alternative_format_working_days: 100000000",
            #"s/plan.yaml:208: notice.alternative_format_working_days: "100000000" is out of range (expected working days an alternative-format request needs from 1 to 260, e.g. 10)"#),
        Case(
            "forum months in 2031 under plan_year 2027", "plan.yaml", "forum_months: [2027-06, 2027-09, 2027-12, 2028-03]",
            "forum_months: [2031-06, 2031-09, 2031-12, 2032-03]",
            #"s/plan.yaml:38: rounds.forum_months[0]: "2031-06" is outside the plan year 2027 (expected a month in 2027; only the last round may fall in 2028)"#),
        Case(
            "invalid UTF-8, with line and column", "plan.yaml", "trust: ", [UInt8]("trust: ".utf8) + [0xFF], command: "venues",
            "s/plan.yaml:16: column 8: the byte 0xFF is not UTF-8 text (expected a UTF-8 text file: save it as UTF-8)"),
        Case(
            "a control character, with line and column", "plan.yaml", "forum: FoCUS", "forum: Fo\u{7}CUS", command: "venues",
            "s/plan.yaml:15: column 10: the control character U+0007 is not allowed (expected plain text: remove it)"),
        Case(
            "NUL written as a YAML escape", "plan.yaml", "forum: FoCUS", #"forum: "Fo\0CUS""#, command: "venues",
            #"s/plan.yaml:15: forum: "Fo�CUS" contains the control character U+0000 (expected the forum's name, e.g. FoCUS)"#),
        Case(
            "a 3 MB bad value is cut to 80 characters", "plan.yaml", "monday: 4", "monday: " + String(repeating: "9", count: 3_000_000),
            command: "venues",
            "s/plan.yaml:229: weights.monday: \"\(String(repeating: "9", count: 80))…\" is out of range (expected penalty points from 0 to 10,000, e.g. 10)"),
    ]

    @Test("a bad value in the plan file: exit 65, the whole located message, nothing written", arguments: cases)
    func planFile(_ example: Case) throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch.folder) }
        try scratch.edit(example.file, example.old, example.new)
        var arguments = [example.command, "--config", scratch.plan]
        if example.command == "plan" { arguments += ["--out", scratch.out, "--book", scratch.book, "--today", "2027-01-15"] }
        try scratch.expectBadInput(arguments, example.error)
    }

    @Test("a NUL in a venues CSV cell: exit 65 with line and column")
    func nulInVenuesCSV() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch.folder) }
        let csv = try String(contentsOf: CLI.root.appendingPathComponent("Fixtures/venues-csv/venues.csv"), encoding: .utf8)
        try csv.replacingOccurrences(of: "Linden Road Community Centre,", with: "Linden Road\u{0} Centre,")
            .write(toFile: scratch.folder + "/venues.csv", atomically: true, encoding: .utf8)
        try scratch.expectBadInput(
            ["plan", "--venues", scratch.folder + "/venues.csv", "--out", scratch.out, "--book", scratch.book, "--today", "2027-01-15"],
            "s/venues.csv:2: column 41: the control character U+0000 is not allowed (expected plain text: remove it)")
    }

    @Test("a published sequence of 2^31, and a JSON syntax error with line and column: exit 65, nothing written")
    func publishedPlan() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch.folder) }
        let published = try String(contentsOf: CLI.root.appendingPathComponent("Calendars/plan.json"), encoding: .utf8)
        let forums = try #require(published.range(of: "\"forums\" : ["))
        let at = try #require(published.range(of: "\"sequence\" : 0", range: forums.upperBound..<published.endIndex))
        try published.replacingCharacters(in: at, with: "\"sequence\" : 2147483648")
            .write(toFile: scratch.folder + "/published.json", atomically: true, encoding: .utf8)
        try scratch.expectBadInput(
            ["export-model", "--published", scratch.folder + "/published.json", "--out", scratch.out],
            #"s/published.json: forums[0].sequence: "2147483648" is out of range (expected how many times the forum has been changed since first published from 0 to 100,000, e.g. 0)"#)
        try "{\n  \"forums\": [\n    {\"id\": \"a\",, }\n  ]\n}\n".write(toFile: scratch.folder + "/bad.json", atomically: true, encoding: .utf8)
        try scratch.expectBadInput(
            ["export-model", "--published", scratch.folder + "/bad.json", "--out", scratch.out],
            "s/bad.json:3: column 16: is not valid JSON: invalid value (expected a plan.json written by `forum-planner plan`)")
    }

    /// A command line and the first line of its usage error.
    static let usageCases: [(arguments: [String], error: String)] = [
        (["export-model", "--out", ""], "Error: --out is empty (expected the path of a file)"),
        (["plan", "--out", ""], "Error: --out is empty (expected the path of a folder)"),
        (["plan", "--out", "Fixtures/surrey-2027-28/plan.yaml"], "Error: --out: Fixtures/surrey-2027-28/plan.yaml is a file (expected the path of a folder)"),
        (["check-claims", "Fixtures/claims/claims.csv", "--people", "Fixtures/claims/people.csv", "--payments", ""],
         "Error: --payments is empty (expected the path of a file)"),
        (["check-claims", "Fixtures/claims", "--people", "Fixtures/claims/people.csv"], "Error: claims.csv: Fixtures/claims is a folder (expected the path of a file)"),
        (["venues", "--config", "Fixtures"], "Error: --config: Fixtures is a folder (expected the path of a file)"),
        (["venues", "--venues", ""], "Error: --venues is empty (expected the path of a file)"),
        (["check-notice", "--plan", "Calendars"], "Error: --plan: Calendars is a folder (expected the path of a file)"),
        (["check-notice", "--previous", "Calendars/"], "Error: --previous: Calendars/ is a folder (expected the path of a file)"),
        (["export-model", "--published", ""], "Error: --published is empty (expected the path of a file)"),
        (["generate", "--areas", "5", "--out", "README.md"], "Error: --out: README.md is a file (expected the path of a folder)"),
        (["check-venue", "linden-road-community-centre", "--forum", "2027-r2-east-surrey", "--date", "2027-12-25"],
         "Error: --date: Sat 25 Dec 2027 is not in September 2027, the month of round 2's forums (expected a date in September 2027)"),
        (["check-venue", "linden-road-community-centre", "--date", "2029-12-25"],
         "Error: --date: Tue 25 Dec 2029 is not in a forum month (expected a date in June 2027, September 2027, December 2027 or March 2028)"),
    ]

    @Test("empty paths, folders for files, files for folders and dates outside the round: exit 64, nothing written")
    func usage() throws {
        for example in Self.usageCases {
            let run = try CLI.run(example.arguments)
            #expect(run.status == 64, "\(example.arguments)")
            #expect(run.stderr.split(separator: "\n").first.map(String.init) == example.error)
        }
    }

    @Test("forum months the holiday lists do not cover: a warning naming them, and a plan")
    func holidayCoverage() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch.folder) }
        try scratch.edit("plan.yaml", "plan_year: 2027", "plan_year: 2031")
        try scratch.edit("plan.yaml", "forum_months: [2027-06, 2027-09, 2027-12, 2028-03]", "forum_months: [2028-06, 2031-09, 2031-12, 2032-03]")
        let run = try CLI.run("venues", "--config", scratch.plan)
        #expect(run.status == 65)
        try scratch.edit("plan.yaml", "forum_months: [2028-06, 2031-09", "forum_months: [2031-06, 2031-09")
        let venues = try CLI.run("venues", "--config", scratch.plan)
        #expect(venues.status == 0)
        #expect(scratch.relative(venues.stderr) == """
            Warning: s/plan.yaml: calendars.bank_holidays: the list runs from January 2026 to December 2028, so it does not cover June 2031, September 2031, December 2031, March 2032 (forums are planned then without knowing its holidays: add them)
            Warning: s/plan.yaml: calendars.school_calendars.surrey.holidays: the list runs from October 2026 to August 2028, so it does not cover June 2031, September 2031, December 2031, March 2032 (forums are planned then without knowing its holidays: add them)
            Warning: s/plan.yaml: calendars.school_calendars.hampshire.holidays: the list runs from October 2026 to August 2028, so it does not cover June 2031, September 2031, December 2031, March 2032 (forums are planned then without knowing its holidays: add them)

            """)
    }
}
