import Testing
@testable import PlannerCore

/// A small world for notice rules: the claims world's areas and halls, with round 1 in June 2027.
/// Round 1 is first announced by the newsletter of Wed 10 Feb 2027 (round -1, two rounds before),
/// or by that of Mon 10 May 2027 when `announce_from` rules the earlier one out.
enum NoticeWorld {
    static func date(_ s: String) -> LocalDate { ClaimsWorld.date(s) }

    static func problem(interpreter: Bool = false, announceFrom: String? = nil) -> PlanningProblem {
        var p = ClaimsWorld.problem()
        if interpreter { p.areas[0].needsInterpreter = true }
        p.notice.announceFrom = announceFrom.map(date)
        return p
    }

    static func forum(_ area: Area.ID, _ day: String, mode: Mode = .inPerson, venue: Venue.ID? = nil) -> Meeting {
        var m = ClaimsWorld.forum(area, day, mode: mode)
        if let venue { m.venue = venue }
        return m
    }

    static func pin(_ m: Meeting) -> Pin { Pin(forum: m.id, date: m.date, start: m.start, mode: m.mode, venue: m.venue) }

    static func context(
        _ forums: [Meeting], problem: PlanningProblem = problem(), events: [RoundEvent] = [], cancelled: [Pin] = [],
        previous: [Pin]? = nil, today: String = "2027-01-04", weeks: Int = 6
    ) -> NoticeContext {
        NoticeContext(
            problem: problem, forums: forums, events: events, cancelled: cancelled, previous: previous,
            today: date(today), horizonDays: 7 * weeks)
    }

    /// The rule's findings about `subject`, or all of them.
    static func run(_ rule: any NoticeRule, _ context: NoticeContext, subject: String? = nil) -> [NoticeFinding] {
        rule.check(context).filter { subject == nil || $0.subject == subject }
    }
}

@Suite("Notice rules")
struct NoticeRulesTests {
    typealias W = NoticeWorld
    let north = NoticeWorld.forum("north", "2027-06-08")

    @Test("every rule in the table of contents is checked, once, in order")
    func tableOfContents() {
        #expect(NoticeChecker.rules.map(\.id) == NoticeRuleID.allCases)
    }

    @Test("notice-forum-announced: under 28 days between the first newsletter and the forum is a breach")
    func forumAnnounced() {
        let rule = ForumAnnouncedRule()
        let late = W.problem(announceFrom: "2027-03-01")
        let early = W.forum("north", "2027-06-03")
        let breach = W.run(rule, W.context([early], problem: late))
        #expect(breach.map(\.rule) == [.forumAnnounced])
        #expect(breach.first?.severity == .breach)
        #expect(breach.first?.message == "Round 1 (June 2027), North, in person on Thu 3 Jun 2027: first announced in the newsletter of Mon 10 May 2027, only 24 days ahead; at least 28 needed")
        #expect(W.run(rule, W.context([W.forum("north", "2027-06-07")], problem: late)).isEmpty, "28 days is enough")
        #expect(W.run(rule, W.context([early])).isEmpty, "announced in February")
        let none = W.run(rule, W.context([early], problem: W.problem(announceFrom: "2027-06-01")))
        #expect(none.map(\.severity) == [.breach])
    }

    @Test("notice-forum-announced: a newsletter due in the coming weeks is on the to-do list")
    func newsletterToDo() {
        let findings = W.run(ForumAnnouncedRule(), W.context([north], today: "2027-08-01"))
        #expect(findings.map(\.subject) == ["2027-r1-newsletter"])
        #expect(findings.first?.severity == .todo)
        #expect(findings.first?.due == W.date("2027-08-10"))
    }

    @Test("notice-committee-papers: papers under 7 days before the committee are a breach")
    func committeePapers() {
        let rule = CommitteePapersRule()
        #expect(W.run(rule, W.context([north])).isEmpty)
        let committee = RoundEvent(id: "2027-r1-committee", kind: .committee, round: 1, date: W.date("2027-07-28"), title: "Committee", detail: "")
        let papers = RoundEvent(id: "2027-r1-committee-papers", kind: .committeePapers, round: 1, date: W.date("2027-07-23"), title: "Papers", detail: "")
        let breach = W.run(rule, W.context([north], events: [committee, papers]), subject: "2027-r1-committee-papers")
        #expect(breach.map(\.rule) == [.committeePapers])
        #expect(breach.first?.severity == .breach)
        #expect(breach.first?.due == W.date("2027-07-21"))
        let onTime = RoundEvent(id: "2027-r1-committee-papers", kind: .committeePapers, round: 1, date: W.date("2027-07-21"), title: "Papers", detail: "")
        #expect(W.run(rule, W.context([north], events: [committee, onTime]), subject: "2027-r1-committee-papers").isEmpty)
    }

    @Test("notice-board-responses: responses due after the newsletter copy deadline are a breach")
    func boardResponses() {
        let rule = BoardResponsesRule()
        #expect(W.run(rule, W.context([north])).isEmpty, "the derived deadline is before the papers")
        let copy = RoundEvent(id: "2027-r1-newsletter-copy", kind: .newsletterCopyDeadline, round: 1, date: W.date("2027-07-30"), title: "Copy", detail: "")
        let late = RoundEvent(id: "2027-r1-board-responses", kind: .boardResponseDeadline, round: 1, date: W.date("2027-08-02"), title: "Responses", detail: "")
        let breach = W.run(rule, W.context([north], events: [copy, late]))
        #expect(breach.map(\.rule) == [.boardResponses])
        #expect(breach.first?.severity == .breach)
        let fine = RoundEvent(id: "2027-r1-board-responses", kind: .boardResponseDeadline, round: 1, date: W.date("2027-07-12"), title: "Responses", detail: "")
        #expect(W.run(rule, W.context([north], events: [copy, fine])).isEmpty)
    }

    @Test("notice-venue-booking: to do when coming, a warning once passed, a breach for a changed forum")
    func venueBooking() {
        let rule = VenueBookingRule()
        // 150 days before Tue 8 Jun 2027 is Sat 9 Jan 2027, so the last working day before: Fri 8 Jan.
        let todo = W.run(rule, W.context([north], today: "2027-01-04"))
        #expect(todo.map(\.severity) == [.todo])
        #expect(todo.first?.rule == .venueBooking)
        #expect(todo.first?.due == W.date("2027-01-08"))
        #expect(W.run(rule, W.context([north], today: "2026-10-01")).isEmpty, "not yet in the coming weeks")
        #expect(W.run(rule, W.context([north], today: "2027-02-01")).map(\.severity) == [.warning])
        #expect(W.run(rule, W.context([north], previous: [W.pin(north)], today: "2027-02-01")).isEmpty, "booked when published")
        let moved = W.forum("north", "2027-06-10")
        let breach = W.run(rule, W.context([moved], previous: [W.pin(north)], today: "2027-02-01"))
        #expect(breach.map(\.severity) == [.breach])
        #expect(W.run(rule, W.context([north], today: "2027-06-09")).isEmpty, "the forum is past")
    }

    @Test("notice-interpreter-requests: requests must be possible 14 days ahead; bookings judged like venues")
    func interpreterRequests() {
        let rule = InterpreterRequestsRule()
        let late = W.problem(announceFrom: "2027-03-01")
        let soon = W.forum("south", "2027-05-20")
        let breach = W.run(rule, W.context([soon], problem: late))
        #expect(breach.map(\.rule) == [.interpreterRequests])
        #expect(breach.first?.severity == .breach)
        #expect(W.run(rule, W.context([north])).isEmpty, "no interpreter area, announced in February")
        let needs = W.problem(interpreter: true)
        let todo = W.run(rule, W.context([north], problem: needs, today: "2027-05-20"))
        #expect(todo.map(\.severity) == [.todo])
        #expect(todo.first?.due == W.date("2027-05-25"))
        let moved = W.forum("north", "2027-06-10")
        #expect(W.run(rule, W.context([moved], problem: needs, previous: [W.pin(north)], today: "2027-06-01")).map(\.severity) == [.breach])
    }

    @Test("notice-alternative-formats: requests must be possible 10 working days ahead; coming deadlines to do")
    func alternativeFormats() {
        let rule = AlternativeFormatsRule()
        let late = W.problem(announceFrom: "2027-03-01")
        let soon = W.forum("south", "2027-05-20")
        let breach = W.run(rule, W.context([soon], problem: late))
        #expect(breach.map(\.rule) == [.alternativeFormats])
        #expect(breach.first?.severity == .breach)
        #expect(breach.first?.due == W.date("2027-05-06"))
        #expect(W.run(rule, W.context([north])).isEmpty)
        let todo = W.run(rule, W.context([north], today: "2027-05-20"))
        #expect(todo.map(\.severity) == [.todo])
        #expect(todo.first?.due == W.date("2027-05-25"))
    }

    @Test("notice-change: moved, mode, venue, cancelled and added forums, with the notice they give")
    func changes() {
        let rule = ChangesRule()
        let today = "2027-06-01"
        let moved = W.forum("north", "2027-06-10")
        let short = W.run(rule, W.context([moved], previous: [W.pin(north)], today: today))
        #expect(short.map(\.rule) == [.change])
        #expect(short.first?.severity == .breach)
        #expect(short.first?.due == W.date("2027-06-08"))
        #expect(short.first?.message.hasPrefix("Round 1 (June 2027), North, in person on Thu 10 Jun 2027: moved from Tue 8 Jun 2027 10:00 to Thu 10 Jun 2027 10:00: 7 days' notice; under 14 days, a short-notice change") == true)
        let ample = W.run(rule, W.context([moved], previous: [W.pin(north)], today: "2027-05-01"))
        #expect(ample.map(\.severity) == [.warning])
        let online = W.forum("north", "2027-06-08", mode: .virtual)
        #expect(W.run(rule, W.context([online], previous: [W.pin(north)], today: today)).first?.message.contains("now online (was in person)") == true)
        let otherHall = W.forum("north", "2027-06-08", venue: "south-hall")
        #expect(W.run(rule, W.context([otherHall], previous: [W.pin(north)], today: today)).first?.message.contains("venue changed from North Hall to South Hall") == true)
        let cancelled = W.run(rule, W.context([], previous: [W.pin(north)], today: today))
        #expect(cancelled.map(\.severity) == [.breach])
        #expect(cancelled.first?.message.hasPrefix("2027-r1-north (North, in person on Tue 8 Jun 2027): cancelled: 7 days' notice") == true)
        let added = W.run(rule, W.context([north], previous: [], today: "2027-04-01"))
        #expect(added.map(\.severity) == [.info])
        #expect(W.run(rule, W.context([north], previous: [W.pin(north)], today: today)).isEmpty, "unchanged")
        #expect(W.run(rule, W.context([moved], today: today)).isEmpty, "nothing to compare with")
        #expect(W.run(rule, W.context([moved], previous: [W.pin(north)], today: "2027-06-20")).isEmpty, "in the past")
        #expect(W.run(rule, W.context([], cancelled: [W.pin(north)], today: today)).map(\.severity) == [.breach], "the plan's own cancelled list")
    }

    @Test("notice-change: a move to a date already past is a breach, never notice counted backwards")
    func movedIntoThePast() {
        let rule = ChangesRule()
        let pinned = W.forum("north", "2027-06-14")
        let earlier = W.forum("north", "2027-06-03")
        let findings = W.run(rule, W.context([earlier], previous: [W.pin(pinned)], today: "2027-06-10"))
        #expect(findings.map(\.severity) == [.breach])
        #expect(findings.map(\.message) == [
            "Round 1 (June 2027), North, in person on Thu 3 Jun 2027: moved from Mon 14 Jun 2027 to Thu 3 Jun 2027, a date already past (today is Thu 10 Jun 2027); move it to a date from today on, or cancel it"
        ])
        // The day before the new date, the same move is an ordinary short-notice change.
        let before = W.run(rule, W.context([earlier], previous: [W.pin(pinned)], today: "2027-06-02"))
        #expect(before.first?.message.contains("a date already past") == false)
        #expect(before.first?.message.contains("1 day's notice") == true)
    }

    @Test("notice-due: the committee and the copy deadline in the coming weeks are on the to-do list")
    func dueEvents() {
        let rule = DueEventsRule()
        let found = W.run(rule, W.context([north], today: "2027-07-20"))
        #expect(found.map(\.rule) == [.due, .due])
        #expect(found.allSatisfy { $0.severity == .todo })
        #expect(W.run(rule, W.context([north], today: "2027-01-04")).isEmpty)
    }

    @Test("the checker sorts breaches first, then by due date")
    func ordering() {
        let moved = W.forum("north", "2027-06-10")
        let findings = NoticeChecker.check(W.context([moved], previous: [W.pin(north)], today: "2027-05-20"))
        #expect(findings.first?.severity == .breach)
        let orders = findings.map(\.severity.order)
        #expect(orders == orders.sorted())
    }
}
