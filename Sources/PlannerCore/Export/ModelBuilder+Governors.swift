/// A matching block (governor-at-forum), exactly: which governor attends which forum, as a matching per day.
///
/// The options already carry the rule's per-option part (`GovernorAtForumRule.optionPenalty`: the
/// weight on a day when no governor who covers the forum's area is free). For each forum `f`, day
/// `d` it can take with such a governor free, and each of those governors `g`, a continuous
/// `y_g<g>_f<f>_<date>` in [0, 1] says g attends f that day: `gov_f<f>_<date>`: the y of (f, d)
/// sum to at most f's day indicator; `gov_g<g>_<date>`: g attends at most one forum that day.
/// `u_gov<f>` in [0, 1] costs the weight, with `gov_miss<f>`: f's day indicators over those days,
/// less its y, at most `u_gov<f>`. So a forum on such a day pays the weight unless a governor is
/// matched to it. For fixed x the rows are a bipartite matching per day, whose linear relaxation
/// has whole optima, so y need not be binary.
extension ModelBuilder {
    mutating func addMatching(_ block: Matching) {
        let weight = block.weight
        let governors = block.helpers
        guard weight > 0, !governors.isEmpty else { return }
        var perGovernorDay: [GovernorDay: [Int]] = [:]
        for (f, slot) in slots.enumerated() {
            var days: [Int] = []
            var attends: [Int] = []
            for day in self.days(f) {
                let date = LocalDate(dayNumber: day)
                let free = governors.indices.filter { governors[$0].isFree(for: slot.area, on: date) }
                guard !free.isEmpty else { continue }
                days.append(day)
                var ys: [Int] = []
                for g in free {
                    let y = model.addColumn(label("y_g\(g)_f\(f)_\(dayName(day))"), kind: .continuous, lower: 0, upper: 1)
                    ys.append(y)
                    perGovernorDay[GovernorDay(governor: g, day: day), default: []].append(y)
                }
                attends += ys
                let terms = ones(ys) + onDay(f, day).map { LinearModel.Term(column: $0, coefficient: -1) }
                model.addRow(label("gov_f\(f)_\(dayName(day))"), terms, .lessOrEqual, 0)
            }
            guard !days.isEmpty else { continue }
            let u = model.addColumn(label("u_gov\(f)"), kind: .continuous, lower: 0, upper: 1, cost: weight)
            let terms = ones(days.flatMap { onDay(f, $0) }) + (attends + [u]).map { LinearModel.Term(column: $0, coefficient: -1) }
            model.addRow(label("gov_miss\(f)"), terms, .lessOrEqual, 0)
        }
        for key in perGovernorDay.keys.sorted(by: { ($0.governor, $0.day) < ($1.governor, $1.day) }) {
            guard let ys = perGovernorDay[key], ys.count > 1 else { continue }
            model.addRow(label("gov_g\(key.governor)_\(dayName(key.day))"), ones(ys), .lessOrEqual, 1)
        }
    }

    /// The comment lines naming the governor columns and rows, and each governor's index; none
    /// when the rule adds nothing.
    func governorComments() -> (names: [String], index: [String]) {
        let helpers = blocks.compactMap { declared -> [Governor]? in
            guard case .matching(let m) = declared.block, m.weight > 0 else { return nil }
            return m.helpers
        }
        guard let governors = helpers.first, !governors.isEmpty else { return ([], []) }
        return (
            [
                "y_g<g>_f<f>_<date>: governor g attends forum f on that date; gov_f<f>_<date>: only on the forum's own date;",
                "  gov_g<g>_<date>: a governor attends at most one forum a day; u_gov<f> (costs the weight) with gov_miss<f>:",
                "  forum f has no governor on a date when one who covers it is free (other dates carry the weight in x).",
            ],
            governors.enumerated().map { "governor \($0.offset) \($0.element.id)" })
    }

    private struct GovernorDay: Hashable { var governor: Int; var day: Int }
}
