/// Turns a new plan into the next draft schedule, given the last published schedule and the
/// coordinator's decisions: what stays, what moved and why, what is cancelled. Pure.
public enum Replan {
    /// The coordinator's decisions that a draft must keep.
    public struct Decisions: Sendable, Hashable {
        /// Forums the coordinator cancelled, with the reason given.
        public var cancelled: [ForumID: String]
        /// Forums the coordinator moved since the last publication, with the reason given.
        public var moved: [ForumID: String]
        public init(cancelled: [ForumID: String] = [:], moved: [ForumID: String] = [:]) {
            self.cancelled = cancelled
            self.moved = moved
        }
    }

    /// The draft: every planned forum, merged with the published schedule.
    ///
    /// - A forum cancelled by the coordinator is cancelled, with the details it was last published
    ///   with (the planned ones if it never was).
    /// - A published forum whose details changed keeps the details it was first announced with and
    ///   says why (the coordinator's reason, else the rule that made it move, in plain words).
    /// - A published forum that is no longer planned is kept: unchanged if it is before `today`
    ///   (it happened), else cancelled (its area has gone).
    /// - Staff events no longer derived are kept the same way: before `today` as they were, else cancelled.
    ///
    /// Sequences are copied from the published schedule; the plan book sets them when publishing.
    public static func draft(
        plan: Plan, published: Schedule?, decisions: Decisions, today: LocalDate, context: RuleContext
    ) -> Schedule {
        let previous = Dictionary((published?.forums ?? []).map { ($0.meeting.id, $0) }, uniquingKeysWith: { a, _ in a })
        var forums: [ScheduledForum] = []
        var seen: Set<ForumID> = []
        for planned in plan.forums {
            let m = planned.meeting
            seen.insert(m.id)
            let before = previous[m.id]
            var forum = ScheduledForum(
                meeting: m, areaName: context.areaName(m.area), venueName: m.venue.flatMap { context.venues[$0]?.name },
                sequence: before?.sequence ?? 0, firstAnnounced: before?.firstAnnounced, reason: before?.reason)
            if let reason = decisions.cancelled[m.id] {
                // A cancelled forum keeps the details it was published with, wherever the solver put it.
                if let before {
                    forum.meeting = before.meeting
                    forum.venueName = before.venueName
                }
                forum.status = .cancelled
                forum.reason = reason
            } else if let before, !Announcement(before.meeting).matches(m) {
                forum.firstAnnounced = before.firstAnnounced ?? Announcement(before)
                forum.reason = decisions.moved[m.id] ?? planned.movedRule.map(plainReason) ?? "the arrangements have changed"
            }
            if let first = forum.firstAnnounced, first.matches(forum.meeting) {
                forum.firstAnnounced = nil
                forum.reason = nil
            }
            forums.append(forum)
        }
        for before in published?.forums ?? [] where !seen.contains(before.meeting.id) {
            var kept = before
            if before.status == .confirmed && before.meeting.date >= today {
                kept.status = .cancelled
                kept.reason = decisions.cancelled[before.meeting.id] ?? Self.areaGone
            }
            forums.append(kept)
        }
        forums.sort { ($0.meeting.date, $0.meeting.start, $0.meeting.id) < ($1.meeting.date, $1.meeting.start, $1.meeting.id) }
        return rederiveEvents(Schedule(forums: forums, events: []), published: published, today: today, context: context)
    }

    /// The schedule's staff events derived again from its confirmed forums (after a coordinator's
    /// move or cancellation), merged with the published ones as `draft` does.
    public static func rederiveEvents(_ schedule: Schedule, published: Schedule?, today: LocalDate, context: RuleContext) -> Schedule {
        let meetings = schedule.forums.filter { $0.status == .confirmed }.map(\.meeting)
        var result = schedule
        result.events = events(RoundEvents.derive(for: meetings, in: context), published: published, today: today)
        return result
    }

    /// The plan's staff events, then the published ones it no longer has (kept as they were when
    /// before `today`, else cancelled), with the published sequences.
    static func events(_ derived: [RoundEvent], published: Schedule?, today: LocalDate) -> [ScheduledEvent] {
        let previous = Dictionary((published?.events ?? []).map { ($0.event.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result = derived.map { ScheduledEvent(event: $0, sequence: previous[$0.id]?.sequence ?? 0) }
        let ids = Set(derived.map(\.id))
        for before in published?.events ?? [] where !ids.contains(before.event.id) {
            var kept = before
            if before.event.date >= today { kept.status = .cancelled }
            result.append(kept)
        }
        return result.sorted { ($0.event.date, $0.event.id) < ($1.event.date, $1.event.id) }
    }

    /// Why a published forum of an area that is no longer in the plan is cancelled.
    public static let areaGone = "the forum for this area has stopped meeting"

    /// Why a published forum had to move, for attendees, from the hard rule its old details broke.
    public static func plainReason(_ rule: RuleID) -> String {
        switch rule {
        case .venueAvailable: return "the venue is no longer available that day"
        case .venueInArea, .venueHasRequiredFeatures, .venueCapacity, .venueNearTransport, .venueOneBookingADay:
            return "the venue can no longer be used"
        case .facilitatorAvailable, .facilitatorOnePlaceADay: return "the organisers cannot be there that day"
        case .interpreterPoolPerDay: return "no interpreter can be booked that day"
        case .workingDay, .outsideSchoolHolidays: return "that day can no longer be used"
        default: return "the original arrangements no longer work"
        }
    }

    /// A plan as a schedule on its own (no plan book): forums confirmed with the plan's sequences,
    /// changes from the problem's pins, and the plan's cancelled forums.
    public static func schedule(of plan: Plan, context: RuleContext) -> Schedule {
        var forums = plan.forums.map { f -> ScheduledForum in
            let m = f.meeting
            let first = context.pins[m.id].map {
                Announcement(date: $0.date, start: $0.start, mode: $0.mode, venue: $0.venue, venueName: $0.venue.flatMap { context.venues[$0]?.name })
            }
            let changed = first.map { !$0.matches(m) } ?? false
            return ScheduledForum(
                meeting: m, areaName: context.areaName(m.area), venueName: m.venue.flatMap { context.venues[$0]?.name }, sequence: f.sequence,
                firstAnnounced: changed ? first : nil, reason: changed ? f.movedRule.map(plainReason) : nil)
        }
        for pin in plan.cancelled {
            let area = Area.ID(areaPart(of: pin.forum))
            let minutes = context.areas[area].map { context.problem.format(for: $0, mode: pin.mode).minutes }
                ?? (pin.mode == .inPerson ? context.problem.inPersonFormat.minutes : context.problem.virtualFormat.minutes)
            let m = Meeting(
                id: pin.forum, round: round(of: pin.forum), area: area, mode: pin.mode, date: pin.date, start: pin.start,
                end: pin.start.adding(minutes: max(minutes, 30)), venue: pin.venue, facilitators: [])
            forums.append(ScheduledForum(
                meeting: m, areaName: context.areaName(area), venueName: pin.venue.flatMap { context.venues[$0]?.name },
                status: .cancelled, sequence: pin.sequence + 1, reason: areaGone))
        }
        return Schedule(forums: forums, events: plan.events.map { ScheduledEvent(event: $0) })
    }

    /// `east-surrey` from `2027-r2-east-surrey`, or the whole id when it is not in that form.
    public static func areaPart(of forum: ForumID) -> String {
        let parts = forum.rawValue.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].hasPrefix("r") else { return forum.rawValue }
        return String(parts[2])
    }

    /// `2` from `2027-r2-east-surrey`, or 0 when the id is not in that form.
    public static func round(of forum: ForumID) -> Int {
        let parts = forum.rawValue.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].hasPrefix("r") else { return 0 }
        return Int(parts[1].dropFirst()) ?? 0
    }
}
