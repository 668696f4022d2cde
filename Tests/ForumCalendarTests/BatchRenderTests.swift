import ForumCalendar
import PlannerBench
import PlannerCore
import TestSupport
import Testing

/// Rendering several documents at once gives each
/// document's own rendering byte for byte.
@Suite("Calendar writer: several documents")
struct BatchRenderTests {
    @Test("the files of a generated plan are each document rendered alone")
    func generatedPlan() throws {
        let (problem, plan) = PlanGenerator.generate(forums: 120, seed: 2, template: PlanFixtures.problem())
        let documents = try PlanCalendars.documents(for: plan, problem: problem)
        let files = try PlanCalendars.files(for: plan, problem: problem)
        #expect(files.map(\.name) == documents.map(\.name))
        for (file, document) in zip(files, documents) {
            #expect(file.text == (try ICalendarWriter.render(document.document)), "\(file.name)")
        }
    }

    @Test("rendering a batch on several threads gives the same bytes every time")
    func repeatable() throws {
        let (problem, plan) = PlanGenerator.generate(forums: 300, seed: 5, template: PlanFixtures.problem())
        let first = try PlanCalendars.files(for: plan, problem: problem)
        #expect(first.contains { $0.text.contains("\r\nGEO:") })
        for _ in 0..<10 {
            let again = try PlanCalendars.files(for: plan, problem: problem)
            #expect(again.map(\.text) == first.map(\.text))
        }
    }

    @Test("a batch throws the first bad document's error, as rendering them one by one would")
    func firstBadDocument() throws {
        var blank = Fixtures.events[1]
        blank.summary = " "
        var twice = Fixtures.events
        twice.append(Fixtures.events[0])
        let docs = [Fixtures.document(), Fixtures.document(), Fixtures.document([blank]), Fixtures.document(twice)]
        #expect(throws: CalendarError.emptyField(uid: blank.uid, field: "SUMMARY")) {
            try ICalendarWriter.render(docs + docs)
        }
    }

    @Test("an event with the same UID but other values, or another organizer, is serialised again")
    func sameUIDOtherEvent() throws {
        var moved = Fixtures.events[0]
        moved.summary += " (moved)"
        var other = Fixtures.document([moved])
        other.organizer = CalendarOrganizer(name: "Another team", email: "another@example.org")
        let docs = [Fixtures.document(), Fixtures.document([moved]), other, Fixtures.document()]
        #expect(try ICalendarWriter.render(docs) == docs.map { try ICalendarWriter.render($0) })
    }
}
