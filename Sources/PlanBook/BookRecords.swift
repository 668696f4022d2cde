import PlannerCore

/// One published version of the year, as the book keeps it.
public struct PublishedVersion: Sendable {
    public var number: Int
    public var publishedOn: LocalDate
    public var note: String
    /// The full plan.json published with it.
    public var planJSON: String
    /// A fingerprint of the plan file the version was planned from.
    public var planFileHash: String
    /// Every forum and staff event, with the SEQUENCE published.
    public var schedule: Schedule
    /// What a calendar showed of each event (by forum or staff event id), for the next SEQUENCE.
    public var fingerprints: [String: String]
    /// Each forum's calendar event as published (by forum id), in the calendar module's JSON: a
    /// forum that is history by the next publication is shown exactly so again.
    public var shown: [String: String]
    /// The forums it changed since the version before.
    public var changes: [ScheduleChange]

    public init(
        number: Int, publishedOn: LocalDate, note: String, planJSON: String, planFileHash: String, schedule: Schedule,
        fingerprints: [String: String], shown: [String: String] = [:], changes: [ScheduleChange]
    ) {
        self.number = number; self.publishedOn = publishedOn; self.note = note; self.planJSON = planJSON
        self.planFileHash = planFileHash; self.schedule = schedule; self.fingerprints = fingerprints; self.shown = shown
        self.changes = changes
    }

    /// Each event's published SEQUENCE and fingerprint, by id: what the next version is numbered against.
    public var published: [String: (sequence: Int, fingerprint: String)] {
        var result: [String: (sequence: Int, fingerprint: String)] = [:]
        for f in schedule.forums { result[f.meeting.id.rawValue] = (f.sequence, fingerprints[f.meeting.id.rawValue] ?? "") }
        for e in schedule.events { result[e.event.id] = (e.sequence, fingerprints[e.event.id] ?? "") }
        return result
    }
}

/// The current draft: what `plan` made (and `cancel` and `move` changed) since the last version.
public struct Draft: Sendable {
    public var madeOn: LocalDate
    /// The version it was planned against; 0 before the first publication.
    public var basedOn: Int
    public var planJSON: String
    public var planFileHash: String
    public var schedule: Schedule
    public init(madeOn: LocalDate, basedOn: Int, planJSON: String, planFileHash: String, schedule: Schedule) {
        self.madeOn = madeOn; self.basedOn = basedOn; self.planJSON = planJSON; self.planFileHash = planFileHash
        self.schedule = schedule
    }
}

/// A coordinator's decision about one forum.
public struct Decision: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case cancel
        /// Moved to these details.
        case move(Announcement)
    }
    public var kind: Kind
    public var forum: ForumID
    public var decidedOn: LocalDate
    public var reason: String
    /// The latest published version when it was decided (0 before the first).
    public var afterVersion: Int
    public init(kind: Kind, forum: ForumID, decidedOn: LocalDate, reason: String, afterVersion: Int) {
        self.kind = kind; self.forum = forum; self.decidedOn = decidedOn; self.reason = reason; self.afterVersion = afterVersion
    }
}

extension Array where Element == Decision {
    /// What a re-plan after version `latest` must keep: every cancellation, and the moves made since it.
    public func replanDecisions(after latest: Int) -> Replan.Decisions {
        var decisions = Replan.Decisions()
        for d in self {
            switch d.kind {
            case .cancel: decisions.cancelled[d.forum] = d.reason
            case .move where d.afterVersion >= latest: decisions.moved[d.forum] = d.reason
            case .move: break
            }
        }
        return decisions
    }

    /// The moves made since version `latest`, as pins that replace the published details.
    public func movePins(after latest: Int) -> [Pin] {
        var pins: [ForumID: Pin] = [:]
        for d in self where d.afterVersion >= latest {
            guard case .move(let to) = d.kind else { continue }
            pins[d.forum] = Pin(forum: d.forum, date: to.date, start: to.start, mode: to.mode, venue: to.venue)
        }
        return pins.values.sorted { $0.forum < $1.forum }
    }
}
