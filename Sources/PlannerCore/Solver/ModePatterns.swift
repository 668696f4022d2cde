/// Chooses one in-person set per round of a group at least total cost, such that every area's
/// sequence of modes across the year is one its rotation allows (both modes, no long runs), adding
/// each area's start-time repeat penalty for its sequence. A depth-first search over rounds, rounds'
/// sets cheapest first, cut by the cheapest sets of the rounds still open.
///
/// Built once per group (`GroupModel.patterns`): the tables below flatten the model's so the
/// search allocates nothing.
struct ModePatterns {
    private let roundCount: Int
    private let areaCount: Int
    /// Per round: its forums' areas, their bits in their area's sequence, and the index of the
    /// prefix table for their area and prefix length (into `completable`).
    private let memberArea: [[Int]]
    private let memberBit: [[Int]]
    /// The sets of each round (bit i: the round's i-th forum in person).
    private let sets: [[Int]]
    /// `completable[table + prefix]`: some sequence the rotation allows starts with this prefix.
    private let completable: [Bool]
    /// Per area: its start-time penalty table's start (into `penalty`); per round, the areas it closes.
    private let penaltyStart: [Int]
    private let penalty: [Int]
    private let closing: [[Int]]
    /// The member tables above laid flat for `cheapest`: round r's members are entries
    /// `memberStart[r] ..< memberStart[r + 1]`, its closing areas `closingStart[r] ..< closingStart[r + 1]`.
    private let memberStart: [Int]
    private let flatArea: [Int]
    private let flatBit: [Int]
    private let flatTable: [Int]
    private let flatMask: [Int]
    private let closingStart: [Int]
    private let flatClosing: [Int]

    /// `rounds` and `areas` list forums (round and area order), `roundOf` gives each forum's round;
    /// the other tables are `GroupModel`'s.
    init(rounds: [[Int]], roundOf: [Int], areas: [[Int]], sets: [[Int]], completable: [[[Bool]]], startPenalty: [[Int]]) {
        roundCount = rounds.count
        areaCount = areas.count
        var areaOf = Array(repeating: 0, count: roundOf.count)
        var position = Array(repeating: 0, count: roundOf.count)
        var closing = Array(repeating: [Int](), count: rounds.count)
        for (a, members) in areas.enumerated() {
            for (p, f) in members.enumerated() { areaOf[f] = a; position[f] = p }
            if let last = members.last { closing[roundOf[last]].append(a) }
        }
        self.closing = closing
        var tableStart: [[Int]] = []
        var flat: [Bool] = []
        for perLength in completable {
            tableStart.append(perLength.map { prefixes in defer { flat += prefixes }; return flat.count })
        }
        self.completable = flat
        memberArea = rounds.map { $0.map { areaOf[$0] } }
        memberBit = rounds.map { $0.map { 1 << position[$0] } }
        let memberTable = rounds.map { $0.map { tableStart[areaOf[$0]][position[$0] + 1] } }
        let memberMask = rounds.map { $0.map { (1 << (position[$0] + 1)) - 1 } }
        self.sets = sets
        memberStart = rounds.reduce(into: [0]) { $0.append(($0.last ?? 0) + $1.count) }
        flatArea = memberArea.flatMap { $0 }
        flatBit = memberBit.flatMap { $0 }
        flatTable = memberTable.flatMap { $0 }
        flatMask = memberMask.flatMap { $0 }
        closingStart = closing.reduce(into: [0]) { $0.append(($0.last ?? 0) + $1.count) }
        flatClosing = closing.flatMap { $0 }
        var starts: [Int] = []
        var penalties: [Int] = []
        for table in startPenalty { starts.append(penalties.count); penalties += table }
        penaltyStart = starts
        penalty = penalties
    }

    /// `values[r][k]` is the cost of round r with its k-th admissible set (`infinity` if impossible).
    /// Returns the least total and the chosen set index per round, or nil when no pattern is allowed.
    /// `incumbent`, a pattern the rotation allows, starts the search's cut-off at its cost.
    /// `penalties`, laid out as `penaltyTable` says, replaces the start-time penalties given at
    /// init; its entries must not be negative (the cut assumes areas still open add nothing below 0).
    func cheapest(values: [[Int]], incumbent: [Int]? = nil, penalties: [Int]? = nil) -> (Int, [Int])? {
        var scratch = Scratch()
        return cheapest(values: values, incumbent: incumbent, penalties: penalties, scratch: &scratch)
    }

    /// The buffers of `cheapest`, kept by its caller from call to call so that a call allocates
    /// little more than its answer.
    struct Scratch {
        fileprivate var orderStart: [Int] = []
        fileprivate var orders: [Int] = []
        fileprivate var suffix: [Int] = []
        fileprivate var orderedValue: [Int] = []
        fileprivate var orderedSet: [Int] = []
        fileprivate var choice: [Int] = []
        fileprivate var sequence: [Int] = []
        fileprivate var position: [Int] = []
        fileprivate var total: [Int] = []
    }

    /// A buffer taken out of a scratch, emptied with its storage kept.
    private static func take(_ buffer: inout [Int]) -> [Int] {
        var out: [Int] = []
        swap(&out, &buffer)
        out.removeAll(keepingCapacity: true)
        return out
    }

    /// `cheapest(values:incumbent:penalties:)` on the buffers of `scratch`.
    func cheapest(values: [[Int]], incumbent: [Int]? = nil, penalties: [Int]? = nil, scratch: inout Scratch) -> (Int, [Int])? {
        let inf = GroupModel.infinity
        let penalty = penalties ?? self.penalty
        // Each round's sets with a finite value, cheapest first (ties by index), laid flat:
        // round r's are `orders[orderStart[r] ..< orderStart[r + 1]]`.
        var orderStart = Self.take(&scratch.orderStart)
        var orders = Self.take(&scratch.orders)
        var suffix = Self.take(&scratch.suffix)
        var orderedValue = Self.take(&scratch.orderedValue)
        var orderedSet = Self.take(&scratch.orderedSet)
        var choice = Self.take(&scratch.choice)
        var sequence = Self.take(&scratch.sequence)
        var position = Self.take(&scratch.position)
        var total = Self.take(&scratch.total)
        defer {
            (scratch.orderStart, scratch.orders, scratch.suffix) = (orderStart, orders, suffix)
            (scratch.orderedValue, scratch.orderedSet, scratch.choice) = (orderedValue, orderedSet, choice)
            (scratch.sequence, scratch.position, scratch.total) = (sequence, position, total)
        }
        orderStart.append(contentsOf: repeatElement(0, count: roundCount + 1))
        for r in 0..<roundCount {
            let v = values[r]
            let first = orders.count
            for k in v.indices where v[k] < inf {
                // Insertion in order of (value, index); k is the largest index so far.
                var at = orders.count
                orders.append(k)
                while at > first, v[orders[at - 1]] > v[k] {
                    orders[at] = orders[at - 1]
                    at -= 1
                }
                orders[at] = k
            }
            if orders.count == first { return nil }
            orderStart[r + 1] = orders.count
        }
        suffix.append(contentsOf: repeatElement(0, count: roundCount + 1))
        for r in stride(from: roundCount - 1, through: 0, by: -1) { suffix[r] = suffix[r + 1] + values[r][orders[orderStart[r]]] }
        var best = inf
        var bestChoice: [Int]?
        if let incumbent, let value = cost(of: incumbent, values: values, penalties: penalty) {
            best = value
            bestChoice = incumbent
        }
        // Each round's values and sets laid flat, in its order: entry `orderStart[r] + p` is the
        // p-th cheapest set of round r.
        for r in 0..<roundCount {
            for at in orderStart[r]..<orderStart[r + 1] {
                orderedValue.append(values[r][orders[at]])
                orderedSet.append(sets[r][orders[at]])
            }
        }
        choice.append(contentsOf: repeatElement(0, count: roundCount))
        // The search's state: per area its sequence so far; per round the position in its order
        // and the total before it. The tables are read flat, from locals.
        sequence.append(contentsOf: repeatElement(0, count: areaCount))
        position.append(contentsOf: repeatElement(0, count: roundCount + 1))
        total.append(contentsOf: repeatElement(0, count: roundCount + 1))
        let start = memberStart, area = flatArea, bit = flatBit, table = flatTable, mask = flatMask
        let allowed = completable, closeStart = closingStart, closes = flatClosing, penaltyAt = penaltyStart
        let rounds = roundCount, from = orderStart, bound = suffix, value = orderedValue, setAt = orderedSet, index = orders
        // The state is written through buffer pointers: the arrays came from the scratch, and
        // checking each write for a shared buffer cost more than the search itself.
        sequence.withUnsafeMutableBufferPointer { sequence in
            position.withUnsafeMutableBufferPointer { position in
                total.withUnsafeMutableBufferPointer { total in
                    choice.withUnsafeMutableBufferPointer { choice in
                        var r = 0
                        while true {
                            if r == rounds {
                                if total[r] < best { best = total[r]; bestChoice = Array(choice) }
                                r -= 1
                                Self.unapply(setAt[from[r] + position[r]], start[r]..<start[r + 1], area: area, bit: bit, sequence)
                                position[r] += 1
                                continue
                            }
                            let at = from[r] + position[r]
                            if at >= from[r + 1] || total[r] + value[at] + bound[r + 1] >= best {
                                if r == 0 { break }
                                r -= 1
                                Self.unapply(setAt[from[r] + position[r]], start[r]..<start[r + 1], area: area, bit: bit, sequence)
                                position[r] += 1
                                continue
                            }
                            let set = setAt[at]
                            let first = start[r], last = start[r + 1]
                            for e in first..<last where (set >> (e - first)) & 1 == 1 { sequence[area[e]] |= bit[e] }
                            var ok = true
                            for e in first..<last where !allowed[table[e] + (sequence[area[e]] & mask[e])] {
                                ok = false
                                break
                            }
                            if ok {
                                var extra = 0
                                for c in closeStart[r]..<closeStart[r + 1] {
                                    let a = closes[c]
                                    extra += penalty[penaltyAt[a] + sequence[a]]
                                }
                                let next = total[r] + value[at] + extra
                                if next + bound[r + 1] < best {
                                    choice[r] = index[at]
                                    total[r + 1] = next
                                    r += 1
                                    position[r] = 0
                                    continue
                                }
                            }
                            Self.unapply(set, first..<last, area: area, bit: bit, sequence)
                            position[r] += 1
                        }
                    }
                }
            }
        }
        guard let picked = bestChoice else { return nil }
        return (best, picked)
    }

    /// The cost of a pattern the rotation allows, or nil if some round's set (or, with
    /// `penalties`, some area's sequence) is impossible.
    func cost(of pattern: [Int], values: [[Int]], penalties: [Int]? = nil) -> Int? {
        let penalty = penalties ?? self.penalty
        var sequence = Array(repeating: 0, count: areaCount)
        var total = 0
        for r in 0..<roundCount {
            let v = values[r][pattern[r]]
            if v >= GroupModel.infinity { return nil }
            total += v
            let set = sets[r][pattern[r]]
            for i in memberArea[r].indices where (set >> i) & 1 == 1 { sequence[memberArea[r][i]] |= memberBit[r][i] }
            for a in closing[r] { total += penalty[penaltyStart[a] + sequence[a]] }
        }
        return total < GroupModel.infinity ? total : nil
    }

    /// Where each area's start-time penalties begin in a flat table (area by area, one entry per
    /// mode sequence), as `cheapest(values:incumbent:penalties:)` reads them.
    var penaltyTable: [Int] { penaltyStart }

    /// Takes a round's set out of the areas' sequences (its members are `members` of the flat tables).
    @inline(__always)
    private static func unapply(_ set: Int, _ members: Range<Int>, area: [Int], bit: [Int], _ sequence: UnsafeMutableBufferPointer<Int>) {
        for e in members where (set >> (e - members.lowerBound)) & 1 == 1 { sequence[area[e]] &= ~bit[e] }
    }
}
