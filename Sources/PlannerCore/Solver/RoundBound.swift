/// The exact least cost of placing a round's forums on distinct days, counting the spread
/// penalty between forums on consecutive days: a dynamic programme over the days in order,
/// whose state is the set of forums placed and whether the previous day was used.
///
/// Used as the bound for forums that share a one-a-day facilitator. - Complexity: O(d · 2ᵏ · k)
/// for k forums and d days; callers use it for k ≤ 8 and fall back to `Assignment` above that.
enum RoundBound {
    static let maxForums = 8

    /// The least cost when each row takes a day and a mode, and the column (day index) each row
    /// takes: `costs[i][j]` per layer is the cost of row i on `days[j]` (`Assignment.infinity` when
    /// impossible); `costs[0]` online, `costs[1]` in person (one layer alone means the mode does
    /// not matter). Nil when the rows cannot all be placed. With `inPersonTarget`, exactly that many
    /// rows must be in person (the balanced rotation's quota); the count is part of the state.
    static func minimumCost(_ costs: [[[Int]]], days: [Int], spread: Int, inPersonTarget: Int?) -> (cost: Int, columns: [Int])? {
        guard let first = costs.first else { return nil }
        let k = first.count
        if k == 0 { return inPersonTarget.map { $0 == 0 } == false ? nil : (0, []) }
        let inf = Assignment.infinity
        let full = (1 << k) - 1
        let counts = inPersonTarget == nil ? 1 : k + 1
        let states = (full + 1) * 2 * counts
        func index(_ mask: Int, _ used: Int, _ ip: Int) -> Int { (mask * 2 + used) * counts + ip }
        var dp = [Int](repeating: inf, count: states)
        var next = dp
        // For each day and state reached: the state it came from and the row placed (-1 for none).
        var from = [[Int]](repeating: [Int](repeating: -1, count: states), count: days.count)
        var row = [[Int]](repeating: [Int](repeating: -1, count: states), count: days.count)
        dp[0] = 0
        for j in days.indices {
            let adjacent = j > 0 && days[j] - days[j - 1] == 1
            for s in next.indices { next[s] = inf }
            for mask in 0...full {
                for used in 0...1 {
                    for ip in 0..<counts {
                        let state = index(mask, used, ip)
                        let here = dp[state]
                        if here >= inf { continue }
                        let skip = index(mask, 0, ip)
                        if here < next[skip] { next[skip] = here; from[j][skip] = state; row[j][skip] = -1 }
                        let extra = (used == 1 && adjacent) ? spread : 0
                        var free = full & ~mask
                        while free != 0 {
                            let i = free.trailingZeroBitCount
                            free &= free - 1
                            for (mode, layer) in costs.enumerated() {
                                let c = layer[i][j]
                                if c >= inf { continue }
                                let nextIP = inPersonTarget != nil && mode == 1 ? ip + 1 : ip
                                if nextIP >= counts { continue }
                                let total = here + c + extra
                                let target = index(mask | (1 << i), 1, nextIP)
                                if total < next[target] { next[target] = total; from[j][target] = state; row[j][target] = i }
                            }
                        }
                    }
                }
            }
            swap(&dp, &next)
        }
        let wanted = inPersonTarget ?? 0
        guard wanted >= 0, wanted < counts else { return nil }
        var state = dp[index(full, 0, wanted)] <= dp[index(full, 1, wanted)] ? index(full, 0, wanted) : index(full, 1, wanted)
        let best = dp[state]
        if best >= inf { return nil }
        var columns = [Int](repeating: -1, count: k)
        var j = days.count - 1
        while j >= 0 {
            let r = row[j][state]
            if r >= 0 { columns[r] = j }
            state = from[j][state]
            j -= 1
        }
        return (best, columns)
    }
}
