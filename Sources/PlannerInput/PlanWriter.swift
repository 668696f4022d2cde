import Foundation
import PlannerCore

/// Writes a `PlanningProblem` as one YAML plan file, in the format `PlanFile.load` reads (no
/// `include`s), so that a generated or edited problem can be planned like any other. An attendee
/// poll is the one part kept in a file of its own: `files(_:)` writes both.
///
/// Every text value is double-quoted and escaped; dates, times, numbers and yes/no answers are
/// written plain. Sets (unavailable days, features) are written sorted, so the same problem always
/// gives the same text. Pins are not part of a plan file and are not written.
public enum PlanWriter {
    /// The plan file's text; when the problem has a poll, its `poll:` names `pollFile` (which
    /// `files(_:name:)` writes too).
    public static func text(_ problem: PlanningProblem, pollFile: String = "plan-poll.csv") -> String {
        var out = YAMLText()
        out.comment("Plan for \(problem.forumName), written by forum-planner (one file, no includes).")
        out.line("forum: \(q(problem.forumName))")
        out.line("trust: \(q(problem.trustName))")
        out.line("plan_year: \(problem.planYear)")
        out.line("stamp: \(problem.stamp.iso)")
        writeRounds(problem.rounds, into: &out)
        writeGroups(problem.groups, into: &out)
        writeFacilitators(problem.facilitators, into: &out)
        writeGovernors(problem.governors, into: &out)
        writeAreas(problem.areas, into: &out)
        writeInterpreterPools(problem.interpreterPools, into: &out)
        writeRotation(problem, into: &out)
        writeVenueStandards(problem, into: &out)
        writeVenues(problem.venues, into: &out)
        writeCalendars(problem.calendars, into: &out)
        writeWindows(problem, into: &out)
        writeFormats(problem, into: &out)
        writeNotice(problem.notice, into: &out)
        writeReimbursement(problem.reimbursement, into: &out)
        writeWeights(problem.weights, into: &out)
        writeJoining(problem.joining, into: &out)
        writePublishing(problem.publishing, into: &out)
        writePoll(problem.poll, file: pollFile, into: &out)
        return out.text
    }

    // MARK: - Sections

    static func writeRounds(_ rounds: RoundPolicy, into out: inout YAMLText) {
        out.blank()
        out.line("rounds:")
        out.line("  forum_months: [\(rounds.forumMonths.map(\.description).joined(separator: ", "))]")
        out.line("  preferred_last_day: \(rounds.preferredLastDay)")
        out.line("  latest_day: \(rounds.latestDay)")
        out.line("  committee_start: \(rounds.committeeStart)")
        out.line("  committee_minutes: \(rounds.committeeMinutes)")
    }

    static func writeGroups(_ groups: [Group], into out: inout YAMLText) {
        out.blank()
        out.line("groups:")
        for group in groups {
            out.line("  - id: \(q(group.id.rawValue))")
            out.line("    name: \(q(group.name))")
            out.line("    coordinators: \(list(group.coordinators.map(\.rawValue)))")
            out.line("    in_person_per_round: \(group.inPersonPerRound)")
        }
    }

    static func writeFacilitators(_ facilitators: [Facilitator], into out: inout YAMLText) {
        out.blank()
        out.line("facilitators:")
        for person in facilitators {
            out.line("  - id: \(q(person.id.rawValue))")
            out.line("    name: \(q(person.name))")
            out.line("    role: \(person.role.rawValue)")
            if !person.unavailable.isEmpty { out.line("    unavailable: \(dates(person.unavailable))") }
            if person.maxForumsPerDay != 1 { out.line("    max_forums_per_day: \(person.maxForumsPerDay)") }
        }
    }

    static func writeGovernors(_ governors: [Governor], into out: inout YAMLText) {
        guard !governors.isEmpty else { return }
        out.blank()
        out.line("governors:")
        for governor in governors {
            out.line("  - id: \(q(governor.id.rawValue))")
            if !governor.unavailable.isEmpty { out.line("    unavailable: \(dates(governor.unavailable))") }
            if let areas = governor.areas { out.line("    areas: \(list(areas.map(\.rawValue).sorted()))") }
        }
    }

    static func writeAreas(_ areas: [Area], into out: inout YAMLText) {
        out.blank()
        out.line("areas:")
        for area in areas {
            out.line("  - id: \(q(area.id.rawValue))")
            out.line("    name: \(q(area.name))")
            out.line("    kind: \(area.kind.rawValue)")
            out.line("    group: \(q(area.group.rawValue))")
            out.line("    leads: \(list(area.leads.map(\.rawValue)))")
            if !area.needs.isEmpty { out.line("    needs: [\(area.needs.map(\.id).joined(separator: ", "))]") }
            out.line("    expected_attendance: \(area.expectedAttendance)")
            out.line("    interpreter: \(yesNo(area.needsInterpreter))")
            if !area.schoolCalendars.isEmpty { out.line("    school_calendars: \(list(area.schoolCalendars.map(\.rawValue)))") }
        }
    }

    static func writeInterpreterPools(_ pools: [InterpreterPool], into out: inout YAMLText) {
        guard !pools.isEmpty else { return }
        out.blank()
        out.line("interpreter_pools:")
        for pool in pools {
            out.line("  - id: \(q(pool.id))")
            out.line("    per_day: \(pool.perDay)")
            out.line("    groups: \(list(pool.groups.map(\.rawValue)))")
        }
    }

    static func writeRotation(_ problem: PlanningProblem, into out: inout YAMLText) {
        out.blank()
        out.line("rotation:")
        switch problem.rotation {
        case .balanced(let maxRun):
            out.line("  mode: balanced")
            out.line("  max_run: \(maxRun)")
        case .table(let table):
            out.line("  mode: table")
            out.line("  table:")
            // Rows in area order, then any rows for areas the problem does not list (sorted).
            let known = problem.areas.map(\.id)
            let extra = table.keys.filter { !known.contains($0) }.sorted()
            for id in known + extra {
                guard let modes = table[id] else { continue }
                let cells = modes.map { $0 == .inPerson ? "in person" : "online" }
                out.line("    \(q(id.rawValue)): [\(cells.joined(separator: ", "))]")
            }
        }
    }

    static func writeVenueStandards(_ problem: PlanningProblem, into out: inout YAMLText) {
        out.blank()
        out.line("venue_standards:")
        out.line("  baseline_features: [\(problem.baselineFeatures.map(\.id).joined(separator: ", "))]")
        out.line("  preferred_features: [\(problem.preferredFeatures.map(\.id).joined(separator: ", "))]")
        out.line("  max_metres_to_transport: \(problem.maxMetresToTransport)")
    }

    static func writeVenues(_ venues: [Venue], into out: inout YAMLText) {
        guard !venues.isEmpty else { return }
        out.blank()
        out.line("venues:")
        for venue in venues {
            out.line("  - id: \(q(venue.id.rawValue))")
            out.line("    name: \(q(venue.name))")
            out.line("    areas: \(list(venue.areas.map(\.rawValue)))")
            out.line("    address: \(q(venue.address))")
            out.line("    postcode: \(q(venue.postcode))")
            out.line("    latitude: \(decimal(venue.latitude))")
            out.line("    longitude: \(decimal(venue.longitude))")
            out.line("    capacity: \(venue.capacity)")
            if !venue.features.isEmpty {
                out.line("    features:")
                for (feature, value) in venue.features.sorted(by: { $0.key < $1.key }) {
                    out.line("      \(feature.id): \(value.rawValue)")
                }
            }
            if let metres = venue.metresToTransport { out.line("    metres_to_transport: \(metres)") }
            if !venue.transportNote.isEmpty { out.line("    transport: \(q(venue.transportNote))") }
            if !venue.parkingNote.isEmpty { out.line("    parking: \(q(venue.parkingNote))") }
            if !venue.unavailable.isEmpty { out.line("    unavailable: \(dates(venue.unavailable))") }
            out.line("    booking_lead_days: \(venue.bookingLeadDays)")
        }
    }

    static func writeCalendars(_ calendars: DateCalendars, into out: inout YAMLText) {
        out.blank()
        out.line("calendars:")
        out.line("  bank_holidays:\(calendars.bankHolidays.isEmpty ? " []" : "")")
        for day in calendars.bankHolidays {
            out.line("    - { date: \(day.date.iso), name: \(q(day.name)) }")
        }
        out.line("  school_calendars:\(calendars.schoolCalendars.isEmpty ? " {}" : "")")
        for calendar in calendars.schoolCalendars {
            out.line("    \(calendar.id.rawValue):")
            out.line("      name: \(q(calendar.name))")
            out.line("      holidays:\(calendar.holidays.isEmpty ? " []" : "")")
            for holiday in calendar.holidays {
                let estimated = holiday.estimated ? ", estimated: yes" : ""
                out.line("        - { name: \(q(holiday.name)), from: \(holiday.dates.first.iso), to: \(holiday.dates.last.iso)\(estimated) }")
            }
        }
        out.line("  observances:\(calendars.observances.isEmpty ? " []" : "")")
        for day in calendars.observances {
            let eve = day.beginsEveBefore ? ", eve: yes" : ""
            out.line("    - { date: \(day.date.iso), name: \(q(day.name))\(eve) }")
        }
    }

    static func writeWindows(_ problem: PlanningProblem, into out: inout YAMLText) {
        out.blank()
        out.line("windows:")
        out.line("  daytime: { from: \(problem.daytimeWindow.start), to: \(problem.daytimeWindow.end) }")
        out.line("  evening: { from: \(problem.eveningWindow.start), to: \(problem.eveningWindow.end) }")
    }

    static func writeFormats(_ problem: PlanningProblem, into out: inout YAMLText) {
        out.blank()
        out.line("formats:")
        for (key, format) in [("in_person", problem.inPersonFormat), ("online", problem.virtualFormat), ("evening", problem.eveningFormat)] {
            out.line("  \(key):")
            out.line("    agenda:")
            for part in format.agenda { out.line("      - { part: \(q(part.title)), minutes: \(part.minutes) }") }
            out.line("    start_times: [\(format.startTimes.map(\.description).joined(separator: ", "))]")
        }
    }

    static func writeNotice(_ notice: NoticePolicy, into out: inout YAMLText) {
        out.blank()
        out.line("notice:")
        out.line("  minimum_notice_days: \(notice.minimumNoticeDays)")
        out.line("  short_notice_days: \(notice.shortNoticeDays)")
        out.line("  newsletter_day: \(notice.newsletterDay)")
        out.line("  papers_days_before: \(notice.papersDaysBefore)")
        out.line("  committee_last_working_days: \(notice.committeeLastWorkingDays)")
        out.line("  board_response_days: \(notice.boardResponseDays)")
        out.line("  interpreter_request_days: \(notice.interpreterRequestDays)")
        out.line("  alternative_format_working_days: \(notice.alternativeFormatWorkingDays)")
        if let from = notice.announceFrom { out.line("  announce_from: \(from.iso)") }
    }

    static func writeReimbursement(_ policy: ReimbursementPolicy, into out: inout YAMLText) {
        out.blank()
        out.line("reimbursement:")
        out.line("  mileage_rates:")
        for rate in policy.mileageRates { out.line("    - { from: \(rate.from.iso), pence_per_mile: \(rate.pencePerMile) }") }
        out.line("  passenger_pence_per_mile: \(policy.passengerPencePerMile)")
        out.line("  road_factor: \(decimal(policy.roadFactor))")
        out.line("  mileage_tolerance_percent: \(Int((policy.mileageTolerance * 100).rounded()))")
        out.line("  claim_window_months: \(policy.claimWindowMonths)")
        out.line("  claim_warning_weeks: \(policy.claimWarningWeeks)")
        out.line("  replacement_care_cap: \(pounds(policy.replacementCareCapPence))")
        out.line("  companion_travel_cap: \(pounds(policy.companionTravelCapPence))")
        out.line("  childcare_cap: \(pounds(policy.childcareCapPence))")
    }

    static func writeWeights(_ weights: Weights, into out: inout YAMLText) {
        out.blank()
        out.line("weights:")
        for (key, path) in Weights.fields { out.line("  \(key): \(weights[keyPath: path])") }
    }

    /// `publishing:`, only when it is not the default: the base address and the templates folder.
    static func writePublishing(_ publishing: PublishingSettings, into out: inout YAMLText) {
        guard publishing != PublishingSettings() else { return }
        out.blank()
        out.line("publishing:")
        out.line("  base_url: \(q(publishing.baseURL))")
        if let folder = publishing.templatesFolder { out.line("  templates: \(q(folder))") }
    }

    static func writeJoining(_ joining: JoiningArrangements, into out: inout YAMLText) {
        out.blank()
        out.line("joining:")
        out.line("  url: \(q(joining.url))")
        out.line("  dial_in: \(q(joining.dialIn))")
        out.line("  mailbox: \(q(joining.mailbox))")
        if !joining.taxiNote.isEmpty { out.line("  taxi_note: \(q(joining.taxiNote))") }
        if !joining.reimbursementNote.isEmpty { out.line("  reimbursement_note: \(q(joining.reimbursementNote))") }
    }
}
