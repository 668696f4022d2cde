import ForumCalendar
import PlannerCore
import Testing

/// What each forum and staff event says, compared as whole texts so the wording is reviewed.
@Suite("Plan calendars: event contents")
struct PlanCalendarsContentTests {
    /// The parsed event `id@focus-forum-planner` of file `name`.
    static func event(_ id: String, in name: String) throws -> ParsedEvent {
        let files = try PlanFixtures.files()
        let text = try #require(files[name], "no file \(name)")
        return try #require(try ICalendarReader.parse(text).first { $0.uid == "\(id)@focus-forum-planner" })
    }

    @Test("an in-person forum: summary, place, GEO, categories, and a description with agenda, travel and access")
    func inPerson() throws {
        let event = try Self.event("2027-r1-east-surrey", in: "area-east-surrey.ics")
        #expect(event.summary == "FoCUS forum – East Surrey (in person)")
        #expect(event.location == "Linden Hall, 21 Linden Road, Redhill, RH1 1QG")
        #expect(event.geo == CalendarEvent.Geo(latitude: 51.2412, longitude: -0.1668))
        #expect(event.categories == ["FoCUS forum", "In person"])
        #expect(event.url == nil)
        #expect(event.alarmMinutesBefore == 1_440)
        #expect(
            event.description == """
                FoCUS forum – East Surrey, in person: Tue 8 Jun 2027, 10:00 to 13:00 (UK time).
                FoCUS forums are friendly, informal meetings where carers and people who use Test Trust services \
                give feedback, get answers and help shape services; you do not need to register.

                Agenda (UK time)
                10:00 Free-range peer time
                10:30 Part 1: co-design workshop or Trust update
                11:15 Social time with refreshments
                11:45 Part 2: local feedback
                12:30 Pop-up PALS clinic
                13:00 Finish

                Where: Linden Hall, 21 Linden Road, Redhill, RH1 1QG
                Getting there: Bus 32 stops outside. The nearest bus stop or station is about 150 metres away on foot.
                Parking: Free car park behind the hall.
                Taxi: Tell us 7 days before and we book the taxi.
                Travel costs: Keep your tickets; claim within 3 months.

                Access at this venue
                Has: step-free access; an accessible toilet; a hearing loop; Wi-Fi for visitors; a ground-floor room
                Does not have: a calm space
                Not yet confirmed: adjustable lighting

                A BSL interpreter is booked for this forum.
                Questions, or something you need to take part? Email focus.forums@example.org. Please ask at least \
                14 days ahead for an interpreter, and 10 working days ahead for papers in large print, easy read or \
                another format.
                """)
    }

    @Test("an online forum: the link as URL and LOCATION, joining instructions and the phone dial-in")
    func online() throws {
        let event = try Self.event("2027-r2-evening", in: "area-evening.ics")
        #expect(event.summary == "FoCUS forum – Evening forum (online)")
        #expect(event.url == "https://meet.example.org/focus")
        #expect(event.location == "https://meet.example.org/focus")
        #expect(event.geo == nil)
        #expect(event.categories == ["FoCUS forum", "Virtual"])
        #expect(
            event.description == """
                FoCUS forum – Evening forum, online: Thu 9 Dec 2027, 18:15 to 20:15 (UK time).
                FoCUS forums are friendly, informal meetings where carers and people who use Test Trust services \
                give feedback, get answers and help shape services; you do not need to register.

                Agenda (UK time)
                18:15 Open room
                18:30 Part 1
                19:15 Break
                19:30 Part 2
                20:15 Finish

                How to join
                On a computer, tablet or phone: open https://meet.example.org/focus in your web browser a few \
                minutes before the start. You do not need an account.
                By phone: Phone 0300 000 0000, code 000 000 (placeholder)

                Questions, or something you need to take part? Email focus.forums@example.org. Please ask at least \
                14 days ahead for an interpreter, and 10 working days ahead for papers in large print, easy read or \
                another format.
                """)
    }

    @Test("a moved forum says what it was first announced as, and why in plain words, never the planner's reason")
    func moved() throws {
        let event = try Self.event("2027-r2-north-west", in: "forums.ics")
        #expect(
            event.description.contains(
                "\n\nChanged: first announced for Wed 1 Dec 2027 at 10:00, in person at Linden Hall; "
                    + "now Wed 8 Dec 2027 at 10:00, in person at Linden Hall, because the organisers cannot be there that day."
                    + "\n\nAgenda (UK time)\n"))
        #expect(!event.description.contains("Sam Sample"))
    }

    @Test("a cancelled forum says so in plain words, in the time it had, why, and only the mailbox to contact")
    func cancelled() throws {
        let event = try Self.event("2027-r3-east-surrey", in: "forums.ics")
        #expect(event.summary == "Cancelled: East Surrey forum, Thu 2 Mar 2028")
        #expect(event.startUTC.description == "2028-03-02T10:15:00Z")
        #expect(event.endUTC.description == "2028-03-02T12:15:00Z")
        #expect(
            event.description == """
                Cancelled: the FoCUS forum for East Surrey on Thu 2 Mar 2028 at 10:15 (online) will not take place, \
                because the forum for this area has stopped meeting. We are sorry for any trouble this causes.

                Questions? Email focus.forums@example.org.
                """)
    }

    @Test("staff events: UID from the event id; the committee timed, deadlines 09:00–09:30 as free time")
    func staff() throws {
        let files = try PlanFixtures.files()
        let events = try ICalendarReader.parse(try #require(files["coordinators.ics"]))
        let plan = PlanFixtures.plan()
        #expect(events.map(\.uid).sorted() == plan.events.map { "\($0.id)@focus-forum-planner" }.sorted())
        let committee = try Self.event("2027-r1-committee", in: "coordinators.ics")
        #expect(committee.summary == "FoCUS committee (Development Group), round 1")
        #expect(committee.startUTC.description == "2027-07-29T13:00:00Z")
        #expect(committee.endUTC.description == "2027-07-29T15:00:00Z")
        #expect(!committee.transparent)
        #expect(committee.categories == ["FoCUS staff", "Committee"])
        let booking = try Self.event("2027-r2-north-west-venue-booking", in: "coordinators.ics")
        #expect(booking.summary == "Book Linden Hall for North West")
        // 150 days before 8 Dec is Sun 11 Jul, but the newsletter of Mon 10 May announces the forum: booked by then.
        #expect(booking.startUTC.description == "2027-05-10T08:00:00Z")
        #expect(booking.endUTC.description == "2027-05-10T08:30:00Z")
        #expect(booking.transparent)
        #expect(booking.categories == ["FoCUS staff", "Venue booking deadline"])
        #expect(
            booking.description == """
                Confirm the booking for the forum on Wed 8 Dec 2027 (before the newsletter announces it).

                A deadline for the whole day, shown at 09:00–09:30 UK time as free time.

                Staff only: do not share this calendar with attendees.
                """)
        #expect(events.allSatisfy { $0.alarmMinutesBefore == 1_440 && $0.status == .confirmed })
        #expect(
            Set(events.flatMap(\.categories)).isSuperset(of: [
                "Committee papers", "Newsletter copy deadline", "Newsletter", "Feedback-board deadline",
            ]))
    }

    @Test("an area id that is not a plain file name is refused, naming it")
    func badAreaID() throws {
        var problem = PlanFixtures.problem()
        problem.areas.append(
            Area(
                id: "../east", name: "Odd", kind: .daytime, group: "g", leads: [], needs: [], expectedAttendance: 1))
        #expect(
            throws: CalendarError.unwritableText(
                uid: "(calendar)", field: "area id \"../east\"",
                reason: "it cannot be a file name; use lower-case letters, digits and hyphens")
        ) {
            try PlanCalendars.files(for: PlanFixtures.plan(problem: problem), problem: problem)
        }
    }
}
