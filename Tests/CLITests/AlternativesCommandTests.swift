import Foundation
import Testing
import TestSupport

/// `forum-planner alternatives` through the built binary: the whole text for one Surrey forum,
/// JSON, and the errors (unknown forum, a forum already held, a count out of range).
@Suite("alternatives command")
struct AlternativesCommandTests {
    @Test("alternatives: the whole text for one Surrey forum, every forum published, re-planning on 1 Mar 2027")
    func text() throws {
        let (book, _) = try BookCommandTests.published("alternatives-text")
        let run = try CLI.run("alternatives", "2027-r2-east-surrey", "--count", "3", "--today", "2027-03-01", "--book", book)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        #expect(run.stdout == Self.expected)
    }

    static let expected = """
        Other choices for the East Surrey forum, Round 2 (September 2027)
        Now: Tue 14 Sep 2027, 10:00–13:00, in person at Linden Road Community Centre.
        The year's total penalty is 434 (proven optimal). For each choice below the rest of the year is planned again around it; published forums stay as they are.

        1. Tue 14 Sep 2027, 11:30–14:30, in person at Linden Road Community Centre
           Total 440: 6 points more (proven optimal).
           Worse by 6 points: Each area's forums vary their weekday and start time across the year.
           No other forum moves.

        2. Tue 14 Sep 2027, 10:00–13:00, in person at Caterham Valley Library Meeting Room
           Total 441: 7 points more (proven optimal).
           Worse by 9 points: Venues with more of the preferred optional features are preferred.
           Better by 2 points: Venues closer to public transport are preferred.
           No other forum moves.

        3. Tue 7 Sep 2027, 10:00–13:00, in person at Linden Road Community Centre
           Total 443: 9 points more (proven optimal).
           Worse by 16 points: A group's forums in a round are not on consecutive days where avoidable.
           Better by 7 points: Forums are held as early in the month as possible.
           No other forum moves.

        Looked at 59 other choices for this forum: 39 give a plan and 20 give no plan that keeps every hard rule.

        """

    @Test("alternatives --json: the same choices for tools, rule ids with their summaries")
    func json() throws {
        let run = try CLI.run("alternatives", "2027-r1-surrey-wide-evening", "--count", "2", "--json", "--today", "2027-01-15", "--book", "/nonexistent/book.sqlite")
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let choices = try #require(document["alternatives"] as? [[String: Any]])
        #expect(choices.count == 2)
        #expect(choices.map { $0["rank"] as? Int } == [1, 2])
        let total = try #require(document["total"] as? Int)
        for choice in choices {
            #expect(choice["total"] as? Int == total + (choice["change"] as? Int ?? -1))
            #expect((choice["forum"] as? [String: Any])?["mode"] as? String == "virtual")
        }
        #expect(document["examined"] as? Int == (document["with_plan"] as? Int ?? 0) + (document["no_plan"] as? Int ?? 0) + (document["unproven"] as? Int ?? 0))
    }

    @Test("alternatives: an unknown forum (did you mean), a forum already held (65), --count out of range (64)")
    func errors() throws {
        let unknown = try CLI.run("alternatives", "2027-r2-east-surey", "--today", "2027-01-15", "--book", "/nonexistent/book.sqlite")
        #expect(unknown.status == 65)
        #expect(unknown.stdout == "")
        let ids = (1...4).flatMap { r in
            ["east-surrey", "farnham-north-east-hants", "guildford-waverley", "north-west-surrey", "surrey-downs", "surrey-wide-evening"].map { "2027-r\(r)-\($0)" }
        }
        #expect(
            unknown.stderr == "FORUM-ID: unknown forum `2027-r2-east-surey`: did you mean `2027-r2-east-surrey`, `2027-r1-east-surrey` or "
                + "`2027-r3-east-surrey`? (expected one of: \(ids.joined(separator: ", ")))\n")
        let (book, _) = try BookCommandTests.published("alternatives-held")
        let held = try CLI.run("alternatives", "2027-r1-east-surrey", "--today", "2027-07-01", "--book", book)
        #expect(held.status == 65)
        #expect(held.stderr == "FORUM-ID: 2027-r1-east-surrey (East Surrey forum, Thu 10 Jun 2027) was held before Thu 1 Jul 2027 and cannot change\n")
        let count = try CLI.run("alternatives", "2027-r2-east-surrey", "--count", "0")
        #expect(count.status == 64)
        #expect(count.stderr.hasPrefix("Error: --count: 0 is out of range (expected 1 to 50)\n"))
    }
}
