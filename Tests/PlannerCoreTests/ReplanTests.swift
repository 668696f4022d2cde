import Testing

@testable import PlannerCore

/// A new plan merged with the published schedule: what stays, what moved and why, what is
/// cancelled; SEQUENCE numbers; the changes in words.
@Suite("Re-planning against the published schedule")
struct ReplanTests {
    static let context = RuleContext(RuleTests.problem)
    static let today = TestProblems.date("2027-10-01")

    /// Area 1 round 1 (September, before today), area 1 round 2 and area 2 round 2 (December), as published.
    static func published() -> Schedule {
        let context = Self.context
        let forums = [
            RuleTests.good(),
            RuleTests.good { $0.id = "2027-r2-area-1"; $0.round = 2; $0.date = TestProblems.date("2027-12-01") },
            RuleTests.good { $0.id = "2027-r2-area-2"; $0.round = 2; $0.area = "area-2"; $0.venue = "venue-2"; $0.date = TestProblems.date("2027-12-07") },
        ].map { m in ScheduledForum(meeting: m, areaName: context.areaName(m.area), venueName: m.venue.map { context.venueName($0) }) }
        return Schedule(forums: forums, events: [])
    }

    static func plan(_ meetings: [Meeting], moved: RuleID? = nil) -> Plan {
        let forums = meetings.map { PlannedForum(meeting: $0, penalties: [], movedRule: $0.id == "2027-r2-area-1" ? moved : nil) }
        return Plan(status: .optimal, objective: 0, lowerBound: 0, forums: forums, events: [], statistics: SearchStatistics())
    }

    @Test("a forum the solver moved keeps its first announcement and says why in plain words; the changes say so")
    func moved() {
        let published = Self.published()
        var meetings = published.forums.map(\.meeting)
        meetings[1].date = TestProblems.date("2027-12-02")
        let draft = Replan.draft(plan: Self.plan(meetings, moved: .venueAvailable), published: published, decisions: .init(), today: Self.today, context: Self.context)
        let forum = draft.forum("2027-r2-area-1")
        #expect(forum?.firstAnnounced == Announcement(published.forums[1]))
        #expect(forum?.reason == "the venue is no longer available that day")
        #expect(draft.changes(since: published).map(\.text) == [
            "Area 1 forum: was Wed 1 Dec 2027 at 10:00, in person at Venue 1; now Thu 2 Dec 2027 at 10:00, in person at Venue 1, because the venue is no longer available that day."
        ])
        // Re-planned again to the same place, the note stays; moved back, it goes.
        let again = Replan.draft(plan: Self.plan(meetings), published: draft, decisions: .init(), today: Self.today, context: Self.context)
        #expect(again.forum("2027-r2-area-1")?.reason == "the venue is no longer available that day")
        let back = Replan.draft(plan: Self.plan(published.forums.map(\.meeting)), published: draft, decisions: .init(), today: Self.today, context: Self.context)
        #expect(back.forum("2027-r2-area-1")?.firstAnnounced == nil)
    }

    @Test("a cancelled forum keeps the details it was published with, wherever the solver put it")
    func cancelled() {
        let published = Self.published()
        var meetings = published.forums.map(\.meeting)
        meetings[2].date = TestProblems.date("2027-12-09")
        let decisions = Replan.Decisions(cancelled: ["2027-r2-area-2": "the hall has flooded"])
        let draft = Replan.draft(plan: Self.plan(meetings), published: published, decisions: decisions, today: Self.today, context: Self.context)
        let forum = draft.forum("2027-r2-area-2")
        #expect(forum?.status == .cancelled && forum?.meeting == published.forums[2].meeting && forum?.reason == "the hall has flooded")
        #expect(draft.changes(since: published).map(\.text) == ["Area 2 forum, Tue 7 Dec 2027 at 10:00, in person at Venue 2: cancelled, because the hall has flooded."])
        // Published as cancelled, re-planned elsewhere: still the published details, nothing changed.
        let later = Replan.draft(plan: Self.plan(meetings), published: draft, decisions: decisions, today: Self.today, context: Self.context)
        #expect(later.forum("2027-r2-area-2") == forum)
        #expect(later.changes(since: draft).isEmpty)
    }

    @Test("a published forum no longer planned: unchanged before today (it was held), cancelled after (its area has gone)")
    func gone() {
        let published = Self.published()
        let draft = Replan.draft(plan: Self.plan([published.forums[1].meeting]), published: published, decisions: .init(), today: Self.today, context: Self.context)
        #expect(draft.forum("2027-r1-area-1") == published.forums[0])
        #expect(draft.forum("2027-r2-area-2")?.status == .cancelled)
        #expect(draft.forum("2027-r2-area-2")?.reason == Replan.areaGone)
    }

    @Test("SEQUENCE: the same fingerprint keeps it, a changed one adds one, a new event starts at 0")
    func numbered() {
        var schedule = Self.published()
        schedule.forums[0].sequence = 5
        let previous: [String: (sequence: Int, fingerprint: String)] = ["2027-r1-area-1": (2, "a"), "2027-r2-area-1": (3, "b")]
        let numbered = schedule.numbered(fingerprints: ["2027-r1-area-1": "a", "2027-r2-area-1": "changed", "2027-r2-area-2": "c"], previous: previous)
        #expect(numbered.forums.map(\.sequence) == [2, 4, 0])
    }
}
