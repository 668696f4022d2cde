import Foundation
import Testing

/// `check-venue` and `venues` through the built `forum-planner` binary: exit codes and the text people read.
@Suite("Venue commands")
struct VenueCommandTests {
    @Test("suitable: exit 0, one line per requirement, the verdict")
    func suitable() throws {
        let run = try CLI.run(
            "check-venue", "linden-road-community-centre", "--forum", "2027-r2-east-surrey", "--date", "2027-09-14")
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                Linden Road Community Centre (linden-road-community-centre), 21 Linden Road, Redhill RH1 1QG
                For forum 2027-r2-east-surrey: East Surrey, Round 2 (September 2027), on Tue 14 Sep 2027:
                  ✓ serves East Surrey
                  ✓ has step-free access
                  ✓ has an accessible toilet
                  ✓ has a hearing loop
                  ✓ has Wi-Fi for visitors
                  ✓ has a ground-floor room
                  ✓ holds 60; 25 expected
                  ✓ 350 m to the nearest bus stop or station; at most 800 m allowed
                  ✓ free on Tue 14 Sep 2027
                Verdict: suitable.

                """)
    }

    @Test("unsuitable: exit 1, the failing line marked, the other venues that would do")
    func unsuitable() throws {
        let run = try CLI.run("check-venue", "st-barnabas-church-hall-reigate", "--needs", "calm_space")
        #expect(run.status == 1)
        #expect(run.stdout.contains("  ✗ lacks step-free access\n"))
        #expect(run.stdout.contains("  ? a calm space: not recorded\n"))
        #expect(
            run.stdout.hasSuffix(
                """
                Verdict: unsuitable: 1 requirement not met (marked ✗).
                Also ask the venue about a calm space.
                Other venues in East Surrey that would do: Linden Road Community Centre (linden-road-community-centre).

                """))
    }

    @Test("unconfirmed: exit 1, what to ask the venue, and no alternative")
    func unconfirmed() throws {
        let run = try CLI.run(
            "check-venue", "redhill-quaker-meeting-rooms", "--area", "surrey-downs", "--date", "2027-06-10",
            "--venues", "Fixtures/venues-csv/venues.csv")
        #expect(run.status == 1)
        #expect(
            run.stdout.hasSuffix(
                """
                Verdict: unconfirmed: ask the venue about step-free access, an accessible toilet, a hearing loop, Wi-Fi for visitors, a calm space and the distance to the nearest bus stop or station.
                No other venue in Surrey Downs meets these requirements.

                """))
    }

    @Test("--json: venue, verdict, requirements with id, status and detail, alternatives")
    func json() throws {
        let run = try CLI.run("check-venue", "elmcroft-hall-leatherhead", "--json")
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["venue"] as? String == "elmcroft-hall-leatherhead")
        #expect(object["verdict"] as? String == "unconfirmed")
        #expect(
            object["alternatives"] as? [String] == ["ashley-court-community-rooms", "deepdene-lane-methodist-hall"])
        let requirements = try #require(object["requirements"] as? [[String: String]])
        #expect(
            requirements.first { $0["id"] == "feature:calm_space" } == [
                "id": "feature:calm_space", "status": "unknown", "detail": "a calm space: recorded as unknown",
            ])
        #expect(requirements.allSatisfy { Set($0.keys) == ["id", "status", "detail"] })
    }

    @Test(
        "usage errors exit 64 with the message",
        arguments: [
            (
                ["check-venue", "linden-road"],
                "Error: unknown venue `linden-road`: did you mean `linden-road-community-centre`?"
            ),
            (
                [
                    "check-venue", "linden-road-community-centre", "--forum", "2027-r2-east-surrey", "--area",
                    "east-surrey",
                ],
                "Error: give --forum or --area, not both"
            ),
            (
                ["check-venue", "linden-road-community-centre", "--date", "14/09/2027"],
                "Error: --date: \"14/09/2027\" is not a date (expected a date written YYYY-MM-DD, e.g. 2027-09-14)"
            ),
            (
                ["check-venue", "linden-road-community-centre", "--needs", "calm_space,hearing_loop"],
                "Error: --needs: unknown feature `hearing_loop`: did you mean `hearing_loop_room` or `hearing_loop_reception`?"
            ),
            (
                ["check-venue", "linden-road-community-centre", "--forum", "2027-r2-east-sury"],
                "Error: --forum: unknown forum `2027-r2-east-sury`: did you mean `2027-r2-east-surrey`"
            ),
            (
                ["check-venue", "linden-road-community-centre", "--area", "surrey-wide-evening"],
                "Error: `surrey-wide-evening` is an evening forum, which always meets online"
            ),
            (
                ["venues", "--area", "east-surey"],
                "Error: --area: unknown area `east-surey`: did you mean `east-surrey`?"
            ),
        ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
    }

    @Test("a bad input file exits 65 with the whole located error")
    func badInput() throws {
        for command in [
            ["venues"], ["check-venue", "linden-road-community-centre"], ["plan", "--out", "/nonexistent-dir/x"],
        ] {
            let run = try CLI.run(command + ["--venues", "Fixtures/malformed-venues-csv/venues.csv"])
            #expect(run.status == 65, "\(command)")
            #expect(
                run.stderr
                    == "Fixtures/malformed-venues-csv/venues.csv:4: column capacity: \"forty\" is not a whole number (expected a number of people from 1 to 10,000, e.g. 40)\n"
            )
        }
        let missing = try CLI.run("venues", "--config", "Fixtures/none/plan.yaml")
        #expect(missing.status == 65)
        #expect(missing.stderr == "Fixtures/none/plan.yaml: no such file (expected a UTF-8 text file at this path)\n")
    }

    @Test("venues: one line per venue with areas, capacity and the access summary; --area filters; --json")
    func venues() throws {
        let run = try CLI.run("venues", "--area", "east-surrey", "--venues", "Fixtures/venues-csv/venues.csv")
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                linden-road-community-centre: Linden Road Community Centre (East Surrey), holds 60; step-free yes, toilet yes, loop yes, Wi-Fi yes, ground floor yes; 350 m to transport
                st-barnabas-church-hall-reigate: St Barnabas Church Hall (East Surrey), holds 45; step-free no, toilet yes, loop yes, Wi-Fi yes, ground floor yes; 300 m to transport
                caterham-valley-library-room: Caterham Valley Library Meeting Room (East Surrey), holds 35; step-free yes, toilet yes, loop yes, Wi-Fi yes, ground floor yes; 150 m to transport
                redhill-quaker-meeting-rooms: Redhill Quaker Meeting Rooms (East Surrey; Surrey Downs), holds 30; step-free unknown, toilet unknown, loop unknown, Wi-Fi unknown, ground floor unknown, calm space unknown; distance to transport unknown

                """)
        let all = try CLI.run("venues")
        #expect(all.status == 0)
        #expect(all.stdout.split(separator: "\n").count == 15)
        #expect(
            all.stdout.contains(
                "riverside-meeting-hall-addlestone: Riverside Meeting Hall (North West Surrey), holds 40; step-free yes, toilet yes, loop unknown, Wi-Fi yes; 250 m to transport\n"
            ))
        let json = try CLI.run("venues", "--json", "--area", "surrey-downs")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(
            list.compactMap { $0["id"] as? String } == [
                "ashley-court-community-rooms", "elmcroft-hall-leatherhead", "deepdene-lane-methodist-hall",
            ])
    }
}

/// Finds and runs the built `forum-planner` binary from the repository root.
enum CLI {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        /// True when a signal ended the process (a trap, a crash), so `status` is the signal's number.
        var signalled = false
    }

    /// The repository root: two folders up from `Tests/CLITests/`.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The binary in the build folder of this test bundle (any scratch path), else `.build/debug`.
    static func binary() throws -> URL {
        var folders = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }.map {
            $0.deletingLastPathComponent()
        }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        folders.append(root.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("forum-planner")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw BinaryNotFound(searched: folders.map(\.path))
    }

    struct BinaryNotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "forum-planner not built; looked in \(searched.joined(separator: ", ")). Run swift build first."
        }
    }

    static func run(_ arguments: String...) throws -> Run { try run(arguments) }

    /// Runs the binary with `arguments` in the repository root, so the default `--config` is found.
    ///
    /// `plan` with a plan file of this repository and no `--book` gets a new book in a temporary
    /// folder, so that tests never leave a book under Fixtures/ nor share one.
    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try binary()
        var arguments = arguments
        let config = arguments.firstIndex(of: "--config").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        if arguments.first == "plan", !arguments.contains("--book"), !(config ?? "").hasPrefix("/") {
            let book = FileManager.default.temporaryDirectory.appendingPathComponent("book-\(UUID().uuidString).sqlite").path
            arguments += ["--book", book]
        }
        process.arguments = arguments
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), signalled: process.terminationReason == .uncaughtSignal)
    }
}
