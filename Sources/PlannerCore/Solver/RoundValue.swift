/// The least cost of a round's forums on distinct days with the spread penalty (as `RoundBound`),
/// reusing its buffers across calls, and the days of the last solve on request.
///
/// Rows are read from one flat array: row i starts at `offsets[i]` and has one cost per day.
struct RoundValue {
    /// Day-major costs of the last solve: `flat[j * k + i]` is row i on day j.
    private var flat: [Int] = []
    /// The DP of the last solve, one layer per day boundary: `table[j * states + state]`.
    private var table: [Int] = []
    private var k = 0
    private var d = 0
    private var adjacent: [Bool] = []
    private var spread = 0

    mutating func least(_ rows: [Int], offsets: [Int], days: [Int], spread: Int) -> Int {
        let inf = GroupModel.infinity
        let k = offsets.count
        let d = days.count
        let states = (1 << k) * 2
        self.k = k
        self.d = d
        self.spread = spread
        if table.count < (d + 1) * states { table = Array(repeating: inf, count: (d + 1) * states) }
        if flat.count < k * d { flat = Array(repeating: inf, count: k * d) }
        if adjacent.count < d { adjacent = Array(repeating: false, count: d) }
        for j in 0..<d { adjacent[j] = j > 0 && days[j] - days[j - 1] == 1 }
        rows.withUnsafeBufferPointer { source in
            flat.withUnsafeMutableBufferPointer { out in
                for i in 0..<k {
                    let start = offsets[i]
                    for j in 0..<d { out[j &* k &+ i] = source[start &+ j] }
                }
            }
        }
        let full = (1 << k) - 1
        return flat.withUnsafeBufferPointer { cost in
            adjacent.withUnsafeBufferPointer { near in
                table.withUnsafeMutableBufferPointer { all in
                    let t = all.baseAddress!
                    for s in 0..<states { t[s] = inf }
                    t[0] = 0
                    for j in 0..<d {
                        let a = t + j * states, b = t + (j + 1) * states
                        let close = near[j]
                        let row = j &* k
                        for s in 0..<states { b[s] = inf }
                        for mask in 0...full {
                            for used in 0...1 {
                                let here = a[mask &* 2 &+ used]
                                if here >= inf { continue }
                                if here < b[mask &* 2] { b[mask &* 2] = here }
                                let base = here &+ ((used == 1 && close) ? spread : 0)
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
                    }
                    let last = t + d * states
                    return min(last[full * 2], last[full * 2 + 1])
                }
            }
        }
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
