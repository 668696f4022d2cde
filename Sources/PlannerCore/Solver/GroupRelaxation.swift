/// The Lagrangian relaxation of one group's year at one node of the group search.
///
/// The weekday-repeat cost links an area's forums across rounds; everything else splits by round.
/// Each forum's weekday is decided twice, by its round and by its area, and prices λ[f][weekday]
/// are subtracted on the round side and added on the area side. For any prices the two sides'
/// minimums add up to at most the best plan (a real plan gives both sides the same weekdays and
/// the prices cancel), so the sum is a lower bound. The round side is solved exactly: for every
/// round and every admissible in-person set, a dynamic programme over days (`RoundValue`); then the
/// cheapest choice of one set per round that every area's rotation allows (`ModePatterns`). Its
/// answer is always a real plan, so it also gives an upper bound.
struct GroupRelaxation {
    let model: GroupModel
    /// Per forum, the weekdays it may still take (bit w), as the search narrows them.
    var allowed: [Int]

    /// One evaluation: the bound (scaled), the plan the round side chose, and the weekdays each side wants.
    struct Evaluation {
        var value: Int
        /// Per forum: mode (0 or 1) and the day column of its round.
        var mode: [Int]
        var column: [Int]
        var roundWeekday: [Int]
        var areaWeekday: [Int]
        /// The in-person set chosen per round (index into the round's sets).
        var pattern: [Int]
    }

    /// What one evaluation leaves for the next: the round solvers' buffers and the in-person
    /// pattern it chose, a good first cost to beat for the next prices.
    struct Workspace {
        var solvers: [RoundValue] = []
        var pattern: [Int]?
    }

    /// Nil when the round side has no plan under the current weekday limits.
    func evaluate(_ prices: [[Int]], work: inout Workspace) -> Evaluation? {
        let m = model
        let n = m.slots.count
        let inf = GroupModel.infinity
        var mode = Array(repeating: 0, count: n)
        var column = Array(repeating: -1, count: n)
        // Round side. Each forum's priced row per mode, flat: row (f, mode) starts at (f * 2 + mode) * width.
        let spread = m.switches.spread ? m.weights.consecutiveDays * GroupModel.scale : 0
        let width = m.maxDays
        var rows = Array(repeating: inf, count: n * 2 * width)
        // The least entry of each row: their sum over a set's rows bounds the set's DP from below.
        var rowLeast = Array(repeating: inf, count: n * 2)
        for f in 0..<n {
            let ri = m.roundOf[f]
            let weekdays = m.weekdayOf[ri]
            for md in 0...1 {
                let costs = m.bestCost[f][md]
                let start = (f * 2 + md) * width
                var least = inf
                for j in costs.indices {
                    let c = costs[j]
                    let w = weekdays[j]
                    guard c < inf, allowed[f] & (1 << w) != 0 else { continue }
                    let v = c - prices[f][w]
                    rows[start + j] = v
                    if v < least { least = v }
                }
                rowLeast[f * 2 + md] = least
            }
        }
        // Sets start at their cheap bound and are solved exactly only when the cheapest pattern picks them.
        var values: [[Int]] = []
        var exact: [[Bool]] = []
        for (ri, members) in m.rounds.enumerated() {
            values.append(m.roundSets[ri].map { set in
                var total = 0
                for (i, f) in members.enumerated() {
                    let least = rowLeast[f * 2 + ((set >> i) & 1)]
                    if least >= inf { return inf }
                    total += least
                }
                return total
            })
            exact.append(Array(repeating: false, count: m.roundSets[ri].count))
        }
        if work.solvers.count != m.rounds.count { work.solvers = m.rounds.map { _ in RoundValue() } }
        // The set each round's solver last solved (its table gives that set's days).
        var lastSolved = Array(repeating: -1, count: m.rounds.count)
        func offsets(_ ri: Int, _ set: Int) -> [Int] {
            m.rounds[ri].enumerated().map { i, f in (f * 2 + ((set >> i) & 1)) * width }
        }
        func solveExactly(_ ri: Int, _ k: Int) {
            guard !exact[ri][k] else { return }
            exact[ri][k] = true
            guard values[ri][k] < inf else { return }
            values[ri][k] = work.solvers[ri].least(rows, offsets: offsets(ri, m.roundSets[ri][k]), days: m.days[ri], spread: spread)
            lastSolved[ri] = k
        }
        // A first pattern (the last evaluation's, or the cheapest by the cheap bounds) solved exactly
        // gives a cost to beat; then only sets whose cheap bound could beat it are solved exactly.
        var first = work.pattern
        if first.map({ h in h.indices.contains { values[$0][h[$0]] >= inf } }) ?? true {
            first = m.patterns.cheapest(values: values)?.1
        }
        if let first {
            for ri in m.rounds.indices { solveExactly(ri, first[ri]) }
            if let cost = m.patterns.cost(of: first, values: values) {
                var least = values.map { $0.min() ?? inf }
                for ri in m.rounds.indices {
                    let others = least.indices.reduce(0) { $1 == ri ? $0 : $0 + least[$1] }
                    for k in values[ri].indices where values[ri][k] + others < cost { solveExactly(ri, k) }
                    least[ri] = values[ri].min() ?? inf
                }
            }
        }
        // The cheapest pattern by the values so far, until every set it picks is solved exactly.
        var incumbent = first
        var patternValue = 0
        var choice: [Int] = []
        while true {
            guard let (value, picked) = m.patterns.cheapest(values: values, incumbent: incumbent) else { return nil }
            let open = m.rounds.indices.filter { !exact[$0][picked[$0]] }
            if open.isEmpty { (patternValue, choice) = (value, picked); break }
            for ri in open { solveExactly(ri, picked[ri]) }
            incumbent = picked
        }
        var roundWeekday = Array(repeating: -1, count: n)
        for (ri, members) in m.rounds.enumerated() {
            let set = m.roundSets[ri][choice[ri]]
            // The days of the chosen set: its solver's table, unless another set was solved since.
            if lastSolved[ri] != choice[ri] {
                _ = work.solvers[ri].least(rows, offsets: offsets(ri, set), days: m.days[ri], spread: spread)
            }
            let cols = work.solvers[ri].columns()
            for (i, f) in members.enumerated() {
                mode[f] = (set >> i) & 1
                column[f] = cols[i]
                roundWeekday[f] = m.weekdayOf[ri][cols[i]]
            }
        }
        // Area side: each area's weekdays, minimising repeats plus prices.
        var areaValue = 0
        var areaWeekday = Array(repeating: -1, count: n)
        if m.switches.variety && m.weights.sameWeekday > 0 {
            for members in m.areas {
                let (v, picks) = areaSide(members, prices: prices)
                areaValue += v
                for (i, f) in members.enumerated() { areaWeekday[f] = picks[i] }
            }
        } else {
            areaWeekday = roundWeekday
        }
        work.pattern = choice
        return Evaluation(value: patternValue + areaValue, mode: mode, column: column, roundWeekday: roundWeekday, areaWeekday: areaWeekday, pattern: choice)
    }

    /// The weekdays of one area's forums that minimise repeats plus prices (each forum only on
    /// weekdays it can take): a depth-first search in weekday order, cut by the least prices of the
    /// forums still open (repeats never cost less than nothing). Ties keep the first found.
    private func areaSide(_ members: [Int], prices: [[Int]]) -> (Int, [Int]) {
        let m = model
        let n = members.count
        let pair = m.weights.sameWeekday * GroupModel.scale
        let choices: [[Int]] = members.map { f in
            let mask = m.weekdayMask[f] & allowed[f]
            return (0..<GroupModel.weekdays).filter { mask & (1 << $0) != 0 }
        }
        var rest = Array(repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            rest[i] = rest[i + 1] + (choices[i].map { prices[members[i]][$0] }.min() ?? 0)
        }
        var best = Int.max / 4
        var bestPick = Array(repeating: -1, count: n)
        var pick = Array(repeating: -1, count: n)
        var next = Array(repeating: 0, count: n)
        var total = Array(repeating: 0, count: n + 1)
        var count = Array(repeating: 0, count: GroupModel.weekdays)
        var i = 0
        while i >= 0 {
            if i == n || next[i] >= choices[i].count {
                if i == n, total[n] < best { best = total[n]; bestPick = pick }
                if i < n { next[i] = 0 }
                i -= 1
                if i >= 0 { count[pick[i]] -= 1; next[i] += 1 }
                continue
            }
            let w = choices[i][next[i]]
            let t = total[i] + prices[members[i]][w] + count[w] * pair
            if t + rest[i + 1] >= best { next[i] += 1; continue }
            pick[i] = w
            count[w] += 1
            total[i + 1] = t
            i += 1
        }
        return (best == Int.max / 4 ? 0 : best, bestPick)
    }
}
