/// The soft rules across forums, priced exactly as the solver prices them
/// (`BranchAndBound.incremental` for weekdays and spread, `StartTimes` for start times).
///
/// A pair penalty grows with the square of a count: `n` forums of an area on one weekday make
/// n(n-1)/2 pairs. It is written with continuous columns `z_2 … z_R` in [0, 1] and the row
/// `n - z_2 - … - z_R <= 1`, where `z_c` costs (c - 1) times the weight: the cheapest way to
/// cover `n` fills `z_2 … z_n`, costing exactly the pairs' penalty. This needs weights of 0 or
/// more, which `ModelExport` checks.
extension ModelBuilder {
    /// weekday-and-time-variety: each pair of an area's forums on the same weekday, and each pair
    /// at the same start time.
    mutating func addVarietyTerms() {
        guard on(.weekdayAndTimeVariety) else { return }
        let weights = problem.weights
        for (area, members) in areas() {
            if weights.sameWeekday > 0 {
                for weekday in Weekday.allCases.indices {
                    let name = "a\(area)_\(Weekday.allCases[weekday].rawValue.prefix(3))"
                    addPairCount(name, members: members, weight: weights.sameWeekday) { o, _ in o.weekday == weekday }
                }
            }
            if weights.sameStartTime > 0 {
                let starts = Set(members.flatMap { f in slots[f].options.flatMap(\.starts) }).sorted()
                for start in starts {
                    let name = "a\(area)_\(String(start.description.filter { $0 != ":" }))"
                    addPairCount(name, members: members, weight: weights.sameStartTime) { _, t in t == start }
                }
            }
        }
    }

    /// The pairs among `members` whose chosen option and start pass `test`, each costing `weight`.
    private mutating func addPairCount(_ name: String, members: [Int], weight: Int, _ test: (Option, TimeOfDay) -> Bool) {
        let perForum = members.map { columns($0, where: test) }.filter { !$0.isEmpty }
        guard perForum.count >= 2 else { return }
        var terms = ones(perForum.flatMap { $0 })
        for c in 2...perForum.count {
            let z = model.addColumn("z_\(name)_\(c)", kind: .continuous, lower: 0, upper: 1, cost: (c - 1) * weight)
            terms.append(LinearModel.Term(column: z, coefficient: -1))
        }
        model.addRow("count_\(name)", terms, .lessOrEqual, 1)
    }

    /// spread-round: each pair of forums of a group's round on consecutive days.
    ///
    /// When every forum of the round shares a facilitator who takes one forum a day (a group's
    /// coordinator, usually), the forums are on distinct days and the pairs are the adjacent days
    /// both taken: for days d and d+1, `s_g<g>_r<r>_<d>` in [0, 1] costs the weight and
    /// `Y_d + Y_d+1 - s <= 1`, where `Y_d` counts the round's forums on day d (0 or 1). This form is
    /// much tighter for a MIP solver. Otherwise, for each pair of forums i and j, `s<i>_<j>` in
    /// [0, 1] costs the weight and, for each day d that i can take, `X_i,d + X_j,d-1 + X_j,d+1 - s <= 1`,
    /// where X are the day indicators (j takes one day).
    mutating func addSpreadTerms() {
        let weight = problem.weights.consecutiveDays
        guard on(.spreadRound), weight > 0 else { return }
        for (key, members) in groupRounds() where members.count >= 2 {
            if oneADay(members) {
                addDaySpread("g\(key.group)_r\(key.round)", members: members, weight: weight)
            } else {
                addPairSpread(members, weight: weight)
            }
        }
    }

    /// True when the forums must be on distinct days: they share a facilitator who takes one a day.
    func oneADay(_ members: [Int]) -> Bool {
        guard on(.facilitatorOnePlaceADay) else { return false }
        var shared = Set(slots[members[0]].facilitators)
        for f in members.dropFirst() { shared.formIntersection(slots[f].facilitators) }
        return shared.contains { $0 < problem.facilitators.count && max(problem.facilitators[$0].maxForumsPerDay, 1) == 1 }
    }

    private mutating func addDaySpread(_ name: String, members: [Int], weight: Int) {
        let days = Set(members.flatMap { self.days($0) }).sorted()
        for day in days where days.contains(day + 1) {
            let s = model.addColumn("s_\(name)_\(dayName(day))", kind: .continuous, lower: 0, upper: 1, cost: weight)
            let both = members.flatMap { onDay($0, day) + onDay($0, day + 1) }
            model.addRow("spread_\(name)_\(dayName(day))", ones(both) + [LinearModel.Term(column: s, coefficient: -1)], .lessOrEqual, 1)
        }
    }

    private mutating func addPairSpread(_ members: [Int], weight: Int) {
        let sorted = members.sorted()
        for (a, i) in sorted.enumerated() {
            for j in sorted[(a + 1)...] {
                var s: Int?
                for day in days(i) {
                    let next = onDay(j, day - 1) + onDay(j, day + 1)
                    guard !next.isEmpty else { continue }
                    let column = s ?? model.addColumn("s\(i)_\(j)", kind: .continuous, lower: 0, upper: 1, cost: weight)
                    s = column
                    let terms = ones(onDay(i, day) + next) + [LinearModel.Term(column: column, coefficient: -1)]
                    model.addRow("spread\(i)_\(j)_\(dayName(day))", terms, .lessOrEqual, 1)
                }
            }
        }
    }
}
