/// The year as attendees and staff are told it: every forum ever published (cancelled ones
/// included) and the staff events, each with its calendar SEQUENCE. A published version of the
/// plan book holds one; so does the draft.
public struct Schedule: Sendable, Hashable {
    public var forums: [ScheduledForum]
    public var events: [ScheduledEvent]
    public init(forums: [ScheduledForum], events: [ScheduledEvent]) {
        self.forums = forums
        self.events = events
    }

    /// The forum with this id, if the schedule has it.
    public func forum(_ id: ForumID) -> ScheduledForum? { forums.first { $0.meeting.id == id } }

    /// The confirmed forums as pins for re-planning (cancelled forums are not pinned).
    public var pins: [Pin] {
        forums.filter { $0.status == .confirmed }.map { f in
            let m = f.meeting
            return Pin(forum: m.id, date: m.date, start: m.start, mode: m.mode, venue: m.venue, sequence: f.sequence)
        }
    }
}

/// Whether a forum or staff event goes ahead.
public enum ScheduleStatus: String, Sendable, Hashable, CaseIterable {
    case confirmed, cancelled
}

/// One forum of a schedule: its meeting (for a cancelled forum, the details it had), the area's
/// name (kept, as the area may since have gone), its status and what attendees are told of changes.
public struct ScheduledForum: Sendable, Hashable {
    public var meeting: Meeting
    public var areaName: String
    /// The venue's name (kept, as the venue may since have gone); nil online.
    public var venueName: String?
    public var status: ScheduleStatus
    /// The calendar SEQUENCE, set by the plan book when the version is published.
    public var sequence: Int
    /// The details it was first announced with, when they have changed since; nil otherwise.
    public var firstAnnounced: Announcement?
    /// Why it moved or was cancelled, in plain words for attendees (never names a person).
    public var reason: String?

    public init(
        meeting: Meeting, areaName: String, venueName: String? = nil, status: ScheduleStatus = .confirmed, sequence: Int = 0,
        firstAnnounced: Announcement? = nil, reason: String? = nil
    ) {
        self.meeting = meeting; self.areaName = areaName; self.venueName = venueName; self.status = status
        self.sequence = sequence; self.firstAnnounced = firstAnnounced; self.reason = reason
    }

    /// "East Surrey forum", or "Surrey-wide evening forum" for an area whose name says forum already.
    public var title: String {
        areaName.lowercased().hasSuffix("forum") ? areaName : "\(areaName) forum"
    }

    /// "Tue 14 Sep 2027 at 10:00, in person at Linden Road Community Centre" or "…, online".
    public var details: String {
        let m = meeting
        let place = m.mode == .inPerson ? " at \(venueName ?? "a venue to be confirmed")" : ""
        return "\(m.date.uk) at \(m.start), \(m.mode.plainName)\(place)"
    }
}

/// The date, time, mode and venue (with its name then) a forum was announced with.
public struct Announcement: Sendable, Hashable {
    public var date: LocalDate
    public var start: TimeOfDay
    public var mode: Mode
    public var venue: Venue.ID?
    public var venueName: String?
    public init(date: LocalDate, start: TimeOfDay, mode: Mode, venue: Venue.ID?, venueName: String? = nil) {
        self.date = date; self.start = start; self.mode = mode; self.venue = venue; self.venueName = venueName
    }
    public init(_ m: Meeting) { self.init(date: m.date, start: m.start, mode: m.mode, venue: m.venue) }
    /// As the forum was scheduled, with its venue's name.
    public init(_ forum: ScheduledForum) {
        let m = forum.meeting
        self.init(date: m.date, start: m.start, mode: m.mode, venue: m.venue, venueName: forum.venueName)
    }

    /// True when the meeting is held at this date, time, mode and venue.
    public func matches(_ m: Meeting) -> Bool { date == m.date && start == m.start && mode == m.mode && venue == m.venue }
}

/// One staff event of a schedule (committee, papers, newsletter, deadlines).
public struct ScheduledEvent: Sendable, Hashable {
    public var event: RoundEvent
    public var status: ScheduleStatus
    public var sequence: Int
    public init(event: RoundEvent, status: ScheduleStatus = .confirmed, sequence: Int = 0) {
        self.event = event; self.status = status; self.sequence = sequence
    }
}
