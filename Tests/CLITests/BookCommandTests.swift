import Foundation
import Testing
import TestSupport

/// The plan book's commands through the built binary: move (refused by a hard rule, or kept by a
/// re-plan), cancel of an unknown forum, publishing twice, a folder holding other files, a book
/// from a newer tool, and import-published with cancelled forums.
@Suite("Plan book commands")
struct BookCommandTests {
    /// A temporary folder with a book at version 1, published on the Surrey stamp date.
    static func published(_ name: String) throws -> (book: String, out: String) {
        let folder = GenerateCommandTests.temporaryFolder(name)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let book = folder + "/book.sqlite", out = folder + "/out"
        #expect(try CLI.run("plan", "--today", "2027-01-15", "--book", book).status == 0)
        let publish = try CLI.run("publish", "--today", "2027-01-15", "--book", book, "--out", out)
        #expect(publish.stdout == "Published version 1 on Fri 15 Jan 2027: first publication, 24 forums.\nWrote 22 files to \(out)/.\n")
        return (book, out)
    }

    @Test("publish --refresh writes the files again as a new version when no forum changed (after an update of forum-planner); without a draft it is refused")
    func refresh() throws {
        let (book, out) = try Self.published("refresh")
        let noDraft = try CLI.run("publish", "--refresh", "--today", "2027-02-01", "--book", book, "--out", out)
        #expect(noDraft.status == 65)
        #expect(noDraft.stderr == "\(book): there is no draft to publish (expected `forum-planner plan` first)\n")
        #expect(try CLI.run("plan", "--today", "2027-02-01", "--book", book).status == 0)
        let same = try CLI.run("publish", "--today", "2027-02-01", "--book", book, "--out", out)
        #expect(same.stdout == "Nothing has changed since version 1, published Fri 15 Jan 2027; no files written.\n")
        let again = try CLI.run("publish", "--refresh", "--today", "2027-02-01", "--book", book, "--out", out)
        #expect(again.stdout == "Published version 2 on Mon 1 Feb 2027: no forum changed, the files written again.\nWrote 22 files to \(out)/.\n")
        let calendar = try String(contentsOfFile: out + "/forums.ics", encoding: .utf8)
        #expect(!calendar.contains("SEQUENCE:1"), "no event changed, so no SEQUENCE rises")
    }

    @Test("move: a date that breaks a hard rule is refused with the rule and why (exit 65), the book unchanged")
    func moveRefused() throws {
        let (book, _) = try Self.published("move-refused")
        let run = try CLI.run(
            "move", "2027-r1-surrey-wide-evening", "--date", "2027-06-05", "--reason", "the hall is booked", "--today", "2027-03-01",
            "--book", book)
        #expect(run.status == 65)
        #expect(
            run.stderr == """
                Cannot move 2027-r1-surrey-wide-evening to Sat 5 Jun 2027 at 18:15: it breaks a hard rule.
                - [working-day] Round 1 (June 2027), Surrey-wide evening forum, online on Sat 5 Jun 2027: Saturday is not a working day

                """)
        #expect(try CLI.run("publish", "--today", "2027-03-01", "--book", book).stdout.hasPrefix("Nothing has changed since version 1"))
    }

    @Test("move: kept by the next re-plan, published with the reason; publishing again writes nothing")
    func moveKept() throws {
        let (book, out) = try Self.published("move-kept")
        let move = try CLI.run(
            "move", "2027-r2-east-surrey", "--date", "2027-09-16", "--reason", "the hall is booked", "--today", "2027-03-01", "--book", book)
        #expect(move.status == 0, "\(move.stderr)")
        #expect(move.stdout.hasPrefix("Moved: East Surrey forum to Thu 16 Sep 2027 at 10:00, in person at "))
        #expect(try CLI.run("plan", "--today", "2027-03-02", "--book", book).status == 0)
        let publish = try CLI.run("publish", "--today", "2027-03-02", "--book", book, "--out", out)
        #expect(publish.stdout.hasPrefix("Published version 2 on Tue 2 Mar 2027: 1 forum changed.\n  - East Surrey forum: was Tue 14 Sep 2027"))
        #expect(publish.stdout.contains("now Thu 16 Sep 2027 at 10:00, in person at ") && publish.stdout.contains(", because the hall is booked.\n"))
        let changes = try String(contentsOfFile: out + "/changes.txt", encoding: .utf8)
        #expect(changes.contains("Published Tue 2 Mar 2027:\n- East Surrey forum: was Tue 14 Sep 2027"))
        let again = try CLI.run("publish", "--today", "2027-03-02", "--book", book, "--out", out)
        #expect(again.stdout == "Nothing has changed since version 2, published Tue 2 Mar 2027: nothing was planned, cancelled or moved since; no files written.\n")
        let json = try CLI.run("history", "--json", "--book", book)
        let versions = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(versions.map { $0["version"] as? Int } == [1, 2])
        let history = try CLI.run("history", "--book", book)
        #expect(
            history.stdout == """
                Version 1, published Fri 15 Jan 2027
                  24 forums, 0 cancelled
                Version 2, published Tue 2 Mar 2027
                  24 forums, 0 cancelled
                  - moved: East Surrey forum: was Tue 14 Sep 2027 at 10:00, in person at Linden Road Community Centre; \
                now Thu 16 Sep 2027 at 10:00, in person at Linden Road Community Centre, because the hall is booked.

                """)
    }

    @Test("plan with no plan possible (exit 3) makes no book")
    func noPlanNoBook() throws {
        let folder = GenerateCommandTests.temporaryFolder("no-plan-no-book")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let book = folder + "/book.sqlite"
        let run = try CLI.run(
            "plan", "--config", "Fixtures/infeasible-coordinator-away/plan.yaml", "--book", book, "--today", "2027-01-15")
        #expect(run.status == 3, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: book))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test("cancel: an unknown forum is refused with the close ids (exit 65)")
    func cancelUnknown() throws {
        let (book, _) = try Self.published("cancel-unknown")
        let run = try CLI.run("cancel", "2027-r1-east-surey", "--reason", "ill", "--book", book, "--today", "2027-03-01")
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("FORUM-ID: unknown forum `2027-r1-east-surey`: did you mean `2027-r1-east-surrey`, `2027-r2-east-surrey` or `2027-r3-east-surrey`? (expected one of: 2027-r1-east-surrey, "))
    }

    @Test("publish never replaces a folder holding other files, such as a plan file (exit 73)")
    func foreignFolder() throws {
        let folder = GenerateCommandTests.temporaryFolder("foreign")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "keep me".write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
        let book = folder + "/book.sqlite"
        #expect(try CLI.run("plan", "--today", "2027-01-15", "--book", book).status == 0)
        let run = try CLI.run("publish", "--today", "2027-01-15", "--book", book, "--out", folder)
        #expect(run.status == 73)
        #expect(run.stderr == "Cannot write \(folder): it holds book.sqlite, which is not a published file; the whole folder is replaced, so name an empty folder or one that forum-planner wrote\n")
        #expect(try String(contentsOfFile: folder + "/plan.yaml", encoding: .utf8) == "keep me")
    }

    @Test("history, show, cancel and publish need a book: a missing one is named (exit 65), and none is made")
    func missingBook() throws {
        let book = GenerateCommandTests.temporaryFolder("missing") + "/book.sqlite"
        for arguments in [["history"], ["show"], ["cancel", "2027-r1-east-surrey", "--reason", "ill"], ["publish"]] {
            let run = try CLI.run(arguments + ["--book", book])
            #expect(run.status == 65, "\(arguments)")
            #expect(run.stderr == "\(book): there is no plan book here (expected one started by `forum-planner plan` or `import-published`; --book names another)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: book))
    }

    @Test("a book from a newer forum-planner is refused (exit 65) and left as it was")
    func newerBook() throws {
        let (book, _) = try Self.published("newer")
        let script = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO grdb_migrations VALUES ('v9-payments')\"); c.commit()"
        #expect(try Python.run(["-c", script, book]).status == 0)
        let before = FileManager.default.contents(atPath: book)
        let run = try CLI.run("plan", "--today", "2027-02-01", "--book", book)
        #expect(run.status == 65)
        #expect(run.stderr == "\(book): this plan book was written by a newer version of forum-planner (it has schema steps this version does not know: v9-payments); use that version or a later one. The book was not changed.\n")
        #expect(FileManager.default.contents(atPath: book) == before)
    }

    @Test("import-published: a plan.json's forums and cancelled forums become version 1, SEQUENCE kept")
    func importPublished() throws {
        let folder = GenerateCommandTests.temporaryFolder("import")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let published = CLI.root.appendingPathComponent("Fixtures/replan-venue-withdrawn/published.json").path
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: published))) as? [String: Any] ?? [:]
        var forums = json["forums"] as? [[String: Any]] ?? []
        var gone = forums.removeLast()
        gone["sequence"] = 1
        json["forums"] = forums
        json["cancelled"] = [gone]
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: folder + "/plan.json"))
        let book = folder + "/book.sqlite"
        let config = "Fixtures/replan-venue-withdrawn/plan.yaml"
        let run = try CLI.run("import-published", folder + "/plan.json", "--config", config, "--book", book, "--today", "2027-01-15")
        #expect(run.stdout == "Imported 23 forums and 1 cancelled as version 1 (published Fri 15 Jan 2027) into \(book).\n")
        let show = try CLI.run("show", "--version", "1", "--config", config, "--book", book)
        #expect(show.stdout.components(separatedBy: "CANCELLED (sequence 1)").count == 2, "\(show.stdout)")
        #expect(try CLI.run("import-published", folder + "/plan.json", "--config", config, "--book", book).status == 65)
    }

    @Test("re-planning on 10 Sep with the coordinator off sick 13-14 Sep: East Surrey moves later, never into the past, and says the notice is short")
    func offSick() throws {
        let folder = GenerateCommandTests.temporaryFolder("sick")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fixture = CLI.root.appendingPathComponent("Fixtures/surrey-2027-28").path
        for name in ["plan.yaml", "venues.yaml", "calendars.yaml"] {
            try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: folder + "/" + name)
        }
        let config = folder + "/plan.yaml"
        #expect(try CLI.run("plan", "--config", config, "--today", "2027-01-15").status == 0)
        #expect(try CLI.run("publish", "--config", config, "--today", "2027-01-15").status == 0)
        let text = try String(contentsOfFile: config, encoding: .utf8)
        let sick = text.replacingOccurrences(
            of: "unavailable: [2027-06-21, 2027-12-13 to 2027-12-15]", with: "unavailable: [2027-06-21, 2027-09-13 to 2027-09-14, 2027-12-13 to 2027-12-15]")
        #expect(sick != text)
        try sick.write(toFile: config, atomically: true, encoding: .utf8)
        let run = try CLI.run("plan", "--config", config, "--today", "2027-09-10")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("""
                Changes since version 1:
                  - East Surrey forum: was Tue 14 Sep 2027 at 10:00, in person at Linden Road Community Centre; now Tue 21 Sep 2027 at 10:00, in person at Linden Road Community Centre, because the organisers cannot be there that day.
                  Short notice: the East Surrey forum of Tue 21 Sep 2027 is 11 days away (under 14); contact every registered attendee directly (phone, text or post as they prefer).

                """), "\(run.stdout)")
        // Published late, after the new date has passed: refused, and nothing is published.
        let late = try CLI.run("publish", "--config", config, "--today", "2027-09-22")
        #expect(late.status == 65)
        #expect(late.stderr == """
            \(folder)/plan-book.sqlite: the draft, planned on Fri 10 Sep 2027, has the East Surrey forum on \
            Tue 21 Sep 2027, which is before today (Wed 22 Sep 2027), and that is not what was published (expected \
            `forum-planner plan --today 2027-09-22` again first, to plan from today)

            """)
        #expect(try CLI.run("history", "--json", "--config", config).stdout.components(separatedBy: "\"version\"").count == 2)
    }

    @Test("publish killed (SIGKILL) at moments from 0 to 250 ms: the next publish leaves the folder matching the book's latest version, nothing behind")
    func killedPublish() throws {
        let (book, out) = try Self.published("killed")
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/plan.json"))) as? [String: Any] ?? [:]
        let ids = ((plan["forums"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        for (i, delay) in [0, 10, 25, 50, 75, 100, 130, 160, 200, 250].enumerated() {
            #expect(try CLI.run("cancel", ids[i], "--reason", "a test", "--today", "2027-03-01", "--book", book).status == 0)
            let process = Process()
            process.executableURL = try CLI.binary()
            process.arguments = ["publish", "--today", "2027-03-01", "--book", book, "--out", out]
            process.currentDirectoryURL = CLI.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let next = try CLI.run("publish", "--today", "2027-03-01", "--book", book, "--out", out)
            #expect(next.status == 0, "after a kill at \(delay) ms: \(next.stderr)")
            let history = try CLI.run("history", "--json", "--book", book)
            let versions = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]] ?? []
            let live = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/plan.json"))) as? [String: Any] ?? [:]
            #expect(live["version"] as? Int == versions.count && versions.count == i + 2, "after a kill at \(delay) ms")
            let parent = (out as NSString).deletingLastPathComponent
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".out.new-") } == [])
        }
    }
}
