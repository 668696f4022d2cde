import Foundation
import PlanSite
import PlannerCore
import PlannerInput
import TestSupport
import Testing

/// The Surrey year's pages: the pages committed in `Calendars/` are what the committed plan gives, and
/// the pages (with a moved and a cancelled forum added) pass the checks in a real browser.
@Suite("Surrey site")
struct SurreySiteTests {
    static let root = Python.repositoryRoot
    static let calendars = root.appendingPathComponent("Calendars")
    static let planFile = root.appendingPathComponent("Fixtures/surrey-2027-28/plan.yaml")

    /// The site input of the committed `Calendars/plan.json`, as `make plan` makes it.
    static func committedInput() throws -> SiteInput {
        let problem = try PlanFile.load(path: planFile.path)
        let json = try PlanJSONReader.load(path: calendars.appendingPathComponent("plan.json").path, problem: problem)
        let plan = Plan(
            status: .optimal, objective: 0, lowerBound: 0, forums: json.forums.map { PlannedForum(meeting: $0, penalties: []) },
            events: json.events, statistics: SearchStatistics(), cancelled: json.cancelled)
        return SiteInput(plan: plan, problem: problem)
    }

    /// The committed input after a re-plan: East Surrey's September forum cancelled and Farnham's
    /// moved a week later, each with a reason, on 1 March 2027.
    static func replannedInput() throws -> SiteInput {
        var input = try committedInput()
        let changedOn = LocalDate(iso: "2027-03-01") ?? input.publishedOn
        let cancelledID = ForumID("2027-r2-east-surrey"), movedID = ForumID("2027-r2-farnham-north-east-hants")
        let cancelled = try #require(input.forums.first { $0.id == cancelledID })
        let moved = try #require(input.forums.first { $0.id == movedID })
        input.forums.removeAll { $0.id == cancelledID }
        if let index = input.forums.firstIndex(where: { $0.id == movedID }) {
            input.forums[index].date = moved.date.adding(days: 7)
        }
        input.changes = [
            ForumChange(
                forum: cancelledID, area: cancelled.area, round: cancelled.round, kind: .cancelled, previous: Announcement(cancelled),
                reason: "The venue has closed for repairs.", changedOn: changedOn),
            ForumChange(
                forum: movedID, area: moved.area, round: moved.round, kind: .moved, previous: Announcement(moved),
                reason: "The first date clashed with a carers’ event in Farnham.", changedOn: changedOn),
        ]
        return input
    }

    @Test("the pages in Calendars/ are what the committed Calendars/plan.json gives, byte for byte")
    func committedSiteIsCurrent() throws {
        let files = try PlanSite.files(try Self.committedInput())
        let folder = Self.calendars
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".css") || $0 == "newsletter.txt" }.sorted()
        #expect(onDisk == files.map(\.name), "regenerate with `make plan` and commit Calendars/")
        for file in files {
            let committed = FileManager.default.contents(atPath: folder.appendingPathComponent(file.name).path)
            #expect(committed == Data(file.contents.utf8), "Calendars/\(file.name) is out of date: regenerate with `make plan`")
        }
    }

    @Test("a re-plan shows the cancelled and the moved forum with their reasons on the pages and in the newsletter")
    func replannedChanges() throws {
        let files = Dictionary(uniqueKeysWithValues: try PlanSite.files(try Self.replannedInput()).map { ($0.name, $0.contents) })
        let newsletter = try #require(files["newsletter.txt"])
        #expect(newsletter.contains("""
            Changes since the forums were first announced
            - Farnham & North East Hants, Thursday 2 September 2027: moved on Monday 1 March 2027. It is now on Thursday 9 September 2027, 10:00 to 13:00, in person at Hale Road Community Centre. It was first announced for Thursday 2 September 2027 at 10:00, in person at Hale Road Community Centre. The first date clashed with a carers’ event in Farnham.
            - East Surrey, Tuesday 14 September 2027: cancelled on Monday 1 March 2027. It will not take place. The venue has closed for repairs.
            """))
        let index = try #require(files["index.html"])
        #expect(index.contains("<li><a href=\"#r2-east-surrey\">East Surrey, Tuesday 14 September 2027</a>: cancelled on Monday 1 March 2027. The venue has closed for repairs.</li>"))
        let page = try #require(files["east-surrey.html"])
        #expect(page.contains("""
            <p><strong>Cancelled on Monday 1 March 2027.</strong>
            It was planned for Tuesday 14 September 2027 at 10:00, in person at Linden Road Community Centre. It will not take place. We are sorry for any trouble this causes. The venue has closed for repairs.</p>
            """))
    }

    @Test(
        "the pages in Chromium: axe (WCAG 2.2 AA) finds nothing, tables have headers, Tab reaches the skip link, the Nu checker is silent, plain English",
        .timeLimit(.minutes(5)))
    func browserChecks() throws {
        // Kept after the test in .build/site-checks/ (the pages, the screenshots and the A4 print), to look at.
        let checks = Self.root.appendingPathComponent(".build/site-checks")
        let folder = checks.appendingPathComponent("site"), shots = checks.appendingPathComponent("shots")
        try? FileManager.default.removeItem(at: checks)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in try PlanSite.files(try Self.replannedInput()) {
            try file.contents.write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        let run = try Python.run([
            Self.root.appendingPathComponent("Tests/tools/check_site.py").path, folder.path, "--shots", shots.path,
        ])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("check_site: 10 pages, 0 problems"), "\(run.output)")
        for shot in ["index.png", "easy-read.png", "index-print.pdf"] {
            #expect(FileManager.default.fileExists(atPath: shots.appendingPathComponent(shot).path), "\(shot) was not made")
        }
    }
}
