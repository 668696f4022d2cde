import PlannerCore

/// `alternatives`' output: plain English for a coordinator, or JSON for their tools.
struct AlternativesText {
    let report: Alternatives.Report
    let context: RuleContext
    let today: LocalDate

    /// The choices in plain English: the forum now, each choice with its change, worse and better
    /// rules and the forums that move, then how many choices were tried.
    func render() -> String {
        let now = report.current
        let total = report.currentPlan.objective
        var lines = [
            "Other choices for the \(title(now)), \(context.roundName(now.round))",
            "Now: \(when(now)).",
            "The year's total penalty is \(total) (\(status(proven: report.currentPlan.status == .optimal, bound: report.currentPlan.lowerBound))). For each choice below the rest of the year is "
                + "planned again around it; published forums stay as they are.",
        ]
        for (i, a) in report.alternatives.enumerated() {
            lines.append("")
            lines.append("\(i + 1). \(when(a.meeting))")
            lines.append("   \(change(a.change, total: a.total)) (\(status(proven: a.proven, bound: a.lowerBound))).")
            for r in a.worse { lines.append("   Worse by \(points(r.change)): \(r.rule.summary)") }
            for r in a.better { lines.append("   Better by \(points(-r.change)): \(r.rule.summary)") }
            if let days = shortNotice(a.meeting) {
                lines.append("   Only \(days) days' notice from \(today.uk): a short-notice change; contact every registered attendee directly.")
            }
            if a.moved.isEmpty {
                lines.append("   No other forum moves.")
            } else if a.moved.count > Self.movesListed {
                lines.append("   \(a.moved.count) other forums move (`--json` lists them).")
            } else {
                lines.append("   Other forums move:")
                for m in a.moved { lines.append("   - \(title(m)) to \(when(m))") }
            }
        }
        lines.append("")
        if report.alternatives.isEmpty { lines.append("No other choice gives a plan that keeps every hard rule.") }
        let plural = report.examined == 1 ? "choice" : "choices"
        func gives(_ n: Int) -> String { n == 1 ? "1 gives" : "\(n) give" }
        var tried = "Looked at \(report.examined) other \(plural) for this forum: \(gives(report.withPlan)) a plan"
        tried += report.noPlan == 0 ? "." : " and \(gives(report.noPlan)) no plan that keeps every hard rule."
        lines.append(tried)
        if report.unproven > 0 {
            lines.append("\(report.unproven) re-plans stopped at the search's limit: their change is the best found, and may be less.")
        }
        return lines.joined(separator: "\n")
    }

    /// "Tue 14 Sep 2027, 10:00–13:00, in person at Linden Road Community Centre" or "…, online".
    func when(_ m: Meeting) -> String {
        let place = m.venue.map { "in person at \(context.venueName($0))" } ?? m.mode.plainName
        return "\(m.date.uk), \(m.start)–\(m.end), \(place)"
    }

    func status(proven: Bool, bound: Int) -> String {
        proven ? "proven optimal" : "best found; the optimum is at least \(bound)"
    }

    func points(_ n: Int) -> String { n == 1 ? "1 point" : "\(n) points" }

    /// "Total 436: 2 points more", "Total 434: no change", "Total 433: 1 point less".
    func change(_ delta: Int, total: Int) -> String {
        if delta == 0 { return "Total \(total): no change" }
        return "Total \(total): " + (delta > 0 ? "\(points(delta)) more" : "\(points(-delta)) less")
    }

    /// "East Surrey forum", or "Surrey-wide evening forum" (as schedules name it).
    func title(_ m: Meeting) -> String { ScheduledForum(meeting: m, areaName: context.areaName(m.area), venueName: nil).title }

    /// Other forums that move are listed up to this many; more are only counted.
    static let movesListed = 4

    /// Days of notice from today when a published forum would move under the short notice; nil otherwise.
    func shortNotice(_ m: Meeting) -> Int? {
        guard context.pins[m.id] != nil else { return nil }
        let days = m.date - today
        return days < context.problem.notice.shortNoticeDays ? days : nil
    }

    // MARK: JSON

    struct Place: Encodable {
        let forum: String, area: String, area_name: String, round: Int, date: String, start: String, end: String, mode: String
        let venue: String?, venue_name: String?
        enum CodingKeys: String, CodingKey { case forum, area, area_name, round, date, start, end, mode, venue, venue_name }
        /// Writes `null` for an online forum's venue.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(forum, forKey: .forum); try c.encode(area, forKey: .area); try c.encode(area_name, forKey: .area_name)
            try c.encode(round, forKey: .round); try c.encode(date, forKey: .date); try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end); try c.encode(mode, forKey: .mode); try c.encode(venue, forKey: .venue)
            try c.encode(venue_name, forKey: .venue_name)
        }
    }
    struct Rule: Encodable { let rule: String, summary: String, before: Int, after: Int, change: Int }
    /// One choice; `notice_days` counts from `--today`, and `short_notice` says a published forum would move under the short notice.
    struct Choice: Encodable {
        let rank: Int, forum: Place, change: Int, total: Int, status: String, lower_bound: Int
        let worse: [Rule], better: [Rule], moved: [Place], notice_days: Int, short_notice: Bool
    }
    struct Document: Encodable {
        let today: String, current: Place, total: Int, status: String, lower_bound: Int
        let alternatives: [Choice], examined: Int, with_plan: Int, no_plan: Int, unproven: Int, searched: Int
    }

    func document() -> Document {
        func place(_ m: Meeting) -> Place {
            Place(
                forum: m.id.rawValue, area: m.area.rawValue, area_name: context.areaName(m.area), round: m.round, date: m.date.iso,
                start: "\(m.start)", end: "\(m.end)", mode: m.mode.rawValue, venue: m.venue?.rawValue,
                venue_name: m.venue.map { context.venueName($0) })
        }
        func rules(_ changes: [Alternatives.RuleChange]) -> [Rule] {
            changes.map { Rule(rule: $0.rule.rawValue, summary: $0.rule.summary, before: $0.before, after: $0.after, change: $0.change) }
        }
        let choices = report.alternatives.enumerated().map { i, a in
            Choice(
                rank: i + 1, forum: place(a.meeting), change: a.change, total: a.total, status: a.proven ? "optimal" : "feasible",
                lower_bound: a.lowerBound, worse: rules(a.worse), better: rules(a.better), moved: a.moved.map(place),
                notice_days: a.meeting.date - today, short_notice: shortNotice(a.meeting) != nil)
        }
        let plan = report.currentPlan
        return Document(
            today: today.iso, current: place(report.current), total: plan.objective, status: plan.status.rawValue,
            lower_bound: plan.lowerBound, alternatives: choices, examined: report.examined, with_plan: report.withPlan,
            no_plan: report.noPlan, unproven: report.unproven, searched: report.searched)
    }
}
