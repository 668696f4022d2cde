import Foundation
import PlannerCore

/// `notice:`, `reimbursement:`, `weights:`, `joining:` and `publishing:`.
extension PlanReader {
    /// `notice:` (optional); every key defaults to `NoticePolicy()` (policy-facts §2, seed §21 items 15–22).
    func readNotice() throws(InputError) -> NoticePolicy {
        var notice = NoticePolicy()
        guard let section = sections.optional("notice") else { return notice }
        let fields: [(key: String, path: WritableKeyPath<NoticePolicy, Int>, range: InputRange)] = [
            ("minimum_notice_days", \.minimumNoticeDays, InputRanges.minimumNoticeDays),
            ("short_notice_days", \.shortNoticeDays, InputRanges.shortNoticeDays),
            ("newsletter_day", \.newsletterDay, InputRanges.dayOfMonth),
            ("papers_days_before", \.papersDaysBefore, InputRanges.papersDaysBefore),
            ("committee_last_working_days", \.committeeLastWorkingDays, InputRanges.committeeLastWorkingDays),
            ("board_response_days", \.boardResponseDays, InputRanges.boardResponseDays),
            ("interpreter_request_days", \.interpreterRequestDays, InputRanges.interpreterRequestDays),
            ("alternative_format_working_days", \.alternativeFormatWorkingDays, InputRanges.alternativeFormatWorkingDays),
        ]
        let map = try section.mapping(expected: "notice periods in days", keys: fields.map(\.key) + ["announce_from"])
        for field in fields {
            if let value = map.optional(field.key) { notice[keyPath: field.path] = try value.number(field.range) }
        }
        notice.announceFrom = try map.optional("announce_from")?.date()
        return notice
    }

    /// `reimbursement:` (optional); defaults from `ReimbursementPolicy()` (policy-facts §1.4–1.6).
    func readReimbursement() throws(InputError) -> ReimbursementPolicy {
        var policy = ReimbursementPolicy()
        guard let section = sections.optional("reimbursement") else { return policy }
        let counts: [(key: String, path: WritableKeyPath<ReimbursementPolicy, Int>, range: InputRange)] = [
            ("passenger_pence_per_mile", \.passengerPencePerMile, InputRanges.passengerPence),
            ("claim_window_months", \.claimWindowMonths, InputRanges.claimWindowMonths),
            ("claim_warning_weeks", \.claimWarningWeeks, InputRanges.claimWarningWeeks),
        ]
        let caps: [(key: String, path: WritableKeyPath<ReimbursementPolicy, Int>)] = [
            ("replacement_care_cap", \.replacementCareCapPence), ("companion_travel_cap", \.companionTravelCapPence),
            ("childcare_cap", \.childcareCapPence),
        ]
        let keys = ["mileage_rates"] + counts.map(\.key) + ["road_factor", "mileage_tolerance_percent"] + caps.map(\.key)
        let map = try section.mapping(expected: "the reimbursement policy", keys: keys)
        if let value = map.optional("mileage_rates") { policy.mileageRates = try readMileageRates(value) }
        for field in counts {
            if let value = map.optional(field.key) { policy[keyPath: field.path] = try value.number(field.range) }
        }
        if let value = map.optional("road_factor") { policy.roadFactor = try value.decimal(InputRanges.roadFactor) }
        if let value = map.optional("mileage_tolerance_percent") {
            policy.mileageTolerance = Double(try value.number(InputRanges.tolerancePercent)) / 100
        }
        for cap in caps {
            if let value = map.optional(cap.key) { policy[keyPath: cap.path] = try value.number(InputRanges.capPence) }
        }
        return policy
    }

    /// `- { from: 2026-04-06, pence_per_mile: 55 }`, in date order.
    func readMileageRates(_ value: YAMLValue) throws(InputError) -> [ReimbursementPolicy.MileageRate] {
        var rates: [ReimbursementPolicy.MileageRate] = []
        let expected = "a list of rates such as - { from: 2026-04-06, pence_per_mile: 55 }"
        for item in try value.list(expected: expected) {
            let map = try item.mapping(expected: "a rate such as { from: 2026-04-06, pence_per_mile: 55 }", keys: ["from", "pence_per_mile"])
            let fromValue = try map.required("from", expected: "the date the rate starts, e.g. 2026-04-06")
            let from = try fromValue.date()
            let pence = try map.required("pence_per_mile", expected: InputRanges.mileagePence.expected)
                .number(InputRanges.mileagePence)
            if let previous = rates.last, from <= previous.from {
                throw fromValue.error("\(quoted(from.iso)) is not after the previous rate's \(previous.from.iso) (expected rates in date order)")
            }
            rates.append(.init(from: from, pencePerMile: pence))
        }
        guard !rates.isEmpty else { throw value.error("is an empty list (expected \(expected))") }
        return rates
    }

    /// `weights:` (optional); each key defaults to `Weights()`; 0 switches a soft rule off.
    func readWeights() throws(InputError) -> Weights {
        var weights = Weights()
        guard let section = sections.optional("weights") else { return weights }
        let fields = Weights.fields
        let map = try section.mapping(expected: "penalty points per soft rule", keys: fields.map(\.key))
        for field in fields {
            if let value = map.optional(field.key) {
                weights[keyPath: field.path] = try value.number(InputRanges.weight)
            }
        }
        return weights
    }

    /// `joining:` how people join online forums, and the notes sent with every forum.
    func readJoining() throws(InputError) -> JoiningArrangements {
        let section = try sections.required("joining", expected: "url, dial_in, mailbox, taxi_note and reimbursement_note")
        let map = try section.mapping(
            expected: "url, dial_in, mailbox, taxi_note and reimbursement_note",
            keys: ["url", "dial_in", "mailbox", "taxi_note", "reimbursement_note"])
        let urlValue = try map.required("url", expected: "the meeting link, e.g. https://meet.example.org/focus")
        let url = try urlValue.text(expected: "the meeting link, e.g. https://meet.example.org/focus")
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            throw urlValue.error("\(quoted(url)) is not a web link (expected a link starting https://, e.g. https://meet.example.org/focus)")
        }
        let dialIn = try map.required("dial_in", expected: "a phone number and meeting code for joining by phone")
            .text(expected: "a phone number and meeting code for joining by phone")
        let mailboxValue = try map.required("mailbox", expected: "a shared email address, e.g. focus.forums@example.org")
        let mailbox = try mailboxValue.text(expected: "a shared email address, e.g. focus.forums@example.org")
        guard mailbox.split(separator: "@").count == 2, !mailbox.contains(" ") else {
            throw mailboxValue.error("\(quoted(mailbox)) is not an email address (expected a shared mailbox, e.g. focus.forums@example.org)")
        }
        let taxi = try map.optional("taxi_note")?.text(expected: "what to say about taxis") ?? ""
        let money = try map.optional("reimbursement_note")?.text(expected: "what to say about travel expenses") ?? ""
        return JoiningArrangements(url: url, dialIn: dialIn, mailbox: mailbox, taxiNote: taxi, reimbursementNote: money)
    }

    /// `publishing:` (optional): `base_url`, the https address the calendar files are uploaded to
    /// (default `PublishingSettings.defaultBaseURL`, a placeholder; a missing final `/` is added), and
    /// `templates`, a folder next to the plan file whose files replace the built-in page templates
    /// of the same name.
    func readPublishing() throws(InputError) -> PublishingSettings {
        var settings = PublishingSettings()
        guard let section = sections.optional("publishing") else { return settings }
        let map = try section.mapping(expected: "where the calendars and pages are published", keys: ["base_url", "templates"])
        if let value = map.optional("base_url") {
            let expected = "the https address the calendar files are uploaded to, e.g. https://example.org/focus/"
            let url = try value.text(expected: expected)
            let host = url.dropFirst("https://".count).prefix { $0 != "/" }
            let unsafe = url.contains { $0.isWhitespace || "\"'<>`{}|\\^?#".contains($0) }
            guard url.hasPrefix("https://"), !host.isEmpty, !unsafe else {
                throw value.error("\(quoted(url)) is not a web address for the calendars (expected \(expected), with no spaces, quotes, ? or #)")
            }
            settings.baseURL = url.hasSuffix("/") ? url : url + "/"
        }
        if let value = map.optional("templates") {
            let relative = try value.text(expected: "a folder of page templates next to the plan file, e.g. site-templates")
            let folder = SourceFile.resolve(relative, nextTo: value.file)
            settings.templatesFolder = folder
            settings.templates = try Self.readTemplates(folder, value: value)
        }
        return settings
    }

    /// Every file in `folder` (not those starting with `.`), by name; an error at `value` when the
    /// folder cannot be listed or a file is not UTF-8 text.
    static func readTemplates(_ folder: String, value: YAMLValue) throws(InputError) -> [String: String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        else {
            throw value.error("no folder at \(folder) (expected a folder next to the plan file holding page templates, e.g. site-templates)")
        }
        var templates: [String: String] = [:]
        for name in names.sorted() where !name.hasPrefix(".") {
            switch SourceFile.readText(folder + "/" + name) {
            case .success(let text): templates[name] = text
            case .failure(let problem):
                throw value.error("cannot read the template \(name) in \(folder): \(problem.text) (expected UTF-8 text files)")
            }
        }
        return templates
    }
}
