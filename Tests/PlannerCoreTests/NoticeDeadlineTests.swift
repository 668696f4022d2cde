import Testing
@testable import PlannerCore

/// Every deadline of a round judged the day before, on and after it, and tasks recorded as done.
@Suite("Notice deadlines and tasks done")
struct NoticeDeadlineTests {
    typealias W = NoticeWorld
    static let forums = [W.forum("north", "2027-06-08"), W.forum("south", "2027-06-09")]
    static let events = RoundEvents.derive(for: forums, in: RuleContext(W.problem()))

    /// The findings about `task` on `today`, with the plan's own events.
    static func findings(task: String, today: LocalDate, previous: [Pin]? = nil, done: [String: LocalDate] = [:]) -> [NoticeFinding] {
        let context = NoticeContext(
            problem: W.problem(), forums: forums, events: events, previous: previous, today: today, done: done)
        return NoticeChecker.check(context).filter { $0.task == task }
    }

    @Test("the round's deadlines are tasks of every kind")
    func everyKind() {
        #expect(Set(Self.events.filter { $0.round == 1 }.map(\.kind)) == Set(RoundEvent.Kind.allCases))
        let context = NoticeContext(problem: W.problem(interpreter: true), forums: Self.forums, events: Self.events, today: W.date("2027-01-04"))
        #expect(context.taskIDs.contains("2027-r1-north-interpreter-booking"))
        #expect(!context.taskIDs.contains("2027-r1-south-interpreter-booking"), "south needs no interpreter")
        #expect(context.taskIDs.contains("2027-r1-north-venue-booking") && context.taskIDs.contains("2027-r1-committee-papers"))
    }

    @Test("each deadline is to do the day before and on the day; after it, only a venue booking is still asked about", arguments: NoticeDeadlineTests.events.filter { $0.round == 1 })
    func beforeOnAfter(event: RoundEvent) throws {
        let due = event.date
        for today in [due.adding(days: -1), due] {
            let found = Self.findings(task: event.id, today: today)
            #expect(found.map(\.severity) == [.todo], "\(event.id) on \(today.iso)")
            #expect(found.first?.due == due)
        }
        let after = Self.findings(task: event.id, today: due.adding(days: 1))
        if event.kind == .venueBookingDeadline {
            #expect(after.map(\.severity) == [.warning], "passed, with no earlier version: confirm the booking")
            let unchanged = Self.findings(task: event.id, today: due.adding(days: 1), previous: Self.forums.map(W.pin))
            #expect(unchanged.isEmpty, "booked when the unchanged forum was published")
        } else {
            #expect(after.isEmpty, "\(event.id) no longer on the to-do list")
        }
    }

    @Test("done lists exactly the task it names as done, before, on and after its deadline; every other finding is unchanged")
    func doneSilencesOneTask() throws {
        let booking = try #require(Self.events.first { $0.id == "2027-r1-north-venue-booking" })
        let other = "2027-r1-south-venue-booking"
        for today in [booking.date.adding(days: -1), booking.date, booking.date.adding(days: 1)] {
            let context = NoticeContext(problem: W.problem(), forums: Self.forums, events: Self.events, today: today)
            let doneContext = NoticeContext(
                problem: W.problem(), forums: Self.forums, events: Self.events, today: today, done: [booking.id: W.date("2027-01-02")])
            let before = NoticeChecker.check(context), after = NoticeChecker.check(doneContext)
            let named = try #require(after.first { $0.task == booking.id })
            #expect(named.severity == .done)
            #expect(named.message.hasPrefix("Done Sat 2 Jan 2027: "))
            let rest = before.filter { $0.task != booking.id }
            #expect(after.filter { $0.task != booking.id } == rest, "on \(today.iso)")
            #expect(rest.contains { $0.task == other }, "the other booking still listed")
        }
        // A late booking for a changed forum is a breach until it is recorded as done.
        let moved = Pin(forum: "2027-r1-north", date: W.date("2027-06-15"), start: Self.forums[0].start, mode: .inPerson, venue: "north-hall")
        let late = booking.date.adding(days: 1)
        #expect(Self.findings(task: booking.id, today: late, previous: [moved, W.pin(Self.forums[1])]).map(\.severity) == [.breach])
        #expect(Self.findings(task: booking.id, today: late, previous: [moved, W.pin(Self.forums[1])], done: [booking.id: late]).map(\.severity) == [.done])
    }

    @Test("a task recorded done for earlier details keeps its finding, saying it must be done again")
    func doneBeforeChange() throws {
        let booking = try #require(Self.events.first { $0.id == "2027-r1-north-venue-booking" })
        let today = booking.date.adding(days: -1)
        let context = NoticeContext(
            problem: W.problem(), forums: Self.forums, events: Self.events, today: today, doneBeforeChange: [booking.id: W.date("2027-01-02")])
        let found = NoticeChecker.check(context).filter { $0.task == booking.id }
        #expect(found.map(\.severity) == [.todo])
        #expect(found.first?.message.hasSuffix(" (recorded done Sat 2 Jan 2027, but the task has changed since: do it again for the new details)") == true)
    }

    @Test("findings about the plan's dates carry no task, so done cannot hide them")
    func breachesOfDatesHaveNoTask() {
        let committee = RoundEvent(id: "2027-r1-committee", kind: .committee, round: 1, date: W.date("2027-07-28"), title: "Committee", detail: "")
        let papers = RoundEvent(id: "2027-r1-committee-papers", kind: .committeePapers, round: 1, date: W.date("2027-07-23"), title: "Papers", detail: "")
        let context = NoticeContext(
            problem: W.problem(), forums: Self.forums, events: [committee, papers], today: W.date("2027-01-04"),
            done: ["2027-r1-committee-papers": W.date("2027-01-04")])
        let breach = NoticeChecker.check(context).filter { $0.rule == .committeePapers }
        #expect(breach.map(\.severity) == [.breach])
        #expect(breach.first?.task == nil)
    }
}
