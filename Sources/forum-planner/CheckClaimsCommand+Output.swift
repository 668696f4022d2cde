import PlannerCore

/// The readable table, the JSON document and the payment-run CSV of a claims check.
enum ClaimsOutput {
    struct Reason: Encodable { let rule: String, effect: String, message: String }
    struct Line: Encodable {
        let claim_id: String, line: Int, person_id: String, forum_id: String, expense: String
        let claimed: String, claimed_pence: Int, approved: String, approved_pence: Int, held: String, held_pence: Int
        let decision: String, reasons: [Reason]
    }
    struct Totals: Encodable {
        let lines: Int, approve: Int, reduce: Int, hold: Int, reject: Int
        let claimed: String, claimed_pence: Int, approved: String, approved_pence: Int, held: String, held_pence: Int
    }
    struct Payment: Encodable { let person_id: String, total: String, total_pence: Int, line_count: Int }
    struct Recorded: Encodable { let run: Int, paid_on: String, lines: Int, total: String, total_pence: Int }
    struct Document: Encodable {
        let today: String, lines: [Line], totals: Totals, payments: [Payment]
        /// The payment run recorded in the plan book (`--record`); left out otherwise.
        let recorded: Recorded?
    }

    static func effect(_ e: ClaimFinding.Effect) -> String {
        switch e {
        case .note: return "note"
        case .reduce: return "reduce"
        case .hold: return "hold"
        case .reject: return "reject"
        }
    }

    static func document(_ report: ClaimReport, today: LocalDate, recorded: PaymentRun? = nil) -> Document {
        let lines = report.decisions.map { d in
            Line(
                claim_id: d.claim.id.rawValue, line: d.claim.line, person_id: d.claim.person.rawValue,
                forum_id: d.claim.forum.rawValue, expense: d.claim.expense.rawValue, claimed: d.claim.amount.pounds,
                claimed_pence: d.claim.amount.value, approved: d.approved.pounds, approved_pence: d.approved.value,
                held: d.held.pounds, held_pence: d.held.value, decision: d.outcome.rawValue,
                reasons: d.findings.map { Reason(rule: $0.rule.rawValue, effect: effect($0.effect), message: $0.message) })
        }
        let totals = Totals(
            lines: report.decisions.count, approve: report.count(.approve), reduce: report.count(.reduce),
            hold: report.count(.hold), reject: report.count(.reject), claimed: report.claimed.pounds,
            claimed_pence: report.claimed.value, approved: report.approved.pounds, approved_pence: report.approved.value,
            held: report.held.pounds, held_pence: report.held.value)
        let payments = report.payments.map {
            Payment(person_id: $0.person.rawValue, total: $0.total.pounds, total_pence: $0.total.value, line_count: $0.lines)
        }
        let run = recorded.map {
            Recorded(run: $0.number, paid_on: $0.paidOn.iso, lines: $0.lines.count, total: report.approved.pounds, total_pence: report.approved.value)
        }
        return Document(today: today.iso, lines: lines, totals: totals, payments: payments, recorded: run)
    }

    /// One row per line, its reasons indented under it, then the totals.
    ///
    /// Built in one string, without an array per row: a claims file can have 100,000 lines.
    static func table(_ report: ClaimReport, file: String, today: LocalDate) -> String {
        let decisions = report.decisions
        var forumWidth = 5, claimWidth = 5, personWidth = 6
        for index in decisions.indices {
            let claim = decisions[index].claim
            forumWidth = max(forumWidth, claim.forum.rawValue.count)
            claimWidth = max(claimWidth, claim.id.rawValue.count)
            personWidth = max(personWidth, claim.person.rawValue.count)
        }
        var out = "Claims in \(file), checked \(today.uk): \(decisions.count) lines\n"
        out.reserveCapacity(decisions.count * (claimWidth + personWidth + forumWidth + 70))
        let widths = [claimWidth, 4, personWidth, forumWidth, 16, 9, 9]
        let gaps = (0...(widths.max() ?? 0)).map { String(repeating: " ", count: $0) }
        // Columns 1, 5 and 6 are numbers, padded on the left; the last column is not padded.
        func row(_ c: [String]) {
            out += "\n"
            for (column, width) in widths.enumerated() {
                let gap = gaps[max(0, width - c[column].count)]
                if column == 1 || column == 5 || column == 6 { out += gap; out += c[column] } else { out += c[column]; out += gap }
                out += "  "
            }
            out += c[7]
        }
        row(["CLAIM", "LINE", "PERSON", "FORUM", "EXPENSE", "CLAIMED", "APPROVED", "DECISION"])
        for d in decisions {
            row([
                d.claim.id.rawValue, "\(d.claim.line)", d.claim.person.rawValue, d.claim.forum.rawValue,
                d.claim.expense.rawValue, d.claim.amount.description, d.approved.description, d.outcome.rawValue,
            ])
            for f in d.findings { out += "\n      - \(f.rule.rawValue) (\(effect(f.effect))): \(f.message)" }
        }
        out += "\n\nTotals: \(report.count(.approve)) approved, \(report.count(.reduce)) reduced, \(report.count(.hold)) held, \(report.count(.reject)) rejected."
        out += "\nClaimed \(report.claimed); approved for payment now \(report.approved); held until resolved \(report.held)."
        return out
    }

    /// `person_id,total,line_count`, one row per person paid now, sorted by person: no bank details.
    static func paymentsCSV(_ report: ClaimReport) -> String {
        (["person_id,total,line_count"] + report.payments.map { "\($0.person),\($0.total.pounds),\($0.lines)" })
            .joined(separator: "\n") + "\n"
    }
}
