/// The comments at the top of an exported model: what it is, and a map from every name back to
/// the plan's forums, dates, start times, modes and venues, so a script can read a solution.
extension ModelBuilder {
    func comments() -> [String] {
        var lines = [
            "forum-planner export-model: \(problem.forumName), \(problem.trustName), plan year \(problem.planYear)",
            "The planner's exact problem as a 0-1 program: its optimum equals the planner's objective",
            "(plan.json \"objective\") when the planner proves its plan optimal.",
            "Rotation: \(rotationText()).",
            "Rules switched off: \(disabled.isEmpty ? "none" : disabled.sorted().map(\.rawValue).joined(separator: ", ")).",
            "\(slots.count) forums, \(model.columns.count) variables (\(model.binaryCount) binary), \(model.rows.count) constraints.",
            "",
            "Names:",
            "x<f>_<k>_<t> = 1: forum f takes its option k at start t (listed below as `var`).",
            "forum<f>: each forum takes exactly one x; none<f> (fixed at 0) marks a forum with no option left.",
            "facilitator<i>_<date>, venue<v>_<date>, pool<p>_<date>: at most the day's limit.",
            "quota_in_g<g>_r<r>, quota_online_g<g>_r<r>: a group's in-person quota in a round (balanced rotation).",
            "both_in_a<a>, both_online_a<a>: a daytime area meets in both modes in the year.",
            "run_in_a<a>_r<r>, run_online_a<a>_r<r>: at most max_run rounds running in one mode from round r.",
            "count_a<a>_<weekday or hhmm>, z_...: pairs of an area's forums on one weekday or start time;",
            "  z_..._<c> in [0, 1] costs (c-1) x the weight, so n forums cost n(n-1)/2 pairs.",
            "s_g<g>_r<r>_<date>, spread_g<g>_r<r>_<date>: forums of group g's round r on that date and the next",
            "  (when they must be on distinct days); else s<i>_<j>, spread<i>_<j>_<date>: forums i and j on consecutive days.",
        ]
        let governors = governorComments()
        lines += governors.names
        lines += [
            "",
            "var <name> <forum id> <date> <start> <mode> <venue id, or - when online>",
        ]
        for (f, slot) in slots.enumerated() {
            for (k, option) in slot.options.enumerated() {
                let mode = option.inPerson ? Mode.inPerson : Mode.virtual
                let venue = option.venue >= 0 && option.venue < problem.venues.count ? problem.venues[option.venue].id.rawValue : "-"
                let date = LocalDate(dayNumber: option.day).iso
                for (t, start) in option.starts.enumerated() {
                    lines.append("var \(model.columns[x[f][k][t]].name) \(slot.id) \(date) \(start) \(mode.rawValue) \(venue)")
                }
            }
        }
        lines.append("")
        lines += slots.enumerated().map { "forum \($0.offset) \($0.element.id)" }
        lines += problem.areas.enumerated().map { "area \($0.offset) \($0.element.id)" }
        lines += problem.groups.enumerated().map { "group \($0.offset) \($0.element.id)" }
        lines += problem.facilitators.enumerated().map { "facilitator \($0.offset) \($0.element.id)" }
        lines += problem.venues.enumerated().map { "venue \($0.offset) \($0.element.id)" }
        lines += problem.interpreterPools.enumerated().map { "pool \($0.offset) \($0.element.id)" }
        lines += governors.index
        lines.append("")
        return lines
    }

    private func rotationText() -> String {
        guard let maxRun = balancedMaxRun else { return "table (modes fixed by the rotation table)" }
        return "balanced, at most \(maxRun) round\(maxRun == 1 ? "" : "s") running in one mode"
    }
}
