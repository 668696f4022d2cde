import ForumCalendar
import PlannerCore
import Testing

/// The plan-to-calendar mapping, on the hand-built plan of `PlanFixtures`.
@Suite("Plan calendars: files, identity, privacy, instants")
struct PlanCalendarsTests {
    static let attendeeFiles = [
        "area-east-surrey.ics", "area-evening.ics", "area-north-west.ics", "area-old-area.ics", "forums.ics",
    ]

    /// The parsed events of one rendered file, failing the test when it is missing.
    static func events(_ files: [String: String], _ name: String) throws -> [ParsedEvent] {
        let text = try #require(files[name], "no file \(name)")
        return try ICalendarReader.parse(text)
    }

    @Test("one file for all forums, one per area (cancelled area included), one for staff, sorted by name")
    func fileNames() throws {
        let names = try PlanCalendars.files(for: PlanFixtures.plan(), problem: PlanFixtures.problem()).map(\.name)
        #expect(
            names == [
                "area-east-surrey.ics", "area-evening.ics", "area-north-west.ics", "area-old-area.ics",
                "coordinators.ics", "forums.ics",
            ])
    }

    @Test("each forum is in forums.ics and in its own area's file only; none in the staff file")
    func forumsInTheirFiles() throws {
        let files = try PlanFixtures.files()
        let all = Set(try Self.events(files, "forums.ics").map(\.uid))
        #expect(all.count == 8)
        for forum in PlanFixtures.forums {
            let uid = "\(forum.meeting.id.rawValue)@focus-forum-planner"
            #expect(all.contains(uid))
            for name in files.keys.sorted() where name != "forums.ics" {
                let holds = try Self.events(files, name).contains { $0.uid == uid }
                #expect(holds == (name == "area-\(forum.meeting.area.rawValue).ics"), "\(uid) in \(name)")
            }
        }
        #expect(
            try Self.events(files, "area-east-surrey.ics").map(\.uid) == [
                "2027-r1-east-surrey@focus-forum-planner", "2027-r2-east-surrey@focus-forum-planner",
                "2027-r3-east-surrey@focus-forum-planner",
            ])
    }

    @Test("a forum's UID comes from year, round and area: moving it keeps the UID")
    func uidsIgnoreDates() throws {
        var moved = PlanFixtures.forums
        moved[0].meeting.date = PlanFixtures.date("2027-06-15")
        moved[0].meeting.start = PlanFixtures.time("11:30")
        moved[0].meeting.end = PlanFixtures.time("14:30")
        let before = try Self.events(try PlanFixtures.files(), "forums.ics")
        let after = try Self.events(try PlanFixtures.files(PlanFixtures.plan(moved)), "forums.ics")
        #expect(Set(before.map(\.uid)) == Set(after.map(\.uid)))
        let uid = "2027-r1-east-surrey@focus-forum-planner"
        #expect(before.first { $0.uid == uid }?.startUTC.description == "2027-06-08T09:00:00Z")
        #expect(after.first { $0.uid == uid }?.startUTC.description == "2027-06-15T10:30:00Z")
    }

    @Test("SEQUENCE is the planned forum's; a cancelled forum is one above its published SEQUENCE")
    func sequences() throws {
        let events = try Self.events(try PlanFixtures.files(), "forums.ics")
        let sequence = Dictionary(uniqueKeysWithValues: events.map { ($0.uid, $0.sequence) })
        for forum in PlanFixtures.forums {
            #expect(sequence["\(forum.meeting.id.rawValue)@focus-forum-planner"] == forum.sequence)
        }
        #expect(sequence["2027-r2-north-west@focus-forum-planner"] == 2)
        #expect(sequence["2027-r2-old-area@focus-forum-planner"] == 4)
        #expect(sequence["2027-r3-east-surrey@focus-forum-planner"] == 1)
    }

    @Test("cancelled forums stay in the feeds with STATUS:CANCELLED, a CANCELLED summary and no reminder")
    func cancelled() throws {
        let files = try PlanFixtures.files()
        for (name, uid) in [
            ("forums.ics", "2027-r2-old-area"), ("area-old-area.ics", "2027-r2-old-area"),
            ("forums.ics", "2027-r3-east-surrey"), ("area-east-surrey.ics", "2027-r3-east-surrey"),
        ] {
            let event = try #require(try Self.events(files, name).first { $0.uid == "\(uid)@focus-forum-planner" })
            #expect(event.status == .cancelled)
            #expect(event.summary.hasPrefix("Cancelled: ") && event.summary.contains(" forum, "))
            #expect(event.alarmMinutesBefore == nil)
        }
        let planned = try Self.events(files, "forums.ics").filter { !$0.summary.hasPrefix("Cancelled: ") }
        #expect(planned.count == 6)
        #expect(planned.allSatisfy { $0.status == .confirmed && $0.alarmMinutesBefore == 1_440 })
    }

    @Test("attendee files hold no ATTENDEE, no facilitator and no planner reason; ORGANIZER is the mailbox")
    func noPersonalData() throws {
        let files = try PlanFixtures.files()
        for name in Self.attendeeFiles {
            let text = try #require(files[name])
            let unfolded = Fixtures.unfoldedLines(text).joined(separator: "\n")
            #expect(!unfolded.contains("ATTENDEE"), "\(name)")
            for personal in PlanFixtures.personalNames + ["is away", "no longer works"] {
                #expect(!unfolded.contains(personal), "\(name) contains \(personal)")
            }
            let organizers = Fixtures.unfoldedLines(text).filter { $0.hasPrefix("ORGANIZER") }
            #expect(Set(organizers) == ["ORGANIZER;CN=FoCUS team:mailto:focus.forums@example.org"])
        }
    }

    @Test("the same plan renders to the same bytes, and DTSTAMP is the plan's stamp date at 00:00Z")
    func reproducible() throws {
        let first = try PlanCalendars.files(for: PlanFixtures.plan(), problem: PlanFixtures.problem())
        let second = try PlanCalendars.files(for: PlanFixtures.plan(), problem: PlanFixtures.problem())
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.text) == second.map(\.text))
        for file in first {
            let stamps = Set(Fixtures.unfoldedLines(file.text).filter { $0.hasPrefix("DTSTAMP") })
            #expect(stamps == ["DTSTAMP:20270115T000000Z"], "\(file.name)")
        }
    }

    @Test("libical reads every file back with no X-LIC-ERROR and no RFC 5546 restriction problem")
    func roundTrip() throws {
        for (name, text) in try PlanFixtures.files() {
            let calendar = try ICalendarReader.parseCalendar(text)
            #expect(calendar.errors.isEmpty, "\(name): \(calendar.errors)")
            #expect(calendar.restrictionProblems.isEmpty, "\(name): \(calendar.restrictionProblems)")
            #expect(calendar.timeZoneIDs == ["Europe/London"], "\(name)")
            #expect(calendar.events.allSatisfy { $0.startTZID == "Europe/London" }, "\(name)")
        }
    }

    @Test("UTC instants: 10:00 in June is 09:00Z (BST), 10:00 in December is 10:00Z (GMT)")
    func instants() throws {
        let events = try Self.events(try PlanFixtures.files(), "forums.ics")
        let start = Dictionary(uniqueKeysWithValues: events.map { ($0.uid, $0.startUTC.description) })
        let end = Dictionary(uniqueKeysWithValues: events.map { ($0.uid, $0.endUTC.description) })
        #expect(start["2027-r1-east-surrey@focus-forum-planner"] == "2027-06-08T09:00:00Z")
        #expect(end["2027-r1-east-surrey@focus-forum-planner"] == "2027-06-08T12:00:00Z")
        #expect(start["2027-r1-evening@focus-forum-planner"] == "2027-06-10T17:15:00Z")
        #expect(start["2027-r2-north-west@focus-forum-planner"] == "2027-12-08T10:00:00Z")
        #expect(start["2027-r2-evening@focus-forum-planner"] == "2027-12-09T18:15:00Z")
    }

    @Test("the calendars are named for their readers and ask for a 12-hour refresh")
    func calendarHeaders() throws {
        let files = try PlanFixtures.files()
        let expected = [
            "forums.ics": "FoCUS forums – all areas", "area-east-surrey.ics": "FoCUS – East Surrey",
            "area-evening.ics": "FoCUS – Evening forum", "coordinators.ics": "FoCUS – coordinators (staff only)",
        ]
        for (name, title) in expected {
            let lines = Fixtures.unfoldedLines(try #require(files[name]))
            #expect(lines.contains("X-WR-CALNAME:\(title)"), "\(name)")
            #expect(lines.contains("NAME:\(title)"), "\(name)")
            #expect(lines.contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H"), "\(name)")
            #expect(lines.contains("X-PUBLISHED-TTL:PT12H"), "\(name)")
            #expect(lines.contains("METHOD:PUBLISH"), "\(name)")
        }
    }
}
