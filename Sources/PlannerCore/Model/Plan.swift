/// One forum meeting: when, how and where an area's forum meets in one round.
public struct Meeting: Sendable, Hashable {
    public var id: ForumID
    /// 1-based round number.
    public var round: Int
    public var area: Area.ID
    public var mode: Mode
    public var date: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var venue: Venue.ID?
    public var facilitators: [Facilitator.ID]

    public init(
        id: ForumID, round: Int, area: Area.ID, mode: Mode, date: LocalDate, start: TimeOfDay, end: TimeOfDay,
        venue: Venue.ID?, facilitators: [Facilitator.ID]
    ) {
        self.id = id; self.round = round; self.area = area; self.mode = mode; self.date = date
        self.start = start; self.end = end; self.venue = venue; self.facilitators = facilitators
    }
}

/// A planned forum with the soft penalties it carries.
public struct PlannedForum: Sendable, Hashable {
    public var meeting: Meeting
    public var penalties: [Violation]
    /// Set when a published forum had to move, saying why.
    public var movedBecause: String?
    /// The hard rule the published forum broke, when it had to move.
    public var movedRule: RuleID?
    /// The calendar SEQUENCE: the published one, plus one if the forum changed since.
    public var sequence: Int
    public init(meeting: Meeting, penalties: [Violation], movedBecause: String? = nil, movedRule: RuleID? = nil, sequence: Int = 0) {
        self.meeting = meeting; self.penalties = penalties; self.movedBecause = movedBecause; self.movedRule = movedRule
        self.sequence = sequence
    }
    public var penalty: Int { penalties.reduce(0) { $0 + $1.penalty } }
}

/// A dated event of a round other than a forum: committee, papers, newsletter, deadlines, bookings.
public struct RoundEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case committee, committeePapers = "committee-papers", newsletterCopyDeadline = "newsletter-copy-deadline"
        case newsletter, boardResponseDeadline = "board-response-deadline"
        case venueBookingDeadline = "venue-booking-deadline"
    }
    /// Stable id, e.g. `2027-r1-committee` or `2027-r2-east-surrey-venue-booking`.
    public var id: String
    public var kind: Kind
    public var round: Int
    public var date: LocalDate
    /// Set for timed events (the committee); nil for all-day deadlines.
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var title: String
    public var detail: String
    /// The id of a forum's venue-booking deadline: `2027-r2-east-surrey-venue-booking`.
    public static func venueBookingID(_ forum: ForumID) -> String { "\(forum)-venue-booking" }

    public init(id: String, kind: Kind, round: Int, date: LocalDate, start: TimeOfDay? = nil, end: TimeOfDay? = nil, title: String, detail: String) {
        self.id = id; self.kind = kind; self.round = round; self.date = date; self.start = start; self.end = end
        self.title = title; self.detail = detail
    }
}

/// The result of planning: every forum with its penalties, the round events, and how sure we are.
public struct Plan: Sendable {
    public enum Status: String, Sendable { case optimal, feasible }
    public var status: Status
    public var objective: Int
    /// A proven lower bound on the objective (equal to `objective` when optimal).
    public var lowerBound: Int
    public var forums: [PlannedForum]
    public var events: [RoundEvent]
    public var statistics: SearchStatistics
    /// Published forums that are no longer in the plan (their area or round is gone): they stay in
    /// the calendars as cancelled.
    public var cancelled: [Pin]
    /// Which search proved what, part by part.
    public var proof: Proof
    public init(
        status: Status, objective: Int, lowerBound: Int, forums: [PlannedForum], events: [RoundEvent], statistics: SearchStatistics,
        cancelled: [Pin] = [], proof: Proof = Proof()
    ) {
        self.status = status; self.objective = objective; self.lowerBound = lowerBound; self.forums = forums
        self.events = events; self.statistics = statistics; self.cancelled = cancelled; self.proof = proof
    }
}

/// Counters from the search, for benchmarks and the README.
public struct SearchStatistics: Sendable, Hashable {
    public var nodes: Int = 0
    public var components: Int = 0
    public var options: Int = 0
    public init() {}
}
