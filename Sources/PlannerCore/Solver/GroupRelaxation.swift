/// The Lagrangian relaxation of one group's year at one node of the group search.
///
/// The weekday-repeat cost links an area's forums across rounds; everything else splits by round.
/// Each forum's weekday is decided twice, by its round and by its area, and prices λ[f][weekday]
/// are subtracted on the round side and added on the area side. For any prices the two sides'
/// minimums add up to at most the best plan (a real plan gives both sides the same weekdays and
/// the prices cancel), so the sum is a lower bound. The round side is solved exactly: for every
/// round and every admissible in-person set, a dynamic programme over days (`RoundBound`); then the
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
    }

    /// Nil when the round side has no plan under the current weekday limits.
    func evaluate(_ prices: [[Int]]) -> Evaluation? {
        let m = model
        let n = m.slots.count
        var mode = Array(repeating: 0, count: n)
        var column = Array(repeating: -1, count: n)
        // Round side: every admissible set of every round; each forum's priced row per mode once.
        let spread = m.switches.spread ? m.weights.consecutiveDays * GroupModel.scale : 0
        var rows: [[[Int]]] = []
        for f in 0..<n {
            let ri = m.roundOf[f]
            rows.append((0...1).map { md in
                m.days[ri].indices.map { j -> Int in
                    let c = m.bestCost[f][md][j]
                    let w = m.weekdayOf[ri][j]
                    guard c < GroupModel.infinity, allowed[f] & (1 << w) != 0 else { return GroupModel.infinity }
                    return c - prices[f][w]
                }
            })
        }
        var scratch = RoundValue()
        var values: [[Int]] = []
        for (ri, members) in m.rounds.enumerated() {
            values.append(m.roundSets[ri].map { set in
                let layer = members.enumerated().map { i, f in rows[f][(set >> i) & 1] }
                return scratch.least(layer, days: m.days[ri], spread: spread)
            })
        }
        guard let (patternValue, choice) = ModePatterns.cheapest(model: m, values: values) else { return nil }
        var columns: [[Int]] = []
        for (ri, members) in m.rounds.enumerated() {
            let set = m.roundSets[ri][choice[ri]]
            let layer = members.enumerated().map { i, f in rows[f][(set >> i) & 1] }
            guard let (_, cols) = RoundBound.minimumCost([layer], days: m.days[ri], spread: spread, inPersonTarget: nil) else { return nil }
            columns.append(cols)
        }
        var roundWeekday = Array(repeating: -1, count: n)
        for (ri, members) in m.rounds.enumerated() {
            let set = m.roundSets[ri][choice[ri]]
            let cols = columns[ri]
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
        return Evaluation(value: patternValue + areaValue, mode: mode, column: column, roundWeekday: roundWeekday, areaWeekday: areaWeekday)
    }

    /// The weekdays of one area's forums that minimise repeats plus prices (each forum only on weekdays it can take).
    private func areaSide(_ members: [Int], prices: [[Int]]) -> (Int, [Int]) {
        let m = model
        let pair = m.weights.sameWeekday * GroupModel.scale
        let choices: [[Int]] = members.map { f in
            let ri = m.roundOf[f]
            var mask = 0
            for j in m.days[ri].indices where m.bestCost[f][0][j] < GroupModel.infinity || m.bestCost[f][1][j] < GroupModel.infinity {
                mask |= 1 << m.weekdayOf[ri][j]
            }
            mask &= allowed[f]
            return (0..<GroupModel.weekdays).filter { mask & (1 << $0) != 0 }
        }
        var best = Int.max / 4
        var bestPick = members.map { _ in -1 }
        var pick: [Int] = []
        func walk(_ i: Int, _ total: Int) {
            if i == members.count {
                if total < best { best = total; bestPick = pick }
                return
            }
            for w in choices[i] {
                let repeats = pick.reduce(0) { $0 + ($1 == w ? 1 : 0) }
                pick.append(w)
                walk(i + 1, total + prices[members[i]][w] + repeats * pair)
                pick.removeLast()
            }
        }
        walk(0, 0)
        return (best == Int.max / 4 ? 0 : best, bestPick)
    }
}

/// The least cost of a round's forums on distinct days with the spread penalty (as `RoundBound`),
/// value only, reusing its buffers across calls.
struct RoundValue {
    private var dp: [Int] = []
    private var next: [Int] = []
    private var flat: [Int] = []

    mutating func least(_ rows: [[Int]], days: [Int], spread: Int) -> Int {
        let inf = GroupModel.infinity
        let k = rows.count
        let d = days.count
        let states = (1 << k) * 2
        if dp.count < states { dp = Array(repeating: inf, count: states); next = dp }
        if flat.count < k * d { flat = Array(repeating: inf, count: k * d) }
        // Day-major costs: flat[j * k + i] is row i on day j.
        for i in 0..<k { for j in 0..<d { flat[j * k + i] = rows[i][j] } }
        let full = (1 << k) - 1
        return flat.withUnsafeBufferPointer { cost in
            dp.withUnsafeMutableBufferPointer { cur in
                next.withUnsafeMutableBufferPointer { nxt in
                    var a = cur.baseAddress!, b = nxt.baseAddress!
                    for s in 0..<states { a[s] = inf }
                    a[0] = 0
                    for j in 0..<d {
                        let adjacent = j > 0 && days[j] - days[j - 1] == 1
                        let row = j * k
                        for s in 0..<states { b[s] = inf }
                        for mask in 0...full {
                            for used in 0...1 {
                                let here = a[mask &* 2 &+ used]
                                if here >= inf { continue }
                                if here < b[mask &* 2] { b[mask &* 2] = here }
                                let base = here &+ ((used == 1 && adjacent) ? spread : 0)
                                var free = full & ~mask
                                while free != 0 {
                                    let i = free.trailingZeroBitCount
                                    free &= free &- 1
                                    let c = cost[row &+ i]
                                    if c >= inf { continue }
                                    let target = (mask | (1 << i)) &* 2 &+ 1
                                    if base &+ c < b[target] { b[target] = base &+ c }
                                }
                            }
                        }
                        swap(&a, &b)
                    }
                    return min(a[full * 2], a[full * 2 + 1])
                }
            }
        }
    }
}
