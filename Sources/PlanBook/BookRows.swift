import GRDB
import PlannerCore

/// The SQL that reads and writes the book's rows. Version 0 of `forum` and `staff_event` is the draft.
enum BookRows {
    /// A stored value that cannot be read back: the book was changed by hand or is damaged.
    struct Damaged: Error, CustomStringConvertible {
        let what: String
        var description: String { "a stored \(what) cannot be read (the book may have been edited by hand)" }
    }

    // MARK: Versions

    static func version(_ db: Database, number: Int) throws -> PublishedVersion? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM version WHERE number = ?", arguments: [number]) else { return nil }
        let (schedule, fingerprints, shown) = try schedule(db, version: number)
        let changes = try Row.fetchAll(db, sql: "SELECT * FROM change WHERE version = ? ORDER BY position", arguments: [number]).map { r in
            guard let kind = ScheduleChange.Kind(rawValue: r["kind"]) else { throw Damaged(what: "change kind") }
            return ScheduleChange(forum: ForumID(r["forum_id"] as String), kind: kind, text: r["text"])
        }
        return PublishedVersion(
            number: number, publishedOn: try date(row["published_on"]), note: row["note"], planJSON: row["plan_json"],
            planFileHash: row["plan_file_hash"], schedule: schedule, fingerprints: fingerprints, shown: shown, changes: changes)
    }

    static func insert(_ db: Database, _ v: PublishedVersion) throws {
        try db.execute(
            sql: "INSERT INTO version (number, published_on, note, plan_json, plan_file_hash) VALUES (?, ?, ?, ?, ?)",
            arguments: [v.number, v.publishedOn.iso, v.note, v.planJSON, v.planFileHash])
        try insert(db, v.schedule, version: v.number, fingerprints: v.fingerprints, shown: v.shown)
        for (position, change) in v.changes.enumerated() {
            try db.execute(
                sql: "INSERT INTO change (version, position, forum_id, kind, text) VALUES (?, ?, ?, ?, ?)",
                arguments: [v.number, position, change.forum.rawValue, change.kind.rawValue, change.text])
        }
    }

    // MARK: Draft

    static func draft(_ db: Database) throws -> Draft? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM draft WHERE id = 1") else { return nil }
        return Draft(
            madeOn: try date(row["made_on"]), basedOn: row["based_on"], planJSON: row["plan_json"],
            planFileHash: row["plan_file_hash"], schedule: try schedule(db, version: 0).schedule)
    }

    static func replaceDraft(_ db: Database, _ draft: Draft) throws {
        try db.execute(sql: "DELETE FROM draft")
        try db.execute(sql: "DELETE FROM forum WHERE version = 0")
        try db.execute(sql: "DELETE FROM staff_event WHERE version = 0")
        try db.execute(
            sql: "INSERT INTO draft (id, made_on, based_on, plan_json, plan_file_hash) VALUES (1, ?, ?, ?, ?)",
            arguments: [draft.madeOn.iso, draft.basedOn, draft.planJSON, draft.planFileHash])
        try insert(db, draft.schedule, version: 0, fingerprints: [:], shown: [:])
    }

    // MARK: Decisions

    static func decisions(_ db: Database) throws -> [Decision] {
        try Row.fetchAll(db, sql: "SELECT * FROM decision ORDER BY id").map { r in
            let kind: Decision.Kind
            switch r["kind"] as String {
            case "cancel":
                kind = .cancel
            default:
                guard let modeText: String = r["mode"], let mode = Mode(rawValue: modeText) else { throw Damaged(what: "move's mode") }
                kind = .move(Announcement(date: try date(r["date"]), start: try time(r["start"]), mode: mode, venue: (r["venue"] as String?).map { Venue.ID($0) }))
            }
            return Decision(
                kind: kind, forum: ForumID(r["forum_id"] as String), decidedOn: try date(r["decided_on"]), reason: r["reason"],
                afterVersion: r["after_version"])
        }
    }

    static func insert(_ db: Database, _ d: Decision) throws {
        var to: Announcement?
        if case .move(let a) = d.kind { to = a }
        try db.execute(
            sql: """
                INSERT INTO decision (kind, forum_id, decided_on, reason, after_version, date, start, mode, venue)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                to == nil ? "cancel" : "move", d.forum.rawValue, d.decidedOn.iso, d.reason, d.afterVersion, to?.date.iso,
                to.map { "\($0.start)" }, to?.mode.rawValue, to?.venue?.rawValue,
            ])
    }

    // MARK: Schedules

    static func schedule(_ db: Database, version: Int) throws -> (schedule: Schedule, fingerprints: [String: String], shown: [String: String]) {
        var fingerprints: [String: String] = [:]
        var shown: [String: String] = [:]
        let forums = try Row.fetchAll(db, sql: "SELECT * FROM forum WHERE version = ? ORDER BY date, start, forum_id", arguments: [version]).map { r in
            let id = ForumID(r["forum_id"] as String)
            fingerprints[id.rawValue] = r["fingerprint"]
            if let text: String = r["shown"] { shown[id.rawValue] = text }
            guard let mode = Mode(rawValue: r["mode"]) else { throw Damaged(what: "forum mode") }
            guard let status = ScheduleStatus(rawValue: r["status"]) else { throw Damaged(what: "forum status") }
            let facilitators = (r["facilitators"] as String).split(separator: ",").map { Facilitator.ID(String($0)) }
            let meeting = Meeting(
                id: id, round: r["round"], area: Area.ID(r["area"] as String), mode: mode, date: try date(r["date"]),
                start: try time(r["start"]), end: try time(r["end"]), venue: (r["venue"] as String?).map { Venue.ID($0) },
                facilitators: facilitators)
            var first: Announcement?
            if let firstDate: String = r["first_date"] {
                guard let firstMode = Mode(rawValue: r["first_mode"] ?? "") else { throw Damaged(what: "first announced mode") }
                first = Announcement(
                    date: try date(firstDate), start: try time(r["first_start"]), mode: firstMode,
                    venue: (r["first_venue"] as String?).map { Venue.ID($0) }, venueName: r["first_venue_name"])
            }
            return ScheduledForum(
                meeting: meeting, areaName: r["area_name"], venueName: r["venue_name"], status: status, sequence: r["sequence"],
                firstAnnounced: first, reason: r["reason"])
        }
        let events = try Row.fetchAll(db, sql: "SELECT * FROM staff_event WHERE version = ? ORDER BY date, event_id", arguments: [version]).map { r in
            let id: String = r["event_id"]
            fingerprints[id] = r["fingerprint"]
            guard let kind = RoundEvent.Kind(rawValue: r["kind"]) else { throw Damaged(what: "staff event kind") }
            guard let status = ScheduleStatus(rawValue: r["status"]) else { throw Damaged(what: "staff event status") }
            let start: String? = r["start"], end: String? = r["end"]
            let event = RoundEvent(
                id: id, kind: kind, round: r["round"], date: try date(r["date"]), start: try start.map(time), end: try end.map(time),
                title: r["title"], detail: r["detail"])
            return ScheduledEvent(event: event, status: status, sequence: r["sequence"])
        }
        return (Schedule(forums: forums, events: events), fingerprints, shown)
    }

    static func insert(_ db: Database, _ schedule: Schedule, version: Int, fingerprints: [String: String], shown: [String: String]) throws {
        for f in schedule.forums {
            let m = f.meeting, first = f.firstAnnounced
            try db.execute(
                sql: """
                    INSERT INTO forum (version, forum_id, round, area, area_name, mode, date, start, "end", venue, venue_name,
                        facilitators, status, sequence, fingerprint, first_date, first_start, first_mode, first_venue,
                        first_venue_name, reason, shown)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    version, m.id.rawValue, m.round, m.area.rawValue, f.areaName, m.mode.rawValue, m.date.iso, "\(m.start)", "\(m.end)",
                    m.venue?.rawValue, f.venueName, m.facilitators.map(\.rawValue).joined(separator: ","), f.status.rawValue,
                    f.sequence, fingerprints[m.id.rawValue] ?? "", first?.date.iso, first.map { "\($0.start)" }, first?.mode.rawValue,
                    first?.venue?.rawValue, first?.venueName, f.reason, shown[m.id.rawValue],
                ])
        }
        for e in schedule.events {
            let event = e.event
            try db.execute(
                sql: """
                    INSERT INTO staff_event (version, event_id, kind, round, date, start, "end", title, detail, status, sequence, fingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    version, event.id, event.kind.rawValue, event.round, event.date.iso, event.start.map { "\($0)" },
                    event.end.map { "\($0)" }, event.title, event.detail, e.status.rawValue, e.sequence, fingerprints[event.id] ?? "",
                ])
        }
    }

    static func date(_ text: String?) throws -> LocalDate {
        guard let text, let date = LocalDate(iso: text) else { throw Damaged(what: "date") }
        return date
    }

    static func time(_ text: String?) throws -> TimeOfDay {
        guard let text, let time = TimeOfDay(text: text) else { throw Damaged(what: "time") }
        return time
    }
}
