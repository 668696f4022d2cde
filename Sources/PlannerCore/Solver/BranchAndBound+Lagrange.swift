/// A stronger bound for the weekday half of the variety rule, which links an area's forums across
/// rounds: Lagrangian decomposition.
///
/// Each open forum's weekday is decided twice: by its round (days, spread, one forum a day) and by
/// its area (weekday repeats). Prices λ[f][weekday] are subtracted on the round side and added on
/// the area side; for any prices the two minimums add up to at most the true optimum, because a
/// real plan gives both sides the same weekdays and the prices cancel. The prices are tuned once at
/// the root by subgradient steps and then used at every node. Costs are scaled by `scale` so that
/// prices can be fractional.
extension BranchAndBound {
    static let scale = 16
    static let weekdays = 7

    /// The round side: each clique exactly (DP), other open forums at their cheapest; with the
    /// weekday each open forum takes. Nil when a clique cannot be placed.
    func lagrangeRoundSide(_ prices: [[Int]]) -> (value: Int, weekday: [Int])? {
        let s = Self.scale
        var value = 0
        var weekday = [Int](repeating: -1, count: n)
        var covered = [Bool](repeating: false, count: n)
        for (ci, clique) in cliques.enumerated() {
            let open = clique.filter { assigned[$0] < 0 }
            guard open.count >= 2, open.count <= RoundBound.maxForums else { continue }
            guard let (best, picks) = cliqueBound(ci, open: open, prices: prices, scale: s) else { return nil }
            value += best
            for (row, f) in open.enumerated() { covered[f] = true; weekday[f] = picks[row] }
        }
        for f in 0..<n where assigned[f] < 0 && !covered[f] {
            var least = Int.max
            for (k, c) in inc[f].enumerated() where c >= 0 {
                let o = slots[f].options[k]
                let v = c * s - prices[f][o.weekday]
                if v < least { least = v; weekday[f] = o.weekday }
            }
            if least == Int.max { return nil }
            value += least
        }
        return (value, weekday)
    }

    /// The area side: for each area, the open forums' weekdays that minimise prices plus repeats,
    /// each repeat at the area's own weight.
    func lagrangeAreaSide(_ prices: [[Int]]) -> (value: Int, weekday: [Int]) {
        var value = 0
        var weekday = [Int](repeating: -1, count: n)
        var seen = Set<Int>()
        for f in 0..<n where assigned[f] < 0 && !seen.contains(slots[f].areaIndex) {
            seen.insert(slots[f].areaIndex)
            let pair = sameWeekday[f] * Self.scale
            let open = ([f] + sameArea[f]).filter { assigned[$0] < 0 }.sorted()
            let choices: [[Int]] = open.map { g in
                var set = Set<Int>()
                for (k, c) in inc[g].enumerated() where c >= 0 { set.insert(slots[g].options[k].weekday) }
                return set.sorted()
            }
            // The least price each later forum can add: prices can be negative, so a partial total
            // is cut only against what the rest can still take off.
            var rest = Array(repeating: 0, count: open.count + 1)
            for i in stride(from: open.count - 1, through: 0, by: -1) {
                rest[i] = rest[i + 1] + (choices[i].map { prices[open[i]][$0] }.min() ?? 0)
            }
            var best = Int.max
            var bestPick: [Int] = []
            var pick: [Int] = []
            func walk(_ i: Int, _ total: Int) {
                if total + rest[i] >= best { return }
                if i == open.count { best = total; bestPick = pick; return }
                for w in choices[i] {
                    let repeats = pick.reduce(0) { $0 + ($1 == w ? 1 : 0) }
                    pick.append(w)
                    walk(i + 1, total + prices[open[i]][w] + repeats * pair)
                    pick.removeLast()
                }
            }
            // Prices can be negative: start from a finite bound that any choice beats.
            best = Int.max / 4
            walk(0, 0)
            if best == Int.max / 4 { continue }
            value += best
            for (i, g) in open.enumerated() { weekday[g] = bestPick[i] }
        }
        return (value, weekday)
    }

    /// The Lagrangian bound with the given prices, in real (unscaled) points, or nil if infeasible.
    func lagrangeBound(_ prices: [[Int]]) -> Int? {
        guard let round = lagrangeRoundSide(prices) else { return nil }
        let area = lagrangeAreaSide(prices)
        let total = round.value + area.value
        let s = Self.scale
        return cost + (total >= 0 ? (total + s - 1) / s : -((-total) / s))
    }

    /// Tunes the prices at the root by subgradient steps; keeps the prices with the best bound.
    func tunePrices() -> [[Int]] {
        var prices = Array(repeating: Array(repeating: 0, count: Self.weekdays), count: n)
        guard weekdaysPriced else { return prices }
        var bestPrices = prices
        var bestValue = Int.min
        // Steps of half the heaviest weekday repeat among the part's areas.
        var step = Double((sameWeekday.max() ?? 0) * Self.scale) / 2
        for _ in 0..<60 {
            guard let round = lagrangeRoundSide(prices) else { return bestPrices }
            let area = lagrangeAreaSide(prices)
            let value = round.value + area.value
            if value > bestValue { bestValue = value; bestPrices = prices }
            var moved = false
            for f in 0..<n where assigned[f] < 0 {
                let a = area.weekday[f], r = round.weekday[f]
                guard a >= 0, r >= 0, a != r else { continue }
                // Ascend: the bound grows with the area's pick's price and falls with the round's.
                let delta = max(Int(step), 1)
                prices[f][a] += delta
                prices[f][r] -= delta
                moved = true
            }
            if !moved { break }
            step *= 0.9
        }
        return bestPrices
    }
}
