/// The least cost of a round's forums on distinct days with the spread penalty (as `RoundBound`),
/// reusing its buffers across calls, and the days of the last solve on request.
///
/// Rows are read from one flat array: row i starts at `offsets[i]` and has one cost per day.
///
/// The programme goes over the days in order; its state is the set of rows placed and whether the
/// day before was used. Two shortcuts keep it exact: a state is only carried while enough days are
/// left to place the rows still open (no placement passes through one that is not), and the two
/// flags of a set are merged before the rows placed on the day are tried (placing a row makes the
/// day used whichever flag it came from). Every state a placement passes through keeps the plain
/// programme's value, so `columns()` gives the same days.
/// - Complexity: O(d · 2ᵏ · k) for k rows and d days, about half the plain programme's work.
struct RoundValue {
    /// Day-major costs of the last solve: `flat[j * k + i]` is row i on day j.
    private var flat: [Int] = []
    /// The DP of the last solve, one layer per day boundary: `table[j * states + state]`.
    private var table: [Int] = []
    private var k = 0
    private var d = 0
    private var adjacent: [Bool] = []
    private var spread = 0
    /// Per day of the last solve: the rows (bit i) with a finite cost that day.
    private var open: [Int] = []

    /// The least cost of placing every row on its own day; `infinity` when they cannot all be placed.
    mutating func least(_ rows: [Int], offsets: [Int], days: [Int], spread: Int) -> Int {
        gather(rows, offsets: offsets, days: days.count)
        return solveGathered(k: offsets.count, days: days, spread: spread)
    }

    /// Copies the rows into `flat`, day-major.
    private mutating func gather(_ rows: [Int], offsets: [Int], days d: Int) {
        let k = offsets.count
        if flat.count < k * d { flat = Array(repeating: GroupModel.infinity, count: k * d) }
        rows.withUnsafeBufferPointer { source in
            flat.withUnsafeMutableBufferPointer { out in
                for i in 0..<k {
                    let start = offsets[i]
                    for j in 0..<d { out[j &* k &+ i] = source[start &+ j] }
                }
            }
        }
    }

    /// The programme over `flat` (filled by `gather`).
    private mutating func solveGathered(k: Int, days: [Int], spread: Int) -> Int {
        let inf = GroupModel.infinity
        let d = days.count
        let states = (1 << k) * 2
        self.k = k
        self.d = d
        self.spread = spread
        if table.count < (d + 1) * states { table = Array(repeating: inf, count: (d + 1) * states) }
        if adjacent.count < d { adjacent = Array(repeating: false, count: d) }
        if open.count < d { open = Array(repeating: 0, count: d) }
        for j in 0..<d { adjacent[j] = j > 0 && days[j] - days[j - 1] == 1 }
        for j in 0..<d {
            var bits = 0
            for i in 0..<k where flat[j * k + i] < inf { bits |= 1 << i }
            open[j] = bits
        }
        return flat.withUnsafeBufferPointer { cost in
            adjacent.withUnsafeBufferPointer { near in
                open.withUnsafeBufferPointer { openRows in
                    table.withUnsafeMutableBufferPointer { all in
                        Self.programme(cost: cost, near: near, openRows: openRows, table: all, k: k, d: d, spread: spread)
                    }
                }
            }
        }
    }

    /// The programme itself, on the buffers of `solveGathered`.
    private static func programme(
        cost: UnsafeBufferPointer<Int>, near: UnsafeBufferPointer<Bool>, openRows: UnsafeBufferPointer<Int>,
        table: UnsafeMutableBufferPointer<Int>, k: Int, d: Int, spread: Int
    ) -> Int {
        let inf = GroupModel.infinity
        guard let t = table.baseAddress else { return inf }
        let states = (1 << k) * 2
        let full = (1 << k) - 1
        for s in 0..<states { t[s] = inf }
        t[0] = 0
        for j in 0..<d {
            let a = t + j &* states, b = t + (j &+ 1) &* states
            let extra = near[j] ? spread : 0
            let row = j &* k
            let usable = openRows[j]
            for s in 0..<states { b[s] = inf }
            // After day j the set placed has at most j rows, and needs at least
            // k - (d - j) so that the days left can take the others.
            let most = min(j, k)
            let fewest = max(0, k &- (d &- j))
            for mask in 0...full {
                let placed = mask.nonzeroBitCount
                if placed > most || placed < fewest { continue }
                let idle = a[mask &* 2], busy = a[mask &* 2 &+ 1]
                // Day j unused: from either flag.
                let skip = idle < busy ? idle : busy
                if skip < inf { b[mask &* 2] = skip }
                // Day j used by one more row: the day before costs the spread if it was used.
                let withSpread = busy < inf ? busy &+ extra : inf
                let base = idle < withSpread ? idle : withSpread
                if base >= inf { continue }
                var free = usable & ~mask
                while free != 0 {
                    let i = free.trailingZeroBitCount
                    free &= free &- 1
                    let target = (mask | (1 << i)) &* 2 &+ 1
                    let v = base &+ cost[row &+ i]
                    if v < b[target] { b[target] = v }
                }
            }
        }
        let last = t + d &* states
        return min(last[full &* 2], last[full &* 2 &+ 1])
    }

    /// The day column each row takes in the last solve's optimum (which must be finite).
    func columns() -> [Int] {
        let states = (1 << k) * 2
        let full = (1 << k) - 1
        var columns = Array(repeating: -1, count: k)
        var mask = full
        var used = table[d * states + full * 2] <= table[d * states + full * 2 + 1] ? 0 : 1
        var j = d - 1
        while j >= 0 {
            let value = table[(j + 1) * states + mask * 2 + used]
            let before = j * states
            if used == 0 {
                // Day j unused: the state came from either flag before it with the same value.
                used = table[before + mask * 2] == value ? 0 : 1
            } else {
                var found = false
                var bits = mask
                while bits != 0, !found {
                    let i = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let c = flat[j * k + i]
                    if c >= GroupModel.infinity { continue }
                    let previous = mask & ~(1 << i)
                    for u in 0...1 {
                        let here = table[before + previous * 2 + u]
                        if here >= GroupModel.infinity { continue }
                        let extra = (u == 1 && adjacent[j]) ? spread : 0
                        if here + extra + c == value {
                            columns[i] = j
                            mask = previous
                            used = u
                            found = true
                            break
                        }
                    }
                }
                if !found { return columns }
            }
            j -= 1
        }
        return columns
    }
}
