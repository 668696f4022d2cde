import Foundation
import Testing

/// `plan` through the built binary: a plan (exit 0), no plan (exit 3, with reasons), bad input
/// (exit 65, nothing written), and re-planning around a published plan.
@Suite("Plan command")
struct PlanCommandTests {
    static func folder(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("forum-planner-\(name)-\(UUID().uuidString)").path
    }

    static func json(_ path: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("the Surrey year: exit 0, proven optimal, 24 forums, plan.json, 8 calendars and 12 pages written")
    func surrey() throws {
        let out = Self.folder("surrey")
        defer { for f in [out, out + "-book.sqlite"] { try? FileManager.default.removeItem(atPath: f) } }
        let run = try CLI.run("plan", "--out", out, "--book", out + "-book.sqlite")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("Round 1 (June 2027)"))
        #expect(run.stdout.contains("proven optimal"))
        let plan = try Self.json(out + "/plan.json")
        #expect(plan["status"] as? String == "optimal")
        #expect((plan["forums"] as? [Any])?.count == 24)
        let proof = try #require(plan["proof"] as? [String: Any])
        #expect(proof["method"] as? String == "linear-relaxation")
        let relaxation = (proof["parts"] as? [[String: Any]])?.first?["relaxation"] as? [String: Any]
        #expect(relaxation?["solver"] as? String == "CLP")
        #expect(relaxation?["bound"] as? Int == 434)
        #expect(proof["gap"] as? Int == 0)
        #expect(proof["bound"] as? Int == plan["objective"] as? Int)
        #expect(run.stderr == "")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files.filter { $0.hasSuffix(".ics") }.count == 8)
        #expect(files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".css") || $0 == "newsletter.txt" } == [
            "east-surrey.html", "easy-read.html", "farnham-north-east-hants.html", "guildford-waverley.html",
            "index.html", "large-print.html", "newsletter.html", "newsletter.txt", "north-west-surrey.html",
            "style.css", "surrey-downs.html", "surrey-wide-evening.html",
        ])
    }

    @Test("a plan that fails the planner's own check: exit 70, 'please report', nothing written")
    func selfCheckFails() throws {
        let out = Self.folder("self-check")
        let run = try CLI.run("plan", "--out", out, "--testing-claim-offset", "1", "--book", out + "-book.sqlite")
        #expect(run.status == 70)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            Internal error: the planner's own check of its plan failed: the search (linear-relaxation) claimed a total penalty \
            of 435, but the rule checker scores the plan at 434. No files were written. This is a bug in forum-planner: \
            please report it, with the plan file.

            """)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("a part handed to CBC after one group-search node: proven, 'then CBC' in the summary, `mip` in plan.json; --no-mip keeps the search")
    func handedToCBC() throws {
        let out = Self.folder("cbc")
        defer { for f in [out, out + "-book.sqlite"] { try? FileManager.default.removeItem(atPath: f) } }
        let run = try CLI.run("plan", "--out", out, "--book", out + "-book.sqlite", "--mip-handover", "1", "--no-relaxation")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr == "")
        let summary = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("Total penalty") })
        #expect(summary.hasPrefix("Total penalty 434 (proven optimal; 1 search nodes, then CBC: "))
        let proof = try #require(try Self.json(out + "/plan.json")["proof"] as? [String: Any])
        #expect(proof["method"] as? String == "mip")
        let part = try #require((proof["parts"] as? [[String: Any]])?.first)
        let mip = try #require(part["mip"] as? [String: Any])
        #expect(mip["solver"] as? String == "CBC")
        #expect(mip["status"] as? String == "optimal")
        #expect(mip["after"] as? String == "group-search")

        let alone = try CLI.run("plan", "--out", out + "-alone", "--book", out + "-alone.sqlite", "--mip-handover", "1", "--no-mip", "--json")
        defer { for f in [out + "-alone", out + "-alone.sqlite"] { try? FileManager.default.removeItem(atPath: f) } }
        #expect(alone.status == 0)
        let aloneJSON = try #require(try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any])
        let aloneProof = try #require(aloneJSON["proof"] as? [String: Any])
        #expect(aloneProof["method"] as? String == "group-search")
        #expect((aloneProof["parts"] as? [[String: Any]])?.first?["mip"] == nil)

        let bad = try CLI.run("plan", "--out", out + "-bad", "--mip-handover", "0")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--mip-handover: 0 is out of range (expected 1 to 20000)"))
    }

    @Test("--json prints the same plan.json it writes")
    func jsonOutput() throws {
        let out = Self.folder("json")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLI.run("plan", "--out", out, "--json", "--book", out + "-book.sqlite")
        #expect(run.status == 0)
        let written = try #require(FileManager.default.contents(atPath: out + "/plan.json"))
        #expect(run.stdout == String(decoding: written, as: UTF8.self))
    }

    @Test("no venue with a hearing loop: exit 3 and the reason, naming forums and venues")
    func noHearingLoop() throws {
        let out = Self.folder("infeasible")
        let run = try CLI.run("plan", "--config", "Fixtures/infeasible-no-hearing-loop/plan.yaml", "--out", out)
        #expect(run.status == 3)
        let line = "no venue in the area has a hearing loop: Grosvenor Lane Church Hall (no), Hale Road Community Centre (unknown), Lynchford Rooms (no) [venue-has-required-features]"
        #expect(run.stderr == """
            No plan meets every hard rule.
            - Round 1 (June 2027), Farnham & North East Hants, in person: \(line)
            - Round 2 (September 2027), Farnham & North East Hants, in person: \(line)
            - Round 4 (March 2028), Farnham & North East Hants, in person: \(line)

            """)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("the coordinator away most of a month: exit 3, too few days for the round")
    func coordinatorAway() throws {
        let run = try CLI.run("plan", "--config", "Fixtures/infeasible-coordinator-away/plan.yaml", "--out", Self.folder("away"))
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("""
            No plan meets every hard rule.
            - Round 2 (September 2027): 3 forums (East Surrey, North West Surrey, Surrey Downs) need FoCUS coordinator on different days, but only 2 days can hold them: Wed 15 Sep 2027, Thu 16 Sep 2027 [facilitator-one-place-a-day
            """))
    }

    @Test("a bad plan file: exit 65, the full error, nothing written")
    func badInput() throws {
        let out = Self.folder("bad")
        let run = try CLI.run("plan", "--config", "Fixtures/malformed-venue-capacity/plan.yaml", "--out", out)
        #expect(run.status == 65)
        #expect(run.stderr == "Fixtures/malformed-venue-capacity/plan.yaml:49: venues[1].capacity: \"lots\" is not a whole number (expected a number of people from 1 to 10,000, e.g. 40)\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("re-planning when a booked venue falls through: only that forum moves, and says why")
    func replan() throws {
        let out = Self.folder("replan")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let dir = "Fixtures/replan-venue-withdrawn"
        let book = out + "/../replan-\(UUID().uuidString).sqlite"
        let seeded = try CLI.run("import-published", "\(dir)/published.json", "--config", "\(dir)/plan.yaml", "--book", book, "--today", "2027-01-15")
        #expect(seeded.status == 0, "stderr: \(seeded.stderr)")
        let run = try CLI.run("plan", "--config", "\(dir)/plan.yaml", "--book", book, "--today", "2027-01-15", "--out", out)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let published = try Self.json(CLI.root.appendingPathComponent("\(dir)/published.json").path)
        let replanned = try Self.json(out + "/plan.json")
        func forums(_ d: [String: Any]) -> [String: [String: Any]] {
            Dictionary(uniqueKeysWithValues: ((d["forums"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "", $0) })
        }
        let before = forums(published), after = forums(replanned)
        #expect(before.count == 24 && after.count == 24)
        var changed: [String] = []
        for (id, old) in before {
            let new = after[id] ?? [:]
            let same = ["date", "start", "mode"].allSatisfy { (old[$0] as? String) == (new[$0] as? String) }
                && (old["venue"] as? String) == (new["venue"] as? String)
            if !same { changed.append(id) }
        }
        #expect(changed == ["2027-r2-farnham-north-east-hants"])
        let moved = after["2027-r2-farnham-north-east-hants"] ?? [:]
        #expect(moved["sequence"] as? Int == 1)
        #expect(moved["moved_because"] as? String == "the venue is no longer available that day")
        #expect(run.stdout.contains("moved: the published Mon 6 Sep 2027 10:00 no longer works"))
        let newsletter = String(decoding: FileManager.default.contents(atPath: out + "/newsletter.txt") ?? Data(), as: UTF8.self)
        #expect(newsletter.contains("""
            Changes since the last newsletter
            - Farnham & North East Hants, Monday 6 September 2027: moved on Friday 15 January 2027. It is now on Monday 6 September 2027, 10:00 to 13:00, in person at Lynchford Rooms. It was first announced for Monday 6 September 2027 at 10:00, in person at Hale Road Community Centre. The venue is no longer available that day.

            """))
        let page = String(decoding: FileManager.default.contents(atPath: out + "/farnham-north-east-hants.html") ?? Data(), as: UTF8.self)
        #expect(page.contains("""
            <p><strong>Moved on Friday 15 January 2027.</strong>
            It was first announced for Monday 6 September 2027 at 10:00, in person at Hale Road Community Centre. The venue is no longer available that day.</p>
            """))
    }

    @Test("another plan file without --out writes to Calendars/ next to it, not to this repository's")
    func defaultFolderFollowsConfig() throws {
        let dir = Self.folder("other-trust")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run("generate", "--areas", "5", "--out", dir).status == 0)
        #expect(try CLI.run("plan", "--config", dir + "/plan.yaml").status == 0)
        let run = try CLI.run("publish", "--config", dir + "/plan.yaml")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Wrote 22 files to \(dir)/Calendars/."))
        #expect(FileManager.default.fileExists(atPath: dir + "/Calendars/plan.json"))
    }

    @Test("publishing.templates: the trust's own template is used; a broken one is refused with exit 65, nothing written")
    func trustTemplates() throws {
        let dir = Self.folder("templates")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run("generate", "--areas", "2", "--out", dir).status == 0)
        try FileManager.default.createDirectory(atPath: dir + "/site-templates", withIntermediateDirectories: true)
        try "<p>Ring the team on 0300 000 0000.</p>\n".write(toFile: dir + "/site-templates/help.mustache", atomically: true, encoding: .utf8)
        let plan = try String(contentsOfFile: dir + "/plan.yaml", encoding: .utf8)
        #expect(plan.contains("\npublishing:\n"))
        try plan.replacingOccurrences(of: "\npublishing:\n", with: "\npublishing:\n  templates: site-templates\n")
            .write(toFile: dir + "/plan.yaml", atomically: true, encoding: .utf8)
        let run = try CLI.run("plan", "--config", dir + "/plan.yaml", "--out", dir + "/out")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let index = String(decoding: FileManager.default.contents(atPath: dir + "/out/index.html") ?? Data(), as: UTF8.self)
        #expect(index.contains("<p>Ring the team on 0300 000 0000.</p>"))

        try "{{#help}}\n".write(toFile: dir + "/site-templates/help.mustache", atomically: true, encoding: .utf8)
        let broken = try CLI.run("plan", "--config", dir + "/plan.yaml", "--out", dir + "/broken")
        #expect(broken.status == 65)
        #expect(broken.stderr == "Cannot make the pages (templates from \(dir)/site-templates): template help.mustache:2:1: expectedSectionEnd\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/broken"))
    }

    @Test("publish without publishing.base_url says the pages link to a placeholder address")
    func placeholderBaseURL() throws {
        let dir = Self.folder("placeholder")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run("generate", "--areas", "2", "--out", dir).status == 0)
        let plan = try String(contentsOfFile: dir + "/plan.yaml", encoding: .utf8)
        let withoutPublishing = try #require(plan.components(separatedBy: "\npublishing:\n").first)
        try withoutPublishing.write(toFile: dir + "/plan.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run("plan", "--config", dir + "/plan.yaml").status == 0)
        let run = try CLI.run("publish", "--config", dir + "/plan.yaml")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasSuffix("""
            Note: the pages link to the calendars at https://example.org/forums/, a placeholder: set publishing.base_url in the plan file to the address you upload them to.

            """))
        let index = String(decoding: FileManager.default.contents(atPath: dir + "/Calendars/index.html") ?? Data(), as: UTF8.self)
        #expect(index.contains("webcal://example.org/forums/forums.ics"))
    }

    @Test("the same input gives byte-identical output")
    func reproducible() throws {
        let a = Self.folder("rep-a"), b = Self.folder("rep-b")
        defer { for f in [a, b, a + "-book.sqlite", b + "-book.sqlite"] { try? FileManager.default.removeItem(atPath: f) } }
        #expect(try CLI.run("plan", "--out", a, "--book", a + "-book.sqlite").status == 0)
        #expect(try CLI.run("plan", "--out", b, "--book", b + "-book.sqlite").status == 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: a).sorted() {
            #expect(FileManager.default.contents(atPath: a + "/" + name) == FileManager.default.contents(atPath: b + "/" + name), "\(name)")
        }
    }
}
