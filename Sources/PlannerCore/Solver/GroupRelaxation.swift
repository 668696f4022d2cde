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
///
/// When start times are priced (`GroupModel.startsVary`), each forum's start is decided twice in
/// the same way: the round side takes each (forum, mode, day) at its cheapest start less the price
/// μ[f][start], and the area side chooses the area's starts, given its mode sequence, minimising
/// repeats plus prices. Prices sit after the weekdays in each forum's price row (`priceWidth`).
/// The area side's tables are shifted to be non-negative for `ModePatterns`' cut, the shift added back.
struct GroupRelaxation {
    let model: GroupModel
    /// Per forum, the weekdays it may still take (bit w), as the search narrows them.
    var allowed: [Int]
    /// Per forum, the start times (bit t of `GroupModel.startTimes`) it may still take; unused
    /// unless start times are priced.
    var allowedStarts: [Int]
    /// `model.bestCost` laid flat as the rows are (forum f, mode md at `(f * 2 + md) * maxDays`),
    /// `infinity` past its round's days; and per forum and day column its weekday
    /// (`f * maxDays + j`). Made once at the root and shared by every node's copy.
    private let flatCost: [Int]
    private let flatWeekday: [Int]

    init(model: GroupModel, allowed: [Int]) {
        self.model = model
        self.allowed = allowed
        allowedStarts = Array(repeating: (1 << model.startTimes.count) - 1, count: allowed.count)
        let width = model.maxDays
        var cost = Array(repeating: GroupModel.infinity, count: model.slots.count * 2 * width)
        var weekday = Array(repeating: 0, count: model.slots.count * width)
        for f in model.slots.indices {
            let days = model.weekdayOf[model.roundOf[f]]
            for md in 0...1 { for (j, c) in model.bestCost[f][md].enumerated() { cost[(f * 2 + md) * width + j] = c } }
            for (j, w) in days.enumerated() { weekday[f * width + j] = w }
        }
        flatCost = cost
        flatWeekday = weekday
    }

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
        /// Per forum, the start (index into `GroupModel.startTimes`) each side wants; -1 when
        /// start times are not priced.
        var roundStart: [Int]
        var areaStart: [Int]
    }

    /// What one evaluation leaves for the next: the round solvers' buffers, the in-person pattern
    /// it chose (a good first cost to beat for the next prices), and buffers every evaluation
    /// reuses instead of allocating its own.
    struct Workspace {
        var solvers: [RoundValue] = []
        var pattern: [Int]?
        var rows: [Int] = []
        var rowStart: [Int] = []
        var rowLeast: [Int] = []
        var values: [[Int]] = []
        var exact: [[Bool]] = []
        /// Per round: the set its solver solved last in this evaluation (its table gives that set's days), or -1.
        var lastSolved: [Int] = []
        var offsets: [Int] = []
        /// The buffers of the pattern search (`ModePatterns.cheapest`).
        var patternScratch = ModePatterns.Scratch()
    }

    /// Nil when the round side has no plan under the current weekday limits.
    func evaluate(_ prices: [[Int]], work: inout Workspace) -> Evaluation? {
        let m = model
        let n = m.slots.count
        let inf = GroupModel.infinity
        prepare(&work)
        var mode = Array(repeating: 0, count: n)
        var column = Array(repeating: -1, count: n)
        // Round side. Each forum's priced row per mode, flat: row (f, mode) starts at (f * 2 + mode) * width.
        let width = m.maxDays
        let t = m.startTimes.count
        fillRows(prices, work: &work)
        // With priced start times: each area's least repeats plus prices per mode sequence, shifted
        // to be non-negative (the shift is added to the value).
        var penalties: [Int]?
        var shift = 0
        if m.startsVary {
            var table: [Int] = []
            for members in m.areas {
                let sequences = (0..<(1 << members.count)).map { areaStarts(members, sequence: $0, prices: prices) }
                guard let least = sequences.filter({ $0 < inf }).min() else { return nil }
                shift += least
                table += sequences.map { $0 < inf ? $0 - least : inf }
            }
            penalties = table
        }
        // Sets start at their cheap bound and are solved exactly only when the cheapest pattern picks them.
        for ri in m.rounds.indices { work.lastSolved[ri] = -1 }
        for (ri, members) in m.rounds.enumerated() {
            for (k, set) in m.roundSets[ri].enumerated() {
                var total = 0
                for (i, f) in members.enumerated() {
                    let least = work.rowLeast[f * 2 + ((set >> i) & 1)]
                    if least >= inf { total = inf; break }
                    total += least
                }
                work.values[ri][k] = total
                work.exact[ri][k] = false
            }
        }
        func solveExactly(_ ri: Int, _ k: Int) {
            guard !work.exact[ri][k] else { return }
            work.exact[ri][k] = true
            guard work.values[ri][k] < inf else { return }
            work.values[ri][k] = least(ri, k, spread: m.adjacentPairs[ri], work: &work)
            work.lastSolved[ri] = k
        }
        // A first pattern (the last evaluation's, or the cheapest by the cheap bounds) solved exactly
        // gives a cost to beat; then only sets whose cheap bound could beat it are solved exactly.
        var first = work.pattern
        if first.map({ h in h.indices.contains { work.values[$0][h[$0]] >= inf } }) ?? true {
            first = m.patterns.cheapest(values: work.values, penalties: penalties, scratch: &work.patternScratch)?.1
        }
        if let first {
            for ri in m.rounds.indices { solveExactly(ri, first[ri]) }
            if let cost = m.patterns.cost(of: first, values: work.values, penalties: penalties) {
                var least = work.values.map { $0.min() ?? inf }
                for ri in m.rounds.indices {
                    let others = least.indices.reduce(0) { $1 == ri ? $0 : $0 + least[$1] }
                    for k in work.values[ri].indices where work.values[ri][k] + others < cost { solveExactly(ri, k) }
                    least[ri] = work.values[ri].min() ?? inf
                }
            }
        }
        // The cheapest pattern by the values so far, until every set it picks is solved exactly.
        var incumbent = first
        var patternValue = 0
        var choice: [Int] = []
        while true {
            guard let (value, picked) = m.patterns.cheapest(values: work.values, incumbent: incumbent, penalties: penalties, scratch: &work.patternScratch)
            else { return nil }
            var open = false
            for ri in m.rounds.indices where !work.exact[ri][picked[ri]] {
                open = true
                solveExactly(ri, picked[ri])
            }
            if !open { (patternValue, choice) = (value, picked); break }
            incumbent = picked
        }
        var roundWeekday = Array(repeating: -1, count: n)
        var roundStart = Array(repeating: -1, count: n)
        var areaStart = Array(repeating: -1, count: n)
        for (ri, members) in m.rounds.enumerated() {
            let set = m.roundSets[ri][choice[ri]]
            // The days of the chosen set: its solver's table, unless another set was solved since.
            if work.lastSolved[ri] != choice[ri] { _ = least(ri, choice[ri], spread: m.adjacentPairs[ri], work: &work) }
            let cols = work.solvers[ri].columns()
            for (i, f) in members.enumerated() {
                mode[f] = (set >> i) & 1
                column[f] = cols[i]
                roundWeekday[f] = m.weekdayOf[ri][cols[i]]
                if m.startsVary, cols[i] >= 0 { roundStart[f] = work.rowStart[(f * 2 + mode[f]) * width + cols[i]] }
            }
        }
        if m.startsVary {
            for members in m.areas {
                let sequence = members.enumerated().reduce(0) { $0 | (mode[$1.element] << $1.offset) }
                withUnsafeTemporaryAllocation(of: Int.self, capacity: members.count) { picks in
                    _ = areaStarts(members, sequence: sequence, prices: prices, into: picks.baseAddress!)
                    for (i, f) in members.enumerated() { areaStart[f] = picks[i] }
                }
            }
            // Ties: where the area side's start is also cheapest for the round side's day, the
            // round side takes it (most forums cost the same at every start, and a disagreement
            // that is only a tie would be branched on for nothing).
            for f in 0..<n where areaStart[f] >= 0 && roundStart[f] >= 0 && areaStart[f] != roundStart[f] {
                let a = areaStart[f]
                let j = column[f]
                let cost = m.startCost[f][mode[f]][j * t + a]
                let taken = work.rows[(f * 2 + mode[f]) * width + j] + prices[f][m.weekdayOf[m.roundOf[f]][j]]
                if allowedStarts[f] & (1 << a) != 0, cost < inf, cost - prices[f][GroupModel.weekdays + a] == taken { roundStart[f] = a }
            }
        }
        // Area side: each area's weekdays, minimising repeats plus prices.
        var areaValue = 0
        var areaWeekday = Array(repeating: -1, count: n)
        if m.weights.sameWeekday > 0 {
            for members in m.areas { areaValue += areaSide(members, prices: prices, hint: roundWeekday, into: &areaWeekday) }
        } else {
            areaWeekday = roundWeekday
        }
        work.pattern = choice
        return Evaluation(
            value: patternValue + shift + areaValue, mode: mode, column: column, roundWeekday: roundWeekday, areaWeekday: areaWeekday,
            pattern: choice, roundStart: roundStart, areaStart: areaStart)
    }

    /// Sizes the workspace's buffers for this model (once per model).
    private func prepare(_ work: inout Workspace) {
        let m = model
        let n = m.slots.count
        let size = n * 2 * m.maxDays
        guard work.rows.count != size || work.rowLeast.count != n * 2 || work.values.count != m.rounds.count
            || work.solvers.count != m.rounds.count || zip(work.values, m.roundSets).contains(where: { $0.count != $1.count })
        else { return }
        work.solvers = m.rounds.map { _ in RoundValue() }
        work.rows = Array(repeating: GroupModel.infinity, count: size)
        work.rowStart = m.startsVary ? Array(repeating: -1, count: size) : []
        work.rowLeast = Array(repeating: GroupModel.infinity, count: n * 2)
        work.values = m.roundSets.map { Array(repeating: 0, count: $0.count) }
        work.exact = m.roundSets.map { Array(repeating: false, count: $0.count) }
        work.lastSolved = Array(repeating: -1, count: m.rounds.count)
        work.pattern = nil
    }

    /// Each forum's row per mode: its cost on each day of its round less the weekday's price
    /// (`infinity` where it has no option or the weekday is not allowed), with priced start times
    /// the cheapest start still allowed less its price; and each row's least entry, whose sum over
    /// a set's rows bounds the set's programme from below. Reads the flat tables (`flatCost`), and
    /// writes the workspace's rows taken out of it, so that no access is checked for overlap.
    private func fillRows(_ prices: [[Int]], work: inout Workspace) {
        let m = model
        let inf = GroupModel.infinity
        let width = m.maxDays
        let t = m.startTimes.count
        let vary = m.startsVary
        var rows: [Int] = []
        var rowStart: [Int] = []
        var rowLeast: [Int] = []
        swap(&rows, &work.rows)
        swap(&rowStart, &work.rowStart)
        swap(&rowLeast, &work.rowLeast)
        defer {
            swap(&rows, &work.rows)
            swap(&rowStart, &work.rowStart)
            swap(&rowLeast, &work.rowLeast)
        }
        flatCost.withUnsafeBufferPointer { cost in
            flatWeekday.withUnsafeBufferPointer { weekday in
                rows.withUnsafeMutableBufferPointer { out in
                    for f in 0..<m.slots.count {
                        let open = allowed[f]
                        let price = prices[f]
                        let days = f &* width
                        for md in 0...1 {
                            let start = (f &* 2 &+ md) &* width
                            var least = inf
                            for j in 0..<width {
                                var c = cost[start &+ j]
                                let w = weekday[days &+ j]
                                out[start &+ j] = inf
                                guard c < inf, open & (1 << w) != 0 else { continue }
                                if vary {
                                    // The cheapest start still allowed, less its price.
                                    c = inf
                                    let byStart = m.startCost[f][md]
                                    var bits = allowedStarts[f] & m.startMask[f][md]
                                    while bits != 0 {
                                        let i = bits.trailingZeroBitCount
                                        bits &= bits - 1
                                        let sc = byStart[j * t + i]
                                        guard sc < inf else { continue }
                                        let v = sc - price[GroupModel.weekdays + i]
                                        if v < c { c = v; rowStart[start + j] = i }
                                    }
                                    guard c < inf else { continue }
                                }
                                let v = c - price[w]
                                out[start &+ j] = v
                                if v < least { least = v }
                            }
                            rowLeast[f &* 2 &+ md] = least
                        }
                    }
                }
            }
        }
    }

    /// The exact value of round `ri` with its `k`-th set, by the round's day programme.
    private func least(_ ri: Int, _ k: Int, spread: Int, work: inout Workspace) -> Int {
        let m = model
        let width = m.maxDays
        let set = m.roundSets[ri][k]
        work.offsets.removeAll(keepingCapacity: true)
        for (i, f) in m.rounds[ri].enumerated() { work.offsets.append((f * 2 + ((set >> i) & 1)) * width) }
        // Taken out of the workspace while it works, so that its buffers are never copied.
        var solver = RoundValue()
        swap(&solver, &work.solvers[ri])
        defer { swap(&solver, &work.solvers[ri]) }
        return solver.least(work.rows, offsets: work.offsets, days: m.days[ri], spread: spread)
    }

    /// The start times of one area's forums, in the modes `sequence` gives (bit i: its i-th forum in
    /// person), that minimise repeats plus start prices (`StartTimes.least`), written into `starts`
    /// when given; `infinity` when some forum has no start left in its mode.
    private func areaStarts(_ members: [Int], sequence: Int, prices: [[Int]], into starts: UnsafeMutablePointer<Int>? = nil) -> Int {
        let base = GroupModel.weekdays
        // The closure reads these arrays alone: capturing the model or `self` would copy them whole.
        let masks = model.startMask, allowed = allowedStarts
        let least = StartTimes.least(count: members.count, width: model.startTimes.count, pair: model.startPair(members), into: starts) { i, t in
            let f = members[i]
            return masks[f][(sequence >> i) & 1] & allowed[f] & (1 << t) != 0 ? prices[f][base + t] : nil
        }
        return least ?? GroupModel.infinity
    }

    /// The weekdays of one area's forums that minimise repeats plus prices (each forum only on
    /// weekdays it can take), written into `picks`; returns the least value. A depth-first search in
    /// weekday order, cut by the least prices of the forums still open (repeats never cost less than
    /// nothing). Ties keep the first found. Its buffers are one temporary allocation.
    ///
    /// `hint` (per forum, a weekday; the round side's) gives a first cut: when every forum can take
    /// its hinted weekday, the search looks only for values at most the hint's. That keeps the
    /// answer: the first optimum in weekday order is never cut, as every value before it is higher
    /// and it is at most the hint's.
    private func areaSide(_ members: [Int], prices: [[Int]], hint: [Int], into picks: inout [Int]) -> Int {
        let m = model
        let n = members.count
        let week = GroupModel.weekdays
        let pair = m.weekdayPair(members)
        // Per forum i: its weekday prices (`price[i * week + w]`) and its
        // weekdays in order (`choices[i * week ...]`, `counts[i]` of them); the search's state.
        let size = n * week * 2 + n * 5 + 2 + week
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: size) { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            let price = base, choices = base + n * week, counts = choices + n * week
            let rest = counts + n, pick = rest + n + 1, bestPick = pick + n, next = bestPick + n, total = next + n, used = total + n + 1
            for (i, f) in members.enumerated() {
                let mask = m.weekdayMask[f] & allowed[f]
                let row = prices[f]
                var count = 0
                for w in 0..<week {
                    price[i * week + w] = row[w]
                    if mask & (1 << w) != 0 {
                        choices[i * week + count] = w
                        count += 1
                    }
                }
                counts[i] = count
                pick[i] = -1
                bestPick[i] = -1
                next[i] = 0
            }
            rest[n] = 0
            for i in stride(from: n - 1, through: 0, by: -1) {
                var least = Int.max
                for c in 0..<counts[i] { least = min(least, price[i * week + choices[i * week + c]]) }
                rest[i] = rest[i + 1] + (counts[i] > 0 ? least : 0)
            }
            for w in 0..<week { used[w] = 0 }
            total[0] = 0
            var best = Int.max / 4
            // The hint's value, counting its repeats with `used`, which is then cleared again.
            var hinted = 0
            var usable = true
            for (i, f) in members.enumerated() {
                let w = hint[f]
                guard w >= 0, w < week, m.weekdayMask[f] & allowed[f] & (1 << w) != 0 else { usable = false; break }
                hinted += price[i * week + w] + used[w] * pair
                used[w] += 1
            }
            for w in 0..<week { used[w] = 0 }
            if usable { best = hinted + 1 }
            var i = 0
            while i >= 0 {
                if i == n || next[i] >= counts[i] {
                    if i == n, total[n] < best {
                        best = total[n]
                        for g in 0..<n { bestPick[g] = pick[g] }
                    }
                    if i < n { next[i] = 0 }
                    i -= 1
                    if i >= 0 { used[pick[i]] -= 1; next[i] += 1 }
                    continue
                }
                let w = choices[i * week + next[i]]
                let t = total[i] + price[i * week + w] + used[w] * pair
                if t + rest[i + 1] >= best { next[i] += 1; continue }
                pick[i] = w
                used[w] += 1
                total[i + 1] = t
                i += 1
            }
            for (i, f) in members.enumerated() { picks[f] = bestPick[i] }
            return best == Int.max / 4 ? 0 : best
        }
    }
}
