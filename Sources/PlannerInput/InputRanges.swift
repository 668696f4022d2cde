/// The one table of the ranges of every number read from input, rendered as
/// `Documentation/PlanFile-Ranges.md`.
///
/// The ranges are what makes sense for a coordinator, and they are small enough that no sum the
/// planner or the checks make from accepted values can overflow (see the documentation's last part).
public enum InputRanges {
    // MARK: Plan file

    public static let planYear = InputRange(
        [.planFile], ["plan_year"], .whole(2000...2200), what: "the year the plan starts in", example: "2027",
        why: "Dates are read and written for years 2000 to 2200 only.")
    public static let dayOfMonth = InputRange(
        [.planFile], ["rounds.preferred_last_day", "rounds.latest_day", "notice.newsletter_day"], .whole(1...28),
        what: "a day of the month", example: "14", why: "Every month has these days.")
    public static let committeeMinutes = InputRange(
        [.planFile], ["rounds.committee_minutes"], .whole(15...600), what: "the committee's length in minutes",
        example: "120", why: "A meeting within a day; it must also end by midnight.")
    public static let inPersonPerRound = InputRange(
        [.planFile], ["groups[].in_person_per_round"], .whole(0...1000),
        what: "how many forums of each round meet in person", example: "3",
        why: "At most the group's daytime areas, when the rotation is balanced.")
    public static let forumsPerDay = InputRange(
        [.planFile], ["facilitators[].max_forums_per_day"], .whole(1...10),
        what: "the most forums this person can attend in a day", example: "1", why: "Forums last hours.")
    public static let poolPerDay = InputRange(
        [.planFile], ["interpreter_pools[].per_day"], .whole(1...100),
        what: "how many forums a day the pool can cover", example: "1", why: "A generous upper limit.")
    public static let attendance = InputRange(
        [.planFile], ["areas[].expected_attendance"], .whole(1...10_000), what: "the number of people expected",
        example: "25", why: "A forum is a room, not a stadium.")
    public static let capacity = InputRange(
        [.planFile, .venuesCSV], ["venues[].capacity", "capacity"], .whole(1...10_000), what: "a number of people",
        example: "40", why: "A forum is a room, not a stadium.")
    public static let metresToTransport = InputRange(
        [.planFile, .venuesCSV], ["venues[].metres_to_transport", "metres_to_transport"], .whole(0...50_000),
        what: "metres on foot to the nearest bus stop or station", example: "300", why: "At most 50 km.")
    public static let maxMetresToTransport = InputRange(
        [.planFile], ["venue_standards.max_metres_to_transport"], .whole(1...50_000),
        what: "a walking distance in metres", example: "800", why: "At most 50 km.")
    public static let bookingLeadDays = InputRange(
        [.planFile, .venuesCSV], ["venues[].booking_lead_days", "booking_lead_days"], .whole(1...730),
        what: "days ahead the venue must be booked", example: "150", why: "At most two years.")
    public static let latitude = InputRange(
        [.planFile, .venuesCSV], ["venues[].latitude", "latitude"], .decimal(-90...90),
        what: "a latitude in decimal degrees", example: "51.2401", why: "The earth's latitudes.")
    public static let longitude = InputRange(
        [.planFile, .venuesCSV], ["venues[].longitude", "longitude"], .decimal(-180...180),
        what: "a longitude in decimal degrees", example: "-0.1702", why: "The earth's longitudes.")
    public static let agendaMinutes = InputRange(
        [.planFile], ["formats.*.agenda[].minutes"], .whole(1...720), what: "a length in minutes", example: "45",
        why: "A part of a meeting held within a day; the whole forum must also fit its window.")
    public static let maxRun = InputRange(
        [.planFile], ["rotation.max_run"], .whole(1...52),
        what: "the most rounds running an area may stay in one mode", example: "2",
        why: "More than the year's rounds changes nothing.")

    // MARK: Notice

    public static let minimumNoticeDays = InputRange(
        [.planFile], ["notice.minimum_notice_days"], .whole(1...365),
        what: "days between the first announcement and the forum", example: "28", why: "At most a year.")
    public static let shortNoticeDays = InputRange(
        [.planFile], ["notice.short_notice_days"], .whole(1...365),
        what: "days below which a change needs direct contact", example: "14", why: "At most a year.")
    public static let papersDaysBefore = InputRange(
        [.planFile], ["notice.papers_days_before"], .whole(1...90),
        what: "days before the committee its papers are published", example: "7", why: "At most a round.")
    public static let committeeLastWorkingDays = InputRange(
        [.planFile], ["notice.committee_last_working_days"], .whole(1...23),
        what: "how many last working days of month 2 the committee may use", example: "10",
        why: "A month has at most 23 working days.")
    public static let boardResponseDays = InputRange(
        [.planFile], ["notice.board_response_days"], .whole(1...365),
        what: "days after the forum feedback-board responses are due", example: "35", why: "At most a year.")
    public static let interpreterRequestDays = InputRange(
        [.planFile], ["notice.interpreter_request_days"], .whole(1...365),
        what: "days of notice an interpreter request needs", example: "14", why: "At most a year.")
    public static let alternativeFormatWorkingDays = InputRange(
        [.planFile], ["notice.alternative_format_working_days"], .whole(1...260),
        what: "working days an alternative-format request needs", example: "10",
        why: "At most a year of working days.")

    // MARK: Reimbursement and weights

    public static let passengerPence = InputRange(
        [.planFile], ["reimbursement.passenger_pence_per_mile"], .whole(0...100),
        what: "pence per mile for each passenger", example: "5", why: "Pence, not pounds, a mile.")
    public static let mileagePence = InputRange(
        [.planFile], ["reimbursement.mileage_rates[].pence_per_mile"], .whole(1...200), what: "pence per mile",
        example: "55", why: "Pence, not pounds, a mile.")
    public static let claimWindowMonths = InputRange(
        [.planFile], ["reimbursement.claim_window_months"], .whole(0...60),
        what: "months after the forum a claim may be made", example: "3", why: "At most five years.")
    public static let claimWarningWeeks = InputRange(
        [.planFile], ["reimbursement.claim_warning_weeks"], .whole(0...260),
        what: "weeks after the forum to remind people to claim", example: "8", why: "At most five years.")
    public static let roadFactor = InputRange(
        [.planFile], ["reimbursement.road_factor"], .decimal(1...3),
        what: "how much longer a road journey is than a straight line", example: "1.3",
        why: "Roads are longer than a straight line, but not three times longer.")
    public static let tolerancePercent = InputRange(
        [.planFile], ["reimbursement.mileage_tolerance_percent"], .whole(0...100), what: "a percentage",
        example: "20", why: "A percentage.")
    public static let capPence = InputRange(
        [.planFile],
        ["reimbursement.replacement_care_cap", "reimbursement.companion_travel_cap", "reimbursement.childcare_cap"],
        .pence(0...1_000_000), what: "pounds and pence", example: "60.00", why: "At most £10,000 a forum.")
    public static let weight = InputRange(
        [.planFile], ["weights.*"], .whole(0...10_000), what: "penalty points", example: "10",
        why: "0 switches a soft rule off; 10,000 outweighs any other rule many times over.")

    public static let areaCount = InputRange(
        [.planFile], ["areas (how many)"], .whole(1...10_000), what: "a number of areas", example: "6",
        why: "Keeps every total of penalties far from overflowing (see below).")

    // MARK: Other files

    public static let claimLines = InputRange(
        [.claimsCSV], ["lines (how many)"], .whole(0...10_000_000), what: "a number of claim lines", example: "500",
        why: "Keeps every total of money far from overflowing (see below); split a larger file.")

    public static let claimAmount = InputRange(
        [.claimsCSV], ["amount"], .pence(0...1_000_000), what: "pounds and pence", example: "12.40",
        why: "At most £10,000 a line.")
    public static let claimMiles = InputRange(
        [.claimsCSV], ["miles"], .hundredths(0...200_000),
        what: "the miles of the return journey, to at most two decimal places,", example: "12.4",
        why: "At most 2,000 miles: the length of Great Britain and back, twice.")
    public static let passengers = InputRange(
        [.claimsCSV], ["passengers"], .whole(0...8), what: "a number of passengers", example: "1",
        why: "A car's seats.")
    public static let postcodeLatitude = InputRange(
        [.postcodesCSV], ["latitude"], .decimal(49...61), what: "decimal degrees for a place in the UK",
        example: "51.24", why: "The United Kingdom's latitudes.")
    public static let postcodeLongitude = InputRange(
        [.postcodesCSV], ["longitude"], .decimal(-9...2), what: "decimal degrees for a place in the UK",
        example: "-0.17", why: "The United Kingdom's longitudes.")
    public static let round = InputRange(
        [.planJSON], ["forums[].round", "events[].round"], .whole(1...52), what: "the round number", example: "1",
        why: "A round a week at the very most.")
    public static let sequence = InputRange(
        [.planJSON], ["forums[].sequence"], .whole(0...100_000),
        what: "how many times the forum has been changed since first published", example: "0",
        why: "Calendars count changes with a 32-bit number; 100,000 re-plans is plenty.")

    public static let pollRound = InputRange(
        [.pollCSV], ["round"], .whole(1...52), what: "the round number", example: "1",
        why: "A round a week at the very most; it must also be a round of the plan.")
    public static let pollCount = InputRange(
        [.pollCSV], ["yes", "if_need_be", "no"], .whole(0...1_000), what: "a number of people who answered",
        example: "3", why: "A forum's poll, not a census; keeps a forum's poll cost (count × weight) far from overflowing.")

    /// The years of every date (`YYYY-MM-DD`) and month (`YYYY-MM`) read from any file or typed.
    public static let dateYears = 2000...2200
    /// Why a date outside `dateYears` is refused.
    public static let yearText = "dates are read for the years 2000 to 2200 only"

    /// Every range, in the order the documentation lists them.
    public static let all: [InputRange] = [
        planYear, dayOfMonth, committeeMinutes, inPersonPerRound, forumsPerDay, poolPerDay, attendance, capacity,
        metresToTransport, maxMetresToTransport, bookingLeadDays, latitude, longitude, agendaMinutes, maxRun,
        minimumNoticeDays, shortNoticeDays, papersDaysBefore, committeeLastWorkingDays, boardResponseDays,
        interpreterRequestDays, alternativeFormatWorkingDays, passengerPence, mileagePence, claimWindowMonths,
        claimWarningWeeks, roadFactor, tolerancePercent, capPence, weight, areaCount, claimAmount, claimLines, claimMiles, passengers,
        postcodeLatitude, postcodeLongitude, round, sequence, pollRound, pollCount,
    ]

    /// The table of `Documentation/PlanFile-Ranges.md`: one row per range.
    public static func markdownTable() -> String {
        var lines = ["| File | Key or column | Lowest | Highest | What | Why |", "|---|---|---|---|---|---|"]
        for range in all {
            let files = range.sources.map(\.rawValue).joined(separator: ", ")
            let keys = range.keys.map { "`\($0)`" }.joined(separator: ", ")
            let what = range.what.hasSuffix(",") ? String(range.what.dropLast()) : range.what
            lines.append("| \(files) | \(keys) | \(range.lowestText) | \(range.highestText) | \(what) | \(range.why) |")
        }
        let files = InputRange.Source.allCases.map(\.rawValue).joined(separator: ", ")
        lines.append(
            "| \(files), `--date`, `--today` | every date `YYYY-MM-DD` and month `YYYY-MM` | \(dateYears.lowerBound)-01-01 | \(dateYears.upperBound)-12-31 | a date | \(yearText.prefix(1).uppercased() + yearText.dropFirst()). |")
        return lines.joined(separator: "\n") + "\n"
    }
}
