import ForumCalendar
import Foundation

/// Small documents the calendar tests share.
enum Fixtures {
    /// DTSTAMP of every fixture event: fixed, never the clock.
    static let stamp = CalendarUTCDateTime(year: 2026, month: 11, day: 1, hour: 9, minute: 0, second: 0)

    static func local(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> CalendarLocalDateTime {
        CalendarLocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    /// A plain confirmed two-hour event starting at `start`.
    static func event(_ uid: String, at start: CalendarLocalDateTime, hours: Int = 2) -> CalendarEvent {
        CalendarEvent(
            uid: uid, summary: "Forum \(uid)", start: start,
            end: local(start.year, start.month, start.day, start.hour + hours, start.minute), stamp: stamp)
    }

    /// Text with every character class libical must escape or fold.
    static let awkwardText =
        "Guildford & Waverley – café, upstairs; step-free.\nSecond line: colon, "
        + "backslash \\ and quotes \"here\" é £ 🚲 — and a long tail that runs well past "
        + "seventy-five octets so that libical has to fold it at least once."

    /// Four events that between them use every optional field, in deliberately unsorted order.
    static let events: [CalendarEvent] = [
        CalendarEvent(
            uid: "forum-2027-r2-gw@focus.example", sequence: 2, status: .cancelled,
            summary: "CANCELLED: Guildford & Waverley – café forum, in person; round 2",
            description: awkwardText, location: "St Mary's Hall, Quarry St, Guildford GU1 3XG",
            geo: .init(latitude: 51.2336, longitude: -0.5727), url: nil,
            categories: ["FoCUS forum", "In person"],
            start: local(2027, 7, 14, 10), end: local(2027, 7, 14, 13), stamp: stamp,
            alarmMinutesBefore: 1440, transparent: false),
        CalendarEvent(
            uid: "forum-2027-r1-online@focus.example", sequence: 0, status: .confirmed,
            summary: "Evening forum, online", description: "Join on the link.\nDial-in: to follow",
            location: nil, geo: nil, url: "https://meet.example.org/j/123?pwd=a,b;c",
            categories: ["FoCUS forum", "Virtual"],
            start: local(2027, 1, 20, 18, 30), end: local(2027, 1, 20, 20), stamp: stamp,
            alarmMinutesBefore: nil, transparent: false),
        CalendarEvent(
            uid: "forum-2027-r1-gw@focus.example", sequence: 1, status: .confirmed,
            summary: "Guildford & Waverley forum, in person", description: awkwardText,
            location: "Café Rose, 1 High St; Godalming, GU7 1AA",
            geo: .init(latitude: 51.1855, longitude: -0.6115), url: "https://example.org/venues/cafe-rose",
            categories: ["FoCUS forum", "In person"],
            start: local(2027, 1, 20, 10), end: local(2027, 1, 20, 13), stamp: stamp,
            alarmMinutesBefore: 1440, transparent: false),
        CalendarEvent(
            uid: "deadline-2027-papers@focus.example", sequence: 0, status: .tentative,
            summary: "Papers deadline", description: "", location: nil, geo: nil, url: nil,
            categories: ["Deadline"],
            start: local(2027, 3, 29, 9), end: local(2027, 3, 29, 9, 30), stamp: stamp,
            alarmMinutesBefore: 60, transparent: true),
    ]

    static func document(_ events: [CalendarEvent] = events) -> CalendarDocument {
        CalendarDocument(
            name: "FoCUS forums 2027–28", description: "All forums of the year, in Europe/London time.",
            productID: "-//FoCUS forum planner//EN", refreshHours: 12,
            organizer: CalendarOrganizer(name: "FoCUS forum coordinators", email: "focus.forums@example.nhs.uk"),
            events: events)
    }

    /// The file's content lines with folds undone and CRLFs removed.
    static func unfoldedLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }
}
