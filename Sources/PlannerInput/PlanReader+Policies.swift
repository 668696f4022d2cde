import PlannerCore

/// `notice:`, `reimbursement:`, `weights:` and `joining:`.
extension PlanReader {
    /// `notice:` (optional); every key defaults to `NoticePolicy()` (policy-facts §2, seed §21 items 15–22).
    func readNotice() throws(InputError) -> NoticePolicy {
        var notice = NoticePolicy()
        guard let section = sections.optional("notice") else { return notice }
        let fields: [(key: String, path: WritableKeyPath<NoticePolicy, Int>, expected: String)] = [
            ("minimum_notice_days", \.minimumNoticeDays, "days between the first announcement and the forum, e.g. 28"),
            ("short_notice_days", \.shortNoticeDays, "days below which a change needs direct contact, e.g. 14"),
            ("newsletter_day", \.newsletterDay, "the day of month 3 the newsletter is published by, e.g. 10"),
            ("papers_days_before", \.papersDaysBefore, "days before the committee its papers are published, e.g. 7"),
            ("committee_last_working_days", \.committeeLastWorkingDays, "how many last working days of month 2 the committee may use, e.g. 10"),
            ("board_response_days", \.boardResponseDays, "days after the forum feedback-board responses are due, e.g. 35"),
            ("interpreter_request_days", \.interpreterRequestDays, "days of notice an interpreter request needs, e.g. 14"),
            ("alternative_format_working_days", \.alternativeFormatWorkingDays, "working days an alternative-format request needs, e.g. 10"),
        ]
        let map = try section.mapping(expected: "notice periods in days", keys: fields.map(\.key) + ["announce_from"])
        for field in fields {
            if let value = map.optional(field.key) { notice[keyPath: field.path] = try value.positiveInt(expected: field.expected) }
        }
        if let value = map.optional("newsletter_day"), notice.newsletterDay > 28 {
            throw value.error("\(quoted(String(notice.newsletterDay))) is not a day every month has (expected a day from 1 to 28, e.g. 10)")
        }
        notice.announceFrom = try map.optional("announce_from")?.date()
        return notice
    }

    /// `reimbursement:` (optional); defaults from `ReimbursementPolicy()` (policy-facts §1.4–1.6).
    func readReimbursement() throws(InputError) -> ReimbursementPolicy {
        var policy = ReimbursementPolicy()
        guard let section = sections.optional("reimbursement") else { return policy }
        let counts: [(key: String, path: WritableKeyPath<ReimbursementPolicy, Int>, expected: String)] = [
            ("passenger_pence_per_mile", \.passengerPencePerMile, "pence per mile for each passenger, e.g. 5"),
            ("claim_window_months", \.claimWindowMonths, "months after the forum a claim may be made, e.g. 3"),
            ("claim_warning_weeks", \.claimWarningWeeks, "weeks after the forum to remind people to claim, e.g. 8"),
        ]
        let caps: [(key: String, path: WritableKeyPath<ReimbursementPolicy, Int>)] = [
            ("replacement_care_cap", \.replacementCareCapPence), ("companion_travel_cap", \.companionTravelCapPence),
            ("childcare_cap", \.childcareCapPence),
        ]
        let keys = ["mileage_rates"] + counts.map(\.key) + ["road_factor", "mileage_tolerance_percent"] + caps.map(\.key)
        let map = try section.mapping(expected: "the reimbursement policy", keys: keys)
        if let value = map.optional("mileage_rates") { policy.mileageRates = try readMileageRates(value) }
        for field in counts {
            if let value = map.optional(field.key) { policy[keyPath: field.path] = try value.nonNegativeInt(expected: field.expected) }
        }
        if let value = map.optional("road_factor") {
            let expected = "how much longer a road journey is than a straight line, e.g. 1.3"
            policy.roadFactor = try value.decimal(expected: expected)
            guard policy.roadFactor >= 1 else { throw value.error("\(quoted(try value.text(expected: expected))) is below 1 (expected \(expected))") }
        }
        if let value = map.optional("mileage_tolerance_percent") {
            let percent = try value.nonNegativeInt(expected: "a percentage, e.g. 20")
            policy.mileageTolerance = Double(percent) / 100
        }
        for cap in caps {
            if let value = map.optional(cap.key) { policy[keyPath: cap.path] = try value.pence(expected: "pounds and pence, e.g. 60.00") }
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
            let pence = try map.required("pence_per_mile", expected: "pence per mile, e.g. 55")
                .positiveInt(expected: "pence per mile, e.g. 55")
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
                weights[keyPath: field.path] = try value.nonNegativeInt(expected: "penalty points, 0 or more, e.g. 10")
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
}
