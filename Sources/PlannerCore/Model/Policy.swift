/// One timed part of a forum's agenda, e.g. "Part 1: co-design workshop or Trust update", 45 minutes.
public struct AgendaPart: Sendable, Hashable {
    public var title: String
    public var minutes: Int
    public init(title: String, minutes: Int) { self.title = title; self.minutes = minutes }
}

/// How a kind of forum runs: its agenda and the start times the planner may choose from.
public struct MeetingFormat: Sendable, Hashable {
    public var agenda: [AgendaPart]
    public var startTimes: [TimeOfDay]
    public init(agenda: [AgendaPart], startTimes: [TimeOfDay]) { self.agenda = agenda; self.startTimes = startTimes }
    /// Total length in minutes.
    public var minutes: Int { agenda.reduce(0) { $0 + $1.minutes } }
}

/// Which calendar months hold the forums, and how early in the month they must be.
public struct RoundPolicy: Sendable, Hashable {
    /// Month 1 of each round, in round order, e.g. June 2027, September 2027, December 2027, March 2028.
    public var forumMonths: [YearMonth]
    /// Forums on or before this day of the month carry no lateness beyond one point a day.
    public var preferredLastDay: Int
    /// Forums must be on or before this day of the month (hard).
    public var latestDay: Int
    /// The committee (Development Group) meets at this time, for this long, at the end of month 2.
    public var committeeStart: TimeOfDay
    public var committeeMinutes: Int
    public init(forumMonths: [YearMonth], preferredLastDay: Int, latestDay: Int, committeeStart: TimeOfDay = TimeOfDay(minutes: 14 * 60), committeeMinutes: Int = 120) {
        self.forumMonths = forumMonths; self.preferredLastDay = preferredLastDay; self.latestDay = latestDay
        self.committeeStart = committeeStart; self.committeeMinutes = committeeMinutes
    }

    /// Month 1 of round `round` (1-based); rounds before the first or after the last continue quarterly.
    public func forumMonth(ofRound round: Int) -> YearMonth {
        if round >= 1, round <= forumMonths.count { return forumMonths[round - 1] }
        guard let first = forumMonths.first else { return YearMonth(year: 1970, month: 1) }
        if round < 1 { return first.adding(months: (round - 1) * 3) }
        return forumMonths[forumMonths.count - 1].adding(months: (round - forumMonths.count) * 3)
    }
}

/// The virtual / in-person rotation.
public enum Rotation: Sendable, Hashable {
    /// The mode of every area in every round is given (the reports' round table).
    case table([Area.ID: [Mode]])
    /// The solver chooses the modes, keeping the invariants: the group's quota of in-person forums
    /// each round, evening forums virtual, both modes for every area in the year, no area in the
    /// same mode more than `maxRun` rounds running.
    case balanced(maxRun: Int)
}

/// Notice rules for forums, papers and requests (policy-facts §2, seed §21 items 15–22).
public struct NoticePolicy: Sendable, Hashable {
    /// A forum must be first announced in a newsletter at least this many days before it.
    public var minimumNoticeDays: Int = 28
    /// Changes with less notice than this need direct contact with registered attendees.
    public var shortNoticeDays: Int = 14
    /// The month-3 newsletter is published on the last working day on or before this day.
    public var newsletterDay: Int = 10
    /// Committee papers are published this many days before the committee.
    public var papersDaysBefore: Int = 7
    /// The committee meets within the last this-many working days of month 2.
    public var committeeLastWorkingDays: Int = 10
    /// Feedback-board responses are due this many days after the forum (or earlier, see the rule).
    public var boardResponseDays: Int = 35
    /// BSL and interpreter requests need this many days.
    public var interpreterRequestDays: Int = 14
    /// Alternative-format requests need this many working days.
    public var alternativeFormatWorkingDays: Int = 10
    /// No newsletter published before this date can announce the plan (set when planning late).
    public var announceFrom: LocalDate? = nil
    public init() {}
}

/// Weights of the soft rules: penalty points per unit of breach.
public struct Weights: Sendable, Hashable {
    /// Per day after the 1st of the month.
    public var lateInMonthPerDay = 1
    /// Per day after the preferred last day, on top.
    public var pastPreferredPerDay = 10
    /// A forum on a Monday / Friday.
    public var monday = 4
    public var friday = 15
    /// Two forums of one area in the year on the same weekday, or at the same start time.
    public var sameWeekday = 12
    public var sameStartTime = 6
    /// A forum on an observance.
    public var observance = 30
    /// The evening forum in a school holiday or half term (seed §21 item 6).
    public var eveningInSchoolHolidays = 20
    /// A forum without a governor (seed §21 item 41); nothing when the plan lists no governors.
    public var governorAtForum = 10
    /// Per person who answered the attendee poll "no" / "if need be" for the forum's date and time.
    public var pollNo = 5
    public var pollIfNeedBe = 2
    /// Per 100 metres from the venue to transport.
    public var transportPer100m = 1
    /// Per preferred venue feature not confirmed.
    public var missingPreferredFeature = 3
    /// Two forums of one group in a round on consecutive days.
    public var consecutiveDays = 8
    public init() {}

    /// Every weight with its key under `weights:` in the plan file, in the order the file lists them:
    /// the one table the reader and the writer use.
    public static let fields: [(key: String, path: WritableKeyPath<Weights, Int> & Sendable)] = [
        ("late_in_month_per_day", \.lateInMonthPerDay), ("past_preferred_per_day", \.pastPreferredPerDay),
        ("monday", \.monday), ("friday", \.friday), ("same_weekday", \.sameWeekday),
        ("same_start_time", \.sameStartTime), ("observance", \.observance), ("transport_per_100m", \.transportPer100m),
        ("missing_preferred_feature", \.missingPreferredFeature), ("consecutive_days", \.consecutiveDays),
        ("evening_in_school_holidays", \.eveningInSchoolHolidays), ("governor_at_forum", \.governorAtForum),
        ("poll_no", \.pollNo), ("poll_if_need_be", \.pollIfNeedBe),
    ]
}

/// The coordinator's policy for travel and expenses (policy-facts §1, seed §8, §21 items 29–35).
public struct ReimbursementPolicy: Sendable, Hashable {
    public struct MileageRate: Sendable, Hashable {
        public var from: LocalDate
        public var pencePerMile: Int
        public init(from: LocalDate, pencePerMile: Int) { self.from = from; self.pencePerMile = pencePerMile }
    }
    public var mileageRates: [MileageRate] = [
        MileageRate(from: LocalDate(civilYear: 2011, month: 4, day: 6), pencePerMile: 45),
        MileageRate(from: LocalDate(civilYear: 2026, month: 4, day: 6), pencePerMile: 55),
    ]
    public var passengerPencePerMile = 5
    public var roadFactor = 1.3
    public var mileageTolerance = 0.20
    public var claimWindowMonths = 3
    public var claimWarningWeeks = 8
    public var replacementCareCapPence = 6000
    public var companionTravelCapPence = 5000
    public var childcareCapPence = 6000
    public init() {}
}

/// The year's planning problem: everything the solver and the checks need, already validated.
public struct PlanningProblem: Sendable {
    /// The forum's configurable name, e.g. "FoCUS".
    public var forumName: String
    public var trustName: String
    /// The plan year, used in ids such as `2027-r1-east-surrey`.
    public var planYear: Int
    public var groups: [Group]
    public var areas: [Area]
    public var venues: [Venue]
    public var facilitators: [Facilitator]
    public var interpreterPools: [InterpreterPool]
    public var calendars: DateCalendars
    public var rounds: RoundPolicy
    public var rotation: Rotation
    public var inPersonFormat: MeetingFormat
    public var virtualFormat: MeetingFormat
    public var eveningFormat: MeetingFormat
    public var daytimeWindow: TimeWindow
    public var eveningWindow: TimeWindow
    /// Features every in-person venue must have (the trust's baseline).
    public var baselineFeatures: [Feature]
    /// Features the planner prefers (soft).
    public var preferredFeatures: [Feature]
    /// Maximum metres to public transport for an in-person venue.
    public var maxMetresToTransport: Int
    public var notice: NoticePolicy
    public var reimbursement: ReimbursementPolicy
    public var weights: Weights
    /// Joining instructions and contact for virtual forums.
    public var joining: JoiningArrangements
    /// Forums from a published plan that must stay where they are.
    public var pins: [Pin]
    /// The instant the plan's calendars are stamped with (DTSTAMP), from the plan file, never the clock.
    public var stamp: LocalDate
    /// Where the trust publishes the calendars and pages.
    public var publishing: PublishingSettings
    /// The day of (re-)planning, or nil to plan as if before the year began. Forums before it are
    /// history; none is planned before it (see `NotBeforeTodayRule`).
    public var today: LocalDate? = nil
    /// Governors who may attend forums (`GovernorAtForumRule`); none switches that rule off.
    public var governors: [Governor] = []
    /// The attendee availability poll's counts (the plan file's `poll:`); empty when there is none.
    public var poll = AvailabilityPoll()

    public init(
        forumName: String, trustName: String, planYear: Int, groups: [Group], areas: [Area], venues: [Venue],
        facilitators: [Facilitator], interpreterPools: [InterpreterPool] = [], calendars: DateCalendars,
        rounds: RoundPolicy, rotation: Rotation, inPersonFormat: MeetingFormat, virtualFormat: MeetingFormat,
        eveningFormat: MeetingFormat, daytimeWindow: TimeWindow, eveningWindow: TimeWindow,
        baselineFeatures: [Feature], preferredFeatures: [Feature], maxMetresToTransport: Int,
        notice: NoticePolicy = NoticePolicy(), reimbursement: ReimbursementPolicy = ReimbursementPolicy(),
        weights: Weights = Weights(), joining: JoiningArrangements, pins: [Pin] = [], stamp: LocalDate,
        publishing: PublishingSettings = PublishingSettings()
    ) {
        self.forumName = forumName; self.trustName = trustName; self.planYear = planYear; self.groups = groups
        self.areas = areas; self.venues = venues; self.facilitators = facilitators
        self.interpreterPools = interpreterPools; self.calendars = calendars; self.rounds = rounds
        self.rotation = rotation; self.inPersonFormat = inPersonFormat; self.virtualFormat = virtualFormat
        self.eveningFormat = eveningFormat; self.daytimeWindow = daytimeWindow; self.eveningWindow = eveningWindow
        self.baselineFeatures = baselineFeatures; self.preferredFeatures = preferredFeatures
        self.maxMetresToTransport = maxMetresToTransport; self.notice = notice; self.reimbursement = reimbursement
        self.weights = weights; self.joining = joining; self.pins = pins; self.stamp = stamp
        self.publishing = publishing
    }

    public var roundCount: Int { rounds.forumMonths.count }
    public func area(_ id: Area.ID) -> Area? { areas.first { $0.id == id } }
    public func venue(_ id: Venue.ID) -> Venue? { venues.first { $0.id == id } }
    public func facilitator(_ id: Facilitator.ID) -> Facilitator? { facilitators.first { $0.id == id } }
    public func group(_ id: Group.ID) -> Group? { groups.first { $0.id == id } }

    /// The format an area's forum uses in a mode.
    public func format(for area: Area, mode: Mode) -> MeetingFormat {
        if area.kind == .evening { return eveningFormat }
        return mode == .inPerson ? inPersonFormat : virtualFormat
    }

    /// `2027-r1`
    public func roundID(_ round: Int) -> String { "\(planYear)-r\(round)" }
    /// `2027-r1-east-surrey`
    public func forumID(round: Int, area: Area.ID) -> ForumID { ForumID("\(roundID(round))-\(area.rawValue)") }
}

/// How people join a virtual forum. No personal data: a generic mailbox only.
public struct JoiningArrangements: Sendable, Hashable {
    public var url: String
    public var dialIn: String
    public var mailbox: String
    public var taxiNote: String
    public var reimbursementNote: String
    public init(url: String, dialIn: String, mailbox: String, taxiNote: String, reimbursementNote: String) {
        self.url = url; self.dialIn = dialIn; self.mailbox = mailbox; self.taxiNote = taxiNote; self.reimbursementNote = reimbursementNote
    }
}

/// Where the trust publishes what the planner writes (the plan file's `publishing:` section).
public struct PublishingSettings: Sendable, Hashable {
    /// The web address the calendar files are uploaded to, ending in `/`: subscription links on
    /// the pages are this address followed by the file name, e.g. `https://example.org/focus/forums.ics`.
    public var baseURL: String
    /// The folder of the trust's own page templates, as the plan file gives it (resolved against
    /// the plan file's folder); nil for the built-in templates only.
    public var templatesFolder: String?
    /// The texts of the files in `templatesFolder`, by file name (e.g. `help.mustache`): each
    /// replaces the built-in template of the same name.
    public var templates: [String: String]
    /// The placeholder used when the plan file gives no `publishing.base_url`.
    public static let defaultBaseURL = "https://example.org/forums/"
    public init(baseURL: String = PublishingSettings.defaultBaseURL, templatesFolder: String? = nil, templates: [String: String] = [:]) {
        self.baseURL = baseURL; self.templatesFolder = templatesFolder; self.templates = templates
    }
}

/// The identity of one forum meeting: plan year, round and area, e.g. `2027-r1-east-surrey`.
public typealias ForumID = Identifier<ForumTag>
public enum ForumTag {}

/// A forum from a published plan that stays put.
public struct Pin: Sendable, Hashable {
    public var forum: ForumID
    public var date: LocalDate
    public var start: TimeOfDay
    public var mode: Mode
    public var venue: Venue.ID?
    public var sequence: Int
    public init(forum: ForumID, date: LocalDate, start: TimeOfDay, mode: Mode, venue: Venue.ID?, sequence: Int = 0) {
        self.forum = forum; self.date = date; self.start = start; self.mode = mode; self.venue = venue; self.sequence = sequence
    }

    /// True when the meeting is held at the pin's date, start time, mode and venue.
    public func matches(_ m: Meeting) -> Bool { date == m.date && start == m.start && mode == m.mode && venue == m.venue }
}
