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
    private let memberTable: [[Int]]
    private let memberMask: [[Int]]
    /// The sets of each round (bit i: the round's i-th forum in person).
    private let sets: [[Int]]
    /// `completable[table + prefix]`: some sequence the rotation allows starts with this prefix.
    private let completable: [Bool]
    /// Per area: its start-time penalty table's start (into `penalty`); per round, the areas it closes.
    private let penaltyStart: [Int]
    private let penalty: [Int]
    private let closing: [[Int]]

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
        memberTable = rounds.map { $0.map { tableStart[areaOf[$0]][position[$0] + 1] } }
        memberMask = rounds.map { $0.map { (1 << (position[$0] + 1)) - 1 } }
        self.sets = sets
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
        let inf = GroupModel.infinity
        let penalty = penalties ?? self.penalty
        let orders = values.map { v in v.indices.filter { v[$0] < inf }.sorted { (v[$0], $0) < (v[$1], $1) } }
        if orders.contains(where: \.isEmpty) { return nil }
        var suffix = Array(repeating: 0, count: roundCount + 1)
        for r in stride(from: roundCount - 1, through: 0, by: -1) { suffix[r] = suffix[r + 1] + values[r][orders[r][0]] }
        var sequence = Array(repeating: 0, count: areaCount)
        var best = inf
        var bestChoice: [Int]?
        if let incumbent, let value = cost(of: incumbent, values: values, penalties: penalty) {
            best = value
            bestChoice = incumbent
        }
        var choice = Array(repeating: 0, count: roundCount)
        var position = Array(repeating: 0, count: roundCount + 1)
        var total = Array(repeating: 0, count: roundCount + 1)
        var r = 0
        while true {
            if r == roundCount {
                if total[r] < best { best = total[r]; bestChoice = choice }
                r -= 1
                unapply(r, orders[r][position[r]], &sequence)
                position[r] += 1
                continue
            }
            let exhausted = position[r] >= orders[r].count
                || total[r] + values[r][orders[r][position[r]]] + suffix[r + 1] >= best
            if exhausted {
                if r == 0 { break }
                r -= 1
                unapply(r, orders[r][position[r]], &sequence)
                position[r] += 1
                continue
            }
            let k = orders[r][position[r]]
            let set = sets[r][k]
            var ok = true
            for i in memberArea[r].indices {
                let a = memberArea[r][i]
                if (set >> i) & 1 == 1 { sequence[a] |= memberBit[r][i] }
            }
            for i in memberArea[r].indices where !completable[memberTable[r][i] + (sequence[memberArea[r][i]] & memberMask[r][i])] {
                ok = false
                break
            }
            if ok {
                var extra = 0
                for a in closing[r] { extra += penalty[penaltyStart[a] + sequence[a]] }
                let next = total[r] + values[r][k] + extra
                if next + suffix[r + 1] < best {
                    choice[r] = k
                    total[r + 1] = next
                    r += 1
                    position[r] = 0
                    continue
                }
            }
            unapply(r, k, &sequence)
            position[r] += 1
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

    private func unapply(_ r: Int, _ k: Int, _ sequence: inout [Int]) {
        let set = sets[r][k]
        for i in memberArea[r].indices where (set >> i) & 1 == 1 { sequence[memberArea[r][i]] &= ~memberBit[r][i] }
    }
}
