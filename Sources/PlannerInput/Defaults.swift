import PlannerCore

/// Defaults for the optional sections the core has no default for, each with its source.
///
/// Notice, reimbursement and weights take the core's own defaults (`NoticePolicy()`,
/// `ReimbursementPolicy()`, `Weights()`).
enum Defaults {
    /// Forum months June, September, December and March of a plan year starting in April
    /// (seed §21 item 1: March/June/September/December keeps forums and committees in term time);
    /// preferred by day 14, never after day 21 (item 3); committee 14:00 for 2 hours (item 14).
    static func rounds(planYear: Int) -> RoundPolicy {
        RoundPolicy(
            forumMonths: [
                YearMonth(year: planYear, month: 6), YearMonth(year: planYear, month: 9),
                YearMonth(year: planYear, month: 12), YearMonth(year: planYear + 1, month: 3),
            ],
            preferredLastDay: 14, latestDay: 21, committeeStart: time(14, 0), committeeMinutes: 120)
    }

    /// The carer-friendly daytime window, after the school run and before pick-up (policy-facts §5).
    static let daytimeWindow = TimeWindow(start: time(10, 0), end: time(14, 30))
    /// The evening window, after work and the commute (seed §21 item 11, with a little slack).
    static let eveningWindow = TimeWindow(start: time(18, 0), end: time(20, 30))

    /// In person (seed §4, §21 items 9 and 13): 3 hours from 10:00 or 11:30.
    static let inPersonFormat = MeetingFormat(
        agenda: [
            AgendaPart(title: "Free-range peer time", minutes: 30),
            AgendaPart(title: "Part 1: co-design workshop or Trust update", minutes: 45),
            AgendaPart(title: "Social time with refreshments", minutes: 30),
            AgendaPart(title: "Part 2: CMHRS local feedback and problem solving", minutes: 45),
            AgendaPart(title: "Pop-up PALS clinic", minutes: 30),
        ],
        startTimes: [time(10, 0), time(11, 30)])

    /// Online daytime (seed §4, §21 item 10): open room 15, Part 1 45, break 15, Part 2 45.
    static let onlineFormat = MeetingFormat(agenda: onlineAgenda, startTimes: [time(10, 15), time(12, 15)])

    /// Evening, online (seed §21 item 11): the online agenda from 18:15.
    static let eveningFormat = MeetingFormat(agenda: onlineAgenda, startTimes: [time(18, 15)])

    static let onlineAgenda = [
        AgendaPart(title: "Open room", minutes: 15),
        AgendaPart(title: "Part 1: co-design workshop or Trust update", minutes: 45),
        AgendaPart(title: "Break", minutes: 15),
        AgendaPart(title: "Part 2: CMHRS local feedback and problem solving", minutes: 45),
    ]

    /// Baseline: step-free access, accessible toilet, hearing loop, Wi-Fi (issue 2; seed §7);
    /// preferred: the rest of seed §21 item 24; at most 800 m to transport (item 25).
    static let venueStandards = PlanReader.VenueStandards(
        baseline: ["step_free_access", "accessible_toilet", "hearing_loop_room", "wifi"].map(Feature.init),
        preferred: [
            "calm_space", "adjustable_lighting", "drop_off_point", "blue_badge_parking", "refreshments_accessible",
            "non_clinical_setting",
        ].map(Feature.init),
        maxMetresToTransport: 800)

    /// Book and confirm at least 5 months ahead (seed §21 item 27).
    static let bookingLeadDays = 150

    /// No area in the same mode more than two rounds running (issue 2).
    static let maxRun = 2

    /// A clock time known to be valid.
    static func time(_ hour: Int, _ minute: Int) -> TimeOfDay { TimeOfDay(minutes: hour * 60 + minute) }
}
