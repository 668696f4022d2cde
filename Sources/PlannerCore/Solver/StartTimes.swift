/// Chooses start times for forums whose repeats cost: the start-time half of the variety rule.
/// One exact search (`least`) serves the final plan (`choose`), the group search's relaxation
/// (start prices) and its plans (each option's own cost at each start).
enum StartTimes {
    /// The least penalty and the chosen start for each of the area's meetings, given each one's
    /// allowed starts: the fewest repeated start times, earliest start first among equals.
    /// (0, each meeting's first start) when some meeting has none.
    static func choose(_ allowed: [[TimeOfDay]], weight: Int) -> (penalty: Int, starts: [TimeOfDay]) {
        let fallback = allowed.map { $0.first ?? TimeOfDay(minutes: 0) }
        let times = Set(allowed.flatMap { $0 }).sorted()
        let sets = allowed.map(Set.init)
        var picks = Array(repeating: -1, count: allowed.count)
        let penalty = picks.withUnsafeMutableBufferPointer { buffer in
            least(count: allowed.count, width: times.count, pair: weight, into: buffer.baseAddress) { i, t in sets[i].contains(times[t]) ? 0 : nil }
        }
        guard let penalty else { return (0, fallback) }
        return (penalty, picks.map { times[$0] })
    }

    /// The start (0 ..< `width`) of each of `count` forums that makes least the sum of their own
    /// costs (`cost(i, t)`, nil where forum i cannot start at t) plus `pair` for each two forums
    /// at one start; nil when some forum has no start. `picks` (when given) receives each forum's
    /// start. Among equal totals the first in start order (forum 0's earliest, then forum 1's...)
    /// is kept.
    ///
    /// A depth-first search cut by the least costs of the forums still open (`pair` is never
    /// below 0). It runs for every mode sequence of every area at each of the group search's
    /// evaluations, so it works in one temporary buffer, with an explicit stack.
    /// - Complexity: at worst the product of the forums' numbers of starts (a few each).
    static func least(count n: Int, width: Int, pair: Int, into picks: UnsafeMutablePointer<Int>?, cost: (Int, Int) -> Int?) -> Int? {
        guard n > 0 else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: n * width + 3 * n + 1) { buffer -> Int? in
            // table[i * width + t]: forum i's cost at t (Int.max where it cannot); rest[i]: the least
            // costs of forums i ..< n summed; pick, best: the current path's starts and the best's.
            let table = buffer.baseAddress!, rest = table + n * width, pick = rest + n + 1, best = pick + n
            rest[n] = 0
            for i in stride(from: n - 1, through: 0, by: -1) {
                var lowest = Int.max
                for t in 0..<width {
                    let c = cost(i, t) ?? Int.max
                    table[i * width + t] = c
                    lowest = min(lowest, c)
                }
                if lowest == Int.max {
                    if let picks { for j in 0..<n { picks[j] = -1 } }
                    return nil
                }
                rest[i] = rest[i + 1] + lowest
            }
            /// Forum i's cost at t plus its repeats of the starts before it on the path.
            func step(_ i: Int, _ t: Int) -> Int {
                var same = 0
                for g in 0..<i where pick[g] == t { same += 1 }
                return table[i * width + t] + same * pair
            }
            var bestTotal = Int.max
            var total = 0  // of the forums before i on the path
            var i = 0
            pick[0] = -1
            while i >= 0 {
                // Take back forum i's start, then try its next one, unless nothing below can beat the best.
                if pick[i] >= 0 { total -= step(i, pick[i]) }
                var t = pick[i] + 1
                while t < width && table[i * width + t] == Int.max { t += 1 }
                if t == width || total + rest[i] >= bestTotal {
                    i -= 1
                    continue
                }
                pick[i] = t
                total += step(i, t)
                if i + 1 < n {
                    i += 1
                    pick[i] = -1
                } else if total < bestTotal {
                    bestTotal = total
                    for j in 0..<n { best[j] = pick[j] }
                }
            }
            if let picks { for j in 0..<n { picks[j] = best[j] } }
            return bestTotal
        }
    }
}
