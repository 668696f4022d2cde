/// The least cost of a round's forums on distinct days with the spread penalty (as `RoundBound`),
/// reusing its buffers across calls, and the days of the last solve on request.
///
/// Rows are read from one flat array: row i starts at `offsets[i]` and has one cost per day.
///
/// The programme goes over the days in order; its state is the set of rows placed and whether the
/// day before was used. Per day it first merges each set's two flags into the least cost before a
/// row is placed (placing a row makes the day used whichever flag it came from), then adds each
/// row that can take the day to every set without it, in passes over runs of sets without tests
/// or branches. The values of every state a placement reaches are the plain programme's, so
/// `columns()` gives the same days.
/// - Complexity: O(d · 2ᵏ · k) for k rows and d days.
struct RoundValue {
    /// Day-major costs of the last solve: `flat[j * k + i]` is row i on day j.
    private var flat: [Int] = []
    /// The DP of the last solve, one layer per day boundary: `table[j * states + used * 2ᵏ + mask]`.
    private var table: [Int] = []
    private var k = 0
    private var d = 0
    private var adjacent: [Bool] = []
    private var spread = 0
    /// Per day of the last solve: the rows (bit i) with a finite cost that day.
    private var open: [Int] = []
    /// Per set: the least cost before a row is placed on the current day (either flag).
    private var merged: [Int] = []
    /// What a state no placement reaches starts at (see `programme`).
    static let unreached = 1 << 50

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
        if merged.count < 1 << k { merged = Array(repeating: 0, count: 1 << k) }
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
                        merged.withUnsafeMutableBufferPointer { scratch in
                            Self.programme(cost: cost, near: near, openRows: openRows, table: all, merged: scratch, k: k, d: d, spread: spread)
                        }
                    }
                }
            }
        }
    }

    /// The programme itself, on the buffers of `solveGathered`. Each layer holds the sets placed
    /// with the day before idle (`layer[mask]`), then with it used (`layer[2ᵏ + mask]`). A state no
    /// placement reaches holds about `unreached`: the passes add costs to it without tests, and
    /// every finite cost is far below `infinity`, so it stays above `unreached / 2`.
    private static func programme(
        cost: UnsafeBufferPointer<Int>, near: UnsafeBufferPointer<Bool>, openRows: UnsafeBufferPointer<Int>,
        table: UnsafeMutableBufferPointer<Int>, merged: UnsafeMutableBufferPointer<Int>, k: Int, d: Int, spread: Int
    ) -> Int {
        let inf = GroupModel.infinity
        guard let t = table.baseAddress, let base = merged.baseAddress else { return inf }
        let size = 1 << k
        let states = size * 2
        let unreached = Self.unreached
        for s in 0..<states { t[s] = unreached }
        t[0] = 0
        for j in 0..<d {
            let aIdle = t + j &* states, aBusy = aIdle + size
            let bIdle = t + (j &+ 1) &* states, bBusy = bIdle + size
            let extra = near[j] ? spread : 0
            // Day j unused: from either flag. Used: from either flag, the day before costing the
            // spread if it was used.
            for mask in 0..<size {
                let idle = aIdle[mask], busy = aBusy[mask]
                bIdle[mask] = idle < busy ? idle : busy
                let withSpread = busy &+ extra
                base[mask] = idle < withSpread ? idle : withSpread
                bBusy[mask] = unreached
            }
            // One more row on day j: row i added to every set without it.
            let row = j &* k
            var usable = openRows[j]
            while usable != 0 {
                let i = usable.trailingZeroBitCount
                usable &= usable &- 1
                let c = cost[row &+ i]
                let bit = 1 << i
                var high = bit
                while high < size {
                    for mask in high..<(high &+ bit) {
                        let v = base[mask &- bit] &+ c
                        if v < bBusy[mask] { bBusy[mask] = v }
                    }
                    high &+= bit &* 2
                }
            }
        }
        let last = t + d &* states
        let best = min(last[size &- 1], last[states &- 1])
        return best >= unreached / 2 ? inf : best
    }

    /// The day column each row takes in the last solve's optimum (which must be finite): the
    /// optimum's states are walked back from the last day, each day's row the first that fits.
    func columns() -> [Int] {
        let size = 1 << k
        let states = size * 2
        let full = size - 1
        let inf = GroupModel.infinity
        var columns = Array(repeating: -1, count: k)
        var mask = full
        var used = table[d * states + full] <= table[d * states + size + full] ? 0 : 1
        var j = d - 1
        while j >= 0 {
            let value = table[(j + 1) * states + used * size + mask]
            let before = j * states
            if used == 0 {
                // Day j unused: the state came from either flag before it with the same value.
                used = table[before + mask] == value ? 0 : 1
            } else {
                var found = false
                var bits = mask
                while bits != 0, !found {
                    let i = bits.trailingZeroBitCount
                    bits &= bits - 1
                    let c = flat[j * k + i]
                    if c >= inf { continue }
                    let previous = mask & ~(1 << i)
                    for u in 0...1 {
                        let here = table[before + u * size + previous]
                        if here >= inf { continue }
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
