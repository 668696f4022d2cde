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
///
/// Two widths, the same values: when every sum the programme can form fits in 32 bits with room to
/// spare (`narrowLimit`; always so for the planner's scaled costs), the table holds 32-bit integers
/// and the passes work on eight sets at a time (`SIMD8<Int32>`: the baseline x86-64 target has no
/// vector minimum of 64-bit integers); otherwise, or with fewer than three rows, 64-bit integers one
/// set at a time. Both hold the same value in every reached state, and `columns()` reads the
/// unreached ones back at the wide offset, so the answer and the days never depend on the width.
/// - Complexity: O(d · 2ᵏ · k) for k rows and d days.
struct RoundValue {
    /// Day-major costs of the last solve: `flat[j * k + i]` is row i on day j.
    private var flat: [Int] = []
    /// The DP of the last solve, one layer per day boundary: `table[j * states + used * 2ᵏ + mask]`
    /// (`table32` instead when `narrow`).
    private var table: [Int] = []
    private var table32: [Int32] = []
    private var narrow = false
    private var k = 0
    private var d = 0
    private var adjacent: [Bool] = []
    private var spread = 0
    /// Per day of the last solve: the rows (bit i) with a finite cost that day.
    private var open: [Int] = []
    /// Per set: the least cost before a row is placed on the current day (either flag).
    private var merged: [Int] = []
    /// `merged` in 32 bits, after `lanes` entries of padding that shifted loads read (set to 0).
    private var merged32: [Int32] = []
    /// What a state no placement reaches starts at (see `programme`).
    static let unreached = 1 << 50
    /// The same in 32 bits, what a masked lane adds, and the bound on |row cost| + spread, times
    /// the rows, under which every sum fits (see `programme32`).
    static let unreached32: Int32 = 1 << 29
    static let masked32: Int32 = 1 << 30
    static let narrowLimit = 1 << 26
    private static let lanes = 8

    /// The least cost of placing every row on its own day; `infinity` when they cannot all be placed.
    /// `narrow: false` keeps the 64-bit table whatever the costs (the tests compare the two).
    mutating func least(_ rows: [Int], offsets: [Int], days: [Int], spread: Int, narrow allowNarrow: Bool = true) -> Int {
        gather(rows, offsets: offsets, days: days.count)
        return solveGathered(k: offsets.count, days: days, spread: spread, allowNarrow: allowNarrow)
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
    private mutating func solveGathered(k: Int, days: [Int], spread: Int, allowNarrow: Bool) -> Int {
        let inf = GroupModel.infinity
        let d = days.count
        let states = (1 << k) * 2
        self.k = k
        self.d = d
        self.spread = spread
        if adjacent.count < d { adjacent = Array(repeating: false, count: d) }
        if open.count < d { open = Array(repeating: 0, count: d) }
        for j in 0..<d { adjacent[j] = j > 0 && days[j] - days[j - 1] == 1 }
        // The largest finite |cost|, for the choice of width.
        var largest = 0
        for j in 0..<d {
            var bits = 0
            for i in 0..<k {
                let c = flat[j * k + i]
                guard c < inf else { continue }
                bits |= 1 << i
                let size = c < 0 ? (c == Int.min ? Int.max : -c) : c
                if size > largest { largest = size }
            }
            open[j] = bits
        }
        let limit = Self.narrowLimit
        narrow = allowNarrow && k >= 3 && spread >= 0 && spread < limit && largest < limit && k * (largest + spread) < limit
        if narrow {
            let pad = Self.lanes
            if table32.count < (d + 1) * states { table32 = Array(repeating: 0, count: (d + 1) * states) }
            if merged32.count < pad + (1 << k) { merged32 = Array(repeating: 0, count: pad + (1 << k)) }
            return flat.withUnsafeBufferPointer { cost in
                adjacent.withUnsafeBufferPointer { near in
                    open.withUnsafeBufferPointer { openRows in
                        table32.withUnsafeMutableBufferPointer { all in
                            merged32.withUnsafeMutableBufferPointer { scratch in
                                Self.programme32(
                                    cost: cost, near: near, openRows: openRows, table: all, merged: scratch, k: k, d: d, spread: spread)
                            }
                        }
                    }
                }
            }
        }
        if table.count < (d + 1) * states { table = Array(repeating: inf, count: (d + 1) * states) }
        if merged.count < 1 << k { merged = Array(repeating: 0, count: 1 << k) }
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

    /// `programme` in 32-bit integers, eight sets a pass (k ≥ 3, so a layer's halves are whole
    /// vectors). Every reached state's value is a sum of at most k costs and k spreads, so below
    /// `narrowLimit` in size; every other state's is `unreached32` plus such a sum, so between
    /// `unreached32 / 2` and `masked32`. A row whose bit is below the vector width (rows 0-2) is added
    /// to a whole vector of sets read `bit` entries back (the padding before `merged` holds 0): the
    /// lanes of sets without the row's bit, which the row cannot complete, add `masked32` instead of
    /// its cost, which keeps them above every state they are compared with and below `Int32.max`,
    /// so no lane overflows and none of them wins.
    private static func programme32(
        cost: UnsafeBufferPointer<Int>, near: UnsafeBufferPointer<Bool>, openRows: UnsafeBufferPointer<Int>,
        table: UnsafeMutableBufferPointer<Int32>, merged: UnsafeMutableBufferPointer<Int32>, k: Int, d: Int, spread: Int
    ) -> Int {
        typealias Lanes = SIMD8<Int32>
        let inf = GroupModel.infinity
        let width = Self.lanes
        guard let t = table.baseAddress, let padded = merged.baseAddress else { return inf }
        let base = padded + width
        for p in 0..<width { padded[p] = 0 }
        let size = 1 << k
        let states = size * 2
        let unreached = Self.unreached32
        let fresh = Lanes(repeating: unreached)
        // The lanes of a vector of sets starting at a multiple of 8: lane l is set start + l.
        let lane = Lanes(0, 1, 2, 3, 4, 5, 6, 7)
        let masked = Lanes(repeating: Self.masked32)
        func load(_ p: UnsafeMutablePointer<Int32>) -> Lanes { UnsafeRawPointer(p).loadUnaligned(as: Lanes.self) }
        func store(_ v: Lanes, _ p: UnsafeMutablePointer<Int32>) { UnsafeMutableRawPointer(p).storeBytes(of: v, as: Lanes.self) }
        for s in 0..<states { t[s] = unreached }
        t[0] = 0
        for j in 0..<d {
            let aIdle = t + j &* states, aBusy = aIdle + size
            let bIdle = t + (j &+ 1) &* states, bBusy = bIdle + size
            let extra = Lanes(repeating: near[j] ? Int32(truncatingIfNeeded: spread) : 0)
            var mask = 0
            while mask < size {
                let idle = load(aIdle + mask), busy = load(aBusy + mask)
                store(pointwiseMin(idle, busy), bIdle + mask)
                store(pointwiseMin(idle, busy &+ extra), base + mask)
                store(fresh, bBusy + mask)
                mask &+= width
            }
            let row = j &* k
            var usable = openRows[j]
            while usable != 0 {
                let i = usable.trailingZeroBitCount
                usable &= usable &- 1
                let c = Int32(truncatingIfNeeded: cost[row &+ i])
                let bit = 1 << i
                if bit < width {
                    let add = masked.replacing(with: c, where: (lane &>> Int32(truncatingIfNeeded: i)) & 1 .== 1)
                    var at = 0
                    while at < size {
                        store(pointwiseMin(load(bBusy + at), load(base + (at &- bit)) &+ add), bBusy + at)
                        at &+= width
                    }
                } else {
                    let add = Lanes(repeating: c)
                    var high = bit
                    while high < size {
                        var at = high
                        while at < high &+ bit {
                            store(pointwiseMin(load(bBusy + at), load(base + (at &- bit)) &+ add), bBusy + at)
                            at &+= width
                        }
                        high &+= bit &* 2
                    }
                }
            }
        }
        let last = t + d &* states
        let best = min(last[size &- 1], last[states &- 1])
        return best >= unreached / 2 ? inf : Int(best)
    }

    /// Entry `index` of the last solve's table, at the 64-bit programme's value.
    private func entry(_ index: Int) -> Int {
        guard narrow else { return table[index] }
        let v = Int(table32[index])
        return v >= Int(Self.unreached32 / 2) ? v - Int(Self.unreached32) + Self.unreached : v
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
        var used = entry(d * states + full) <= entry(d * states + size + full) ? 0 : 1
        var j = d - 1
        while j >= 0 {
            let value = entry((j + 1) * states + used * size + mask)
            let before = j * states
            if used == 0 {
                // Day j unused: the state came from either flag before it with the same value.
                used = entry(before + mask) == value ? 0 : 1
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
                        let here = entry(before + u * size + previous)
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
