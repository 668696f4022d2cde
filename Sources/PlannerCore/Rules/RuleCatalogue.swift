/// The table of contents of the planner's rules: hard rules first, then soft ones.
///
/// Every rule has a stable kebab-case id (used in JSON output and tests), says whether it is hard
/// (a plan must never break it) or soft (breaking it costs penalty points), and states itself in
/// one sentence. Each rule is implemented in a file of its own under `Rules/`.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    // Hard rules about one forum.
    case workingDay = "working-day"
    case roundWindow = "round-window"
    case daytimeWindow = "daytime-window"
    case outsideSchoolHolidays = "outside-school-holidays"
    case eveningWindow = "evening-window"
    case rotationTable = "rotation-table"
    case eveningAlwaysVirtual = "evening-always-virtual"
    case venueInArea = "venue-in-area"
    case venueHasRequiredFeatures = "venue-has-required-features"
    case venueCapacity = "venue-capacity"
    case venueNearTransport = "venue-near-transport"
    case venueAvailable = "venue-available"
    case facilitatorAvailable = "facilitator-available"
    case minimumNotice = "minimum-notice"
    case pinnedForumStays = "pinned-forum-stays"
    case notBeforeToday = "not-before-today"
    // Hard rules about several forums.
    case facilitatorOnePlaceADay = "facilitator-one-place-a-day"
    case venueOneBookingADay = "venue-one-booking-a-day"
    case interpreterPoolPerDay = "interpreter-pool-per-day"
    case inPersonQuota = "in-person-quota"
    case areaGetsBothModes = "area-gets-both-modes"
    case noLongModeRuns = "no-long-mode-runs"
    // Soft rules.
    case earlyInMonth = "early-in-month"
    case weekdayPreference = "weekday-preference"
    case avoidObservances = "avoid-observances"
    case eveningInSchoolHolidays = "evening-in-school-holidays"
    case attendeePoll = "attendee-poll"
    case venueCloseToTransport = "venue-close-to-transport"
    case venuePreferredFeatures = "venue-preferred-features"
    case weekdayAndTimeVariety = "weekday-and-time-variety"
    case spreadRound = "spread-round"
    case governorAtForum = "governor-at-forum"
    case shortNoticeMove = "short-notice-move"

    public var isHard: Bool { ordinal < RuleID.earlyInMonth.ordinal }

    /// Position in the catalogue.
    public var ordinal: Int { RuleID.inOrder.firstIndex(of: self) ?? 0 }

    /// The catalogue's order, worked out once (`allCases` makes a new array each time).
    private static let inOrder = allCases

    /// The rule in one plain-English sentence.
    public var summary: String {
        switch self {
        case .workingDay: return "A forum is held on a working day: Monday to Friday, not a bank holiday."
        case .roundWindow: return "A forum is held in month 1 of its round, on or before the latest day of the month allowed."
        case .daytimeWindow: return "A daytime forum starts and ends inside the carer-friendly daytime window."
        case .outsideSchoolHolidays: return "A daytime forum is not held in a school holiday or half term of any school calendar its area follows."
        case .eveningWindow: return "An evening forum starts and ends inside the evening window."
        case .rotationTable: return "A forum meets in the mode the rotation table gives for its area and round."
        case .eveningAlwaysVirtual: return "An evening forum is always online."
        case .venueInArea: return "An in-person forum has a venue that serves its area; an online forum has none."
        case .venueHasRequiredFeatures: return "An in-person venue has every required access feature (the trust's baseline plus the area's needs) confirmed as yes."
        case .venueCapacity: return "An in-person venue holds at least the attendance expected for the area."
        case .venueNearTransport: return "An in-person venue is within the maximum walking distance of a bus stop or station."
        case .venueAvailable: return "An in-person venue is not marked unavailable on the forum's date."
        case .facilitatorAvailable: return "Every facilitator of a forum is available on its date."
        case .minimumNotice: return "A forum is first announced in a newsletter at least the minimum notice before it."
        case .pinnedForumStays: return "A forum pinned from a published plan keeps its date, time, mode and venue."
        case .notBeforeToday: return "When re-planning on a day, forums before it stay as they were, a published forum that must move goes no earlier than that day, and a new forum no earlier than that day plus the minimum notice."
        case .facilitatorOnePlaceADay: return "No facilitator attends more forums in one day than they can (one by default)."
        case .venueOneBookingADay: return "A venue hosts at most one forum a day."
        case .interpreterPoolPerDay: return "On any day, no more forums need an interpreter from a pool than the pool can supply."
        case .inPersonQuota: return "In balanced rotation, each round of a group has exactly its quota of in-person forums."
        case .areaGetsBothModes: return "Every area forum meets both online and in person at least once in the year."
        case .noLongModeRuns: return "No area meets in the same mode for more rounds running than allowed."
        case .earlyInMonth: return "Forums are held as early in the month as possible."
        case .weekdayPreference: return "Forums are held Tuesday to Thursday where possible; Monday costs a little, Friday more."
        case .avoidObservances: return "Forums avoid religious and cultural observances (and, for evening forums, their eves)."
        case .eveningInSchoolHolidays: return "The evening forum is held in school term time, by every school calendar it follows, where possible."
        case .attendeePoll: return "Forums are held when the people who answered the availability poll can come."
        case .venueCloseToTransport: return "Venues closer to public transport are preferred."
        case .venuePreferredFeatures: return "Venues with more of the preferred optional features are preferred."
        case .weekdayAndTimeVariety: return "Each area's forums vary their weekday and start time across the year."
        case .spreadRound: return "A group's forums in a round are not on consecutive days where avoidable."
        case .governorAtForum: return "Every forum has a governor where one can come; a governor attends at most one forum a day."
        case .shortNoticeMove: return "A published forum that must move gives at least the short notice from the day of re-planning where it can."
        }
    }

    public static func < (l: RuleID, r: RuleID) -> Bool {
        l.ordinal < r.ordinal
    }
}
