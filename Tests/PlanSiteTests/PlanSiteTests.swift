import Foundation
import PlanSite
import PlannerCore
import TestSupport
import Testing

/// The pages of the hand-built plan: which files, whole texts, order, changes, errors, privacy.
@Suite("Plan site")
struct PlanSiteTests {
    @Test("the site has the fixed pages and one page per area, sorted by name")
    func fileNames() throws {
        let names = try PlanSite.files(SiteFixtures.input()).map(\.name)
        #expect(names == [
            "east-surrey.html", "easy-read.html", "evening.html", "index.html", "large-print.html", "newsletter.html",
            "newsletter.txt", "north-west.html", "style.css",
        ])
    }

    @Test("the same input gives byte-identical files")
    func deterministic() throws {
        let first = try PlanSite.files(SiteFixtures.input())
        let second = try PlanSite.files(SiteFixtures.input())
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.contents) == second.map(\.contents))
    }

    @Test("no personal data: no facilitator's name or id, no planner's reason, no internal forum id, one mailbox")
    func noPersonalData() throws {
        for (name, text) in try SiteFixtures.files() {
            for personal in PlanFixtures.personalNames + ["Sam Sample is away", "2027-r", "linden-hall"] {
                #expect(!text.contains(personal), "\(name) contains \(personal)")
            }
            let pattern = try NSRegularExpression(pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")
            let emails = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range, in: text).map { String(text[$0]) }
            }
            #expect(Set(emails).isSubset(of: ["focus.forums@example.org"]), "\(name): \(emails)")
            #expect(name == "style.css" || !emails.isEmpty, "\(name) gives no mailbox")
        }
    }

    @Test("a plan's changes: the moved forum from its pin, the cancelled ones, dated the stamp, with the planner's plain reasons")
    func changesFromPlan() {
        let input = SiteInput(plan: PlanFixtures.plan(), problem: PlanFixtures.problem())
        #expect(input.publishedOn == PlanFixtures.date("2027-01-15"))
        #expect(input.changes.map { "\($0.forum) \($0.area) r\($0.round) \($0.kind.rawValue) \($0.changedOn) \($0.reason ?? "-")" } == [
            "2027-r2-north-west north-west r2 moved 2027-01-15 the organisers cannot be there that day",
            "2027-r2-old-area old-area r2 cancelled 2027-01-15 the forum for this area has stopped meeting",
            "2027-r3-east-surrey east-surrey r3 cancelled 2027-01-15 the forum for this area has stopped meeting",
        ])
        #expect(input.forums.count == PlanFixtures.forums.count)
    }

    @Test("the newsletter lists only the changes this version makes, and says so")
    func changesSinceLastVersion() throws {
        let later = try #require(try SiteFixtures.files(SiteFixtures.input(newChanges: []))["newsletter.txt"])
        #expect(later.contains("\nChanges since the last newsletter\nThere are no changes.\n"))
        let earlier = try #require(try SiteFixtures.files(SiteFixtures.input(newChanges: ["2027-r2-north-west"]))["newsletter.txt"])
        #expect(earlier.contains("\nChanges since the last newsletter\n- North West, Wednesday 1 December 2027: moved on Tuesday 20 April 2027."))
    }

    @Test("after June's forums the schedule starts with December; June comes last, marked as held; the newsletter has December only")
    func nextRoundFirst() throws {
        let files = try SiteFixtures.files(SiteFixtures.input(publishedOn: PlanFixtures.date("2027-07-01")))
        let index = try #require(files["index.html"])
        let headings = index.split(separator: "\n").filter { $0.hasPrefix("<h2 id=\"round-") }
        #expect(headings == [
            "<h2 id=\"round-2\">Forums in December 2027</h2>", "<h2 id=\"round-3\">Forums in March 2028</h2>",
            "<h2 id=\"round-1\">Forums in June 2027 (already held)</h2>",
        ])
        #expect(try #require(files["newsletter.txt"]).hasPrefix("FoCUS forums in December 2027 and March 2028\n"))
    }

    @Test(
        "whole pages against the reviewed copies in Tests/PlanSiteTests/Golden",
        arguments: ["newsletter.txt", "east-surrey.html", "easy-read.html", "index.html"])
    func golden(name: String) throws {
        let rendered = try #require(try SiteFixtures.files()[name])
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let (got, want) = (rendered.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false))
        let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(rendered == expected, "\(name) differs from its golden copy at line \((first?.offset ?? min(got.count, want.count)) + 1): \(first.map { "\"\($0.element.0)\" instead of \"\($0.element.1)\"" } ?? "different length"); if the change is intended, run UPDATE_GOLDEN=1 swift test --filter PlanSiteTests and review the diff")
    }

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
}

/// Area ids that cannot name a page, and templates replaced by a trust's own.
@Suite("Plan site: errors and replaced templates")
struct PlanSiteErrorTests {
    static func input(areaID: Area.ID) -> SiteInput {
        var problem = PlanFixtures.problem()
        problem.areas[1].id = areaID
        return SiteInput(problem: problem, forums: [], publishedOn: SiteFixtures.publishedOn)
    }

    @Test("an area whose page would be index.html is refused, saying why")
    func pageNameTaken() {
        #expect(throws: SiteError.unusablePageName(area: "index", reason: "index.html is already a page of the site; rename the area")) {
            try PlanSite.files(Self.input(areaID: "index"))
        }
        #expect(
            "\(SiteError.unusablePageName(area: "index", reason: "index.html is already a page of the site; rename the area"))"
                == "area id \"index\" cannot name its page: index.html is already a page of the site; rename the area")
    }

    @Test("an area id that is not a plain file name is refused")
    func unsafeName() {
        #expect(throws: SiteError.unusablePageName(area: "North West", reason: "use lower-case letters, digits and hyphens")) {
            try PlanSite.files(Self.input(areaID: "North West"))
        }
    }

    @Test("a replaced template is used in place of the built-in one")
    func replacedTemplate() throws {
        let files = try SiteFixtures.files(templates: ["help.mustache": "<p>Call the team on 0300 000 0000.</p>\n"])
        let index = try #require(files["index.html"])
        #expect(index.contains("<p>Call the team on 0300 000 0000.</p>\n"))
        #expect(!index.contains("Help to take part"))
        #expect(try #require(try SiteFixtures.files()["index.html"]).contains("<h2 id=\"help\">Help to take part</h2>"))
    }

    @Test("a replacement whose name the site does not use is refused, listing the names it uses")
    func unknownTemplate() {
        #expect {
            try SiteFixtures.files(templates: ["indx.mustache": "<h1>{{title}}</h1>\n"])
        } throws: { error in
            "\(error)" == "template indx.mustache is not one of the site's templates, so it would change nothing (expected one of: "
                + PlanSite.templateNames.joined(separator: ", ") + ")"
        }
        #expect(PlanSite.templateNames.contains("index.mustache") && PlanSite.templateNames.contains("style.css"))
    }

    @Test("a replaced template that does not parse is refused, naming file, line and column")
    func badTemplate() {
        #expect {
            try SiteFixtures.files(templates: ["index.mustache": "<h1>{{title}}</h1>\n{{#rounds}}\n<p>{{month}}</p>\n"])
        } throws: { error in
            "\(error)" == "template index.mustache:4:1: expectedSectionEnd"
        }
    }

    @Test("an empty plan is not an error: the pages say no forums are planned yet")
    func emptyPlan() throws {
        let files = Dictionary(
            uniqueKeysWithValues: try PlanSite.files(
                SiteInput(problem: PlanFixtures.problem(), forums: [], publishedOn: SiteFixtures.publishedOn)
            ).map { ($0.name, $0.contents) })
        #expect(files["index.html"]?.contains("<p>No forums are planned yet.</p>") == true)
        #expect(files["newsletter.txt"]?.contains("\nNo forums are planned yet.\n") == true)
    }
}
