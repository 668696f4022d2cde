import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// The staff events of a round: every deadline on a working day, venue bookings due on the day
/// `check-notice` asks for (one shared rule, `RoundDates.venueBookingDeadline`).
@Suite("Round events")
struct RoundEventsTests {
    static func surrey() throws -> (PlanningProblem, Plan) {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        let problem = try PlanFile.load(path: root.path + "/Fixtures/surrey-2027-28/plan.yaml")
        guard case .planned(let plan) = Planner.plan(problem) else { throw Unplanned() }
        return (problem, plan)
    }
    struct Unplanned: Error {}

    @Test("every staff event of the Surrey year falls on a working day")
    func workingDays() throws {
        let (problem, plan) = try Self.surrey()
        let weekendOrHoliday = plan.events.filter { !problem.calendars.isWorkingDay($0.date) }.map { "\($0.id) \($0.date.uk)" }
        #expect(weekendOrHoliday == [])
        #expect(plan.events.contains { $0.kind == .venueBookingDeadline })
    }

    @Test("each venue booking deadline is the day check-notice says the booking is due")
    func sameAsCheckNotice() throws {
        let (problem, plan) = try Self.surrey()
        let meetings = plan.forums.map(\.meeting)
        let context = NoticeContext(problem: problem, forums: meetings, events: plan.events, today: LocalDate(dayNumber: 0), horizonDays: 1_000_000)
        let due = Dictionary(
            VenueBookingRule().check(context).map { ("\($0.subject)-venue-booking", $0.due) }, uniquingKeysWith: { a, _ in a })
        let bookings = plan.events.filter { $0.kind == .venueBookingDeadline }
        #expect(!bookings.isEmpty)
        for event in bookings { #expect(due[event.id] == event.date, "\(event.id)") }
    }
}
