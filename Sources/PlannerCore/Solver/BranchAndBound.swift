/// Exact depth-first branch and bound over one independent part of the problem.
///
/// Each forum takes one of its options. The rules about several forums are read from their
/// building blocks (`Switches.capacities` and `Switches.rules`), never from the plan file's
/// rotation, quotas and weights: the hard ones (day capacities, round counts, mode sequences) are
/// kept incrementally; the pair costs (an area's weekdays and start times, a group-round's
/// consecutive days) are added as forums are placed, each at its own area's or group-round's
/// weight. The bound adds, for each unplaced forum, its cheapest option given what is placed, and
/// replaces that by an exact assignment (distinct days) for forums sharing a one-a-day facilitator.
/// Searching the cheapest forum choice first, and stopping only when the bound proves nothing
/// better remains, makes the result optimal; ties are broken by the fixed option order, so the
/// same input always gives the same plan.
final class BranchAndBound {
    struct Result {
        var choice: [Int]?
        var cost: Int
        var lowerBound: Int
        var proven: Bool
        var nodes: Int
        /// Groups of the part handed to a MIP solver one by one (`GroupsSolve.handover`), summed: nil when none was.
        var mip: Proof.MIPRun? = nil
        /// A MIP solver's answer that contradicts the search's (an internal error); nil when none does.
        var contradiction: String? = nil
    }

    /// What the searches keep of the rules about several forums, derived from their building blocks
    /// (`init(blocks:problem:)` in `SearchSwitches.swift`).
    struct Switches {
        /// Every day capacity (facilitators, venues, interpreter pools, any other); nil when the
        /// switches were not derived from blocks (tests of the group search alone).
        var capacities: [SearchCapacity]?
        /// The round counts, mode sequences and pair weights the searches keep; nil as `capacities`
        /// (then every block of the problem's rules).
        var rules: SearchRules?
        /// Stop at the first plan found (to test feasibility).
        var firstOnly = false
    }

    let slots: [ForumSlot]
    let n: Int
    let switches: Switches
    private let budget: Int

    let sameArea: [[Int]]
    private let sameGroupRound: [[Int]]
    /// Per forum: the cost of each pair of it and another of its area's forums on one weekday, and
    /// at one start time; of each pair of it and another of its group's forums in its round on
    /// consecutive days (`SearchRules`; 0 where no block prices them).
    let sameWeekday: [Int]
    private let sameStart: [Int]
    private let adjacentDays: [Int]
    /// Whether some area of the part prices pairs on one weekday (then the Lagrangian bound applies).
    let weekdaysPriced: Bool
    /// Per round count with forums in the part: its forums (indices into `slots`), how many of them
    /// meet in person, and how many are placed in person and online; per forum, the counts it is in.
    private let counts: [[Int]]
    private let countTarget: [Int]
    private var countInPerson: [Int]
    private var countOnline: [Int]
    private let countsOf: [[Int]]
    /// Per mode sequence with forums in the part: its block, its forums (indices into `slots`) in
    /// round order, and whether all its forums are in the part (both modes are checked only then);
    /// per forum, the sequences it is in.
    private let sequences: [ModeSequence]
    private let sequenceMembers: [[Int]]
    private let sequenceWhole: [Bool]
    private let sequencesOf: [[Int]]
    let cliques: [[Int]]
    /// Per clique: the cost of each pair of its forums on consecutive days when they are all of one
    /// group (a clique is one round), else 0.
    let cliqueAdjacent: [Int]
    /// Per clique: the round count over exactly its forums (the count applies to it), else -1.
    let cliqueCount: [Int]

    private let baseDay: Int
    private let span: Int
    /// Per capacity: its daily limit; per forum and option: the capacities it uses; per capacity
    /// and day: how many placed forums use it.
    private let capLimit: [Int]
    private let takes: [[[Int]]]
    private var capUsage: [Int]

    var assigned: [Int]
    private var placed = 0
    var cost = 0
    private var best = Int.max
    private var bestChoice: [Int]?
    private var nodes = 0
    private var aborted = false
    private var foundFirst = false
    private var rootBound = 0
    var inc: [[Int]]
    private var minInc: [Int]
    private var prices: [[Int]]?
    /// Told the nodes, best cost and root bound every 1,024 nodes.
    var progress: PartProgress?

    init(slots: [ForumSlot], problem: PlanningProblem, budget: Int, switches: Switches) {
        self.slots = slots
        n = slots.count
        self.switches = switches
        self.budget = budget
        let rules = switches.rules ?? SearchRules(problem: problem)

        var areaMap: [Int: [Int]] = [:]
        var grMap: [String: [Int]] = [:]
        for (i, s) in slots.enumerated() {
            areaMap[s.areaIndex, default: []].append(i)
            grMap["\(s.groupIndex):\(s.round)", default: []].append(i)
        }
        sameArea = slots.map { s in (areaMap[s.areaIndex] ?? []).filter { slots[$0].round != s.round } }
        sameGroupRound = slots.enumerated().map { i, s in (grMap["\(s.groupIndex):\(s.round)"] ?? []).filter { $0 != i } }
        sameWeekday = slots.map { rules.sameWeekday[$0.areaIndex] ?? 0 }
        sameStart = slots.map { rules.sameStart[$0.areaIndex] ?? 0 }
        let adjacent = slots.map { rules.adjacentDays[SearchRules.GroupRound(group: $0.groupIndex, round: $0.round)] ?? 0 }
        adjacentDays = adjacent
        weekdaysPriced = slots.contains { (rules.sameWeekday[$0.areaIndex] ?? 0) > 0 }

        // The blocks of the part's groups and areas, their forums as indices into `slots` (a forum
        // with no slot here is not planned here).
        let index = Dictionary(slots.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let roundCounts = Set(slots.map(\.groupIndex)).sorted().flatMap { rules.roundCounts[$0] ?? [] }
            .map { count in (block: count, members: count.forums.compactMap { index[$0] }.sorted()) }
            .filter { !$0.members.isEmpty }
        let countMembers = roundCounts.map(\.members)
        counts = countMembers
        countTarget = roundCounts.map(\.block.inPerson)
        countInPerson = Array(repeating: 0, count: countMembers.count)
        countOnline = Array(repeating: 0, count: countMembers.count)
        countsOf = slots.indices.map { f in countMembers.indices.filter { countMembers[$0].contains(f) } }
        let modeSequences = Set(slots.map(\.areaIndex)).sorted().flatMap { rules.sequences[$0] ?? [] }
            .map { sequence in (block: sequence, members: sequence.forums.compactMap { index[$0] }.sorted { slots[$0].round < slots[$1].round }) }
            .filter { !$0.members.isEmpty }
        let sequenceMembers = modeSequences.map(\.members)
        sequences = modeSequences.map(\.block)
        self.sequenceMembers = sequenceMembers
        sequenceWhole = modeSequences.map { $0.block.forums.count == $0.members.count }
        sequencesOf = slots.indices.map { f in sequenceMembers.indices.filter { sequenceMembers[$0].contains(f) } }

        // Cliques for the assignment bound: per round, the forums of the one-a-day facilitator who has most of them.
        let capacities = switches.capacities ?? []
        var cl: [[Int]] = []
        let rounds = Set(slots.map(\.round)).sorted()
        for r in rounds {
            var byFac: [Int: [Int]] = [:]
            for (c, capacity) in capacities.enumerated() where capacity.facilitator != nil && capacity.limit == 1 {
                for (i, s) in slots.enumerated() where s.round == r && capacity.forums?.contains(s.id) ?? true { byFac[c, default: []].append(i) }
            }
            if let best = byFac.keys.sorted().max(by: { (byFac[$0]?.count ?? 0, -$0) < (byFac[$1]?.count ?? 0, -$1) }),
                let members = byFac[best], members.count >= 2
            {
                cl.append(members)
            }
        }
        cliques = cl
        cliqueAdjacent = cl.map { members in Set(members.map { slots[$0].groupIndex }).count == 1 ? adjacent[members[0]] : 0 }
        cliqueCount = cl.map { members in countMembers.firstIndex { Set($0) == Set(members) } ?? -1 }

        let days = slots.flatMap { $0.options.map(\.day) }
        baseDay = days.min() ?? 0
        span = (days.max() ?? 0) - baseDay + 2
        capLimit = capacities.map(\.limit)
        takes = slots.map { slot in slot.options.map { o in capacities.indices.filter { capacities[$0].uses(slot, o) } } }
        capUsage = Array(repeating: 0, count: max(capacities.count, 1) * span)
        assigned = Array(repeating: -1, count: n)
        inc = slots.map { Array(repeating: -1, count: $0.options.count) }
        minInc = Array(repeating: 0, count: n)
    }

    func solve() -> Result {
        if n == 0 { return Result(choice: [], cost: 0, lowerBound: 0, proven: true, nodes: 0) }
        rootBound = -1
        search()
        // A plan whose cost meets the root's proven bound is optimal even if the search stopped early.
        let proven = !aborted || foundFirst || (bestChoice != nil && rootBound >= best)
        let lower = proven ? (bestChoice == nil ? 0 : best) : max(rootBound, 0)
        return Result(choice: bestChoice, cost: bestChoice == nil ? 0 : best, lowerBound: lower, proven: proven, nodes: nodes)
    }

    // MARK: - Feasibility and cost of one option given what is placed

    private func feasible(_ f: Int, _ k: Int, _ o: Option) -> Bool {
        let d = o.day - baseDay
        for c in takes[f][k] where capUsage[c * span + d] >= capLimit[c] { return false }
        for c in countsOf[f] {
            if o.inPerson { if countInPerson[c] >= countTarget[c] { return false } }
            else if countOnline[c] >= counts[c].count - countTarget[c] { return false }
        }
        for s in sequencesOf[f] {
            if let maxRun = sequences[s].maxRun, runLength(f, in: s, inPerson: o.inPerson) > maxRun { return false }
            if sequences[s].bothModes && wouldMissAMode(f, in: s, inPerson: o.inPerson) { return false }
        }
        return true
    }

    private func mode(of g: Int) -> Bool? {
        let k = assigned[g]
        return k < 0 ? nil : slots[g].options[k].inPerson
    }

    /// The run of `inPerson`'s mode through `f` over the mode sequence `s`'s forums in consecutive rounds.
    private func runLength(_ f: Int, in s: Int, inPerson: Bool) -> Int {
        let members = sequenceMembers[s]
        guard let at = members.firstIndex(of: f) else { return 1 }
        var length = 1
        var i = at
        while i > 0, slots[members[i - 1]].round + 1 == slots[members[i]].round, mode(of: members[i - 1]) == inPerson { length += 1; i -= 1 }
        i = at
        while i + 1 < members.count, slots[members[i]].round + 1 == slots[members[i + 1]].round, mode(of: members[i + 1]) == inPerson {
            length += 1; i += 1
        }
        return length
    }

    /// True when the mode sequence `s` has all its forums in the part and every other one is placed
    /// in `inPerson`'s mode, so this one must differ.
    private func wouldMissAMode(_ f: Int, in s: Int, inPerson: Bool) -> Bool {
        guard sequenceWhole[s] else { return false }
        for g in sequenceMembers[s] where g != f { guard let m = mode(of: g), m == inPerson else { return false } }
        return true
    }

    private func incremental(_ f: Int, _ o: Option) -> Int {
        var c = o.cost
        if sameWeekday[f] > 0 {
            for g in sameArea[f] where assigned[g] >= 0 {
                let p = slots[g].options[assigned[g]]
                if p.weekday == o.weekday { c += sameWeekday[f] }
            }
        }
        if adjacentDays[f] > 0 {
            for g in sameGroupRound[f] where assigned[g] >= 0 {
                let diff = slots[g].options[assigned[g]].day - o.day
                if diff == 1 || diff == -1 { c += adjacentDays[f] }
            }
        }
        return c
    }

    // MARK: - Placing and removing

    private func place(_ f: Int, _ k: Int, _ c: Int) {
        let o = slots[f].options[k]
        let d = o.day - baseDay
        for c in takes[f][k] { capUsage[c * span + d] += 1 }
        for c in countsOf[f] { if o.inPerson { countInPerson[c] += 1 } else { countOnline[c] += 1 } }
        assigned[f] = k
        placed += 1
        cost += c
    }

    private func remove(_ f: Int, _ k: Int, _ c: Int) {
        let o = slots[f].options[k]
        let d = o.day - baseDay
        for c in takes[f][k] { capUsage[c * span + d] -= 1 }
        for c in countsOf[f] { if o.inPerson { countInPerson[c] -= 1 } else { countOnline[c] -= 1 } }
        assigned[f] = -1
        placed -= 1
        cost -= c
    }

    // MARK: - Search

    private func search() {
        nodes += 1
        if nodes > budget { aborted = true; return }
        if nodes & 0x3FF == 0, let progress { progress(nodes, best == Int.max ? nil : best, max(rootBound, 0)) }
        if placed == n {
            if cost < best { best = cost; bestChoice = assigned }
            if switches.firstOnly { aborted = true; foundFirst = true }
            // Nothing can beat the root's proven bound: stop, the plan is optimal.
            if rootBound >= 0 && best <= rootBound { aborted = true; foundFirst = true }
            return
        }
        var chosen = -1
        var chosenCount = Int.max
        var simpleBound = cost
        for f in 0..<n where assigned[f] < 0 {
            var count = 0
            var least = Int.max
            let options = slots[f].options
            for k in options.indices {
                let o = options[k]
                if !feasible(f, k, o) { inc[f][k] = -1; continue }
                let c = incremental(f, o)
                inc[f][k] = c
                count += 1
                if c < least { least = c }
            }
            if count == 0 { return }
            minInc[f] = least
            simpleBound += least
            if chosen < 0 || (slots[f].round, count) < (slots[chosen].round, chosenCount) { chosen = f; chosenCount = count }
        }
        guard let roundBound = assignmentBound(simpleBound: simpleBound) else { return }
        var bound = roundBound + varietyBound()
        if prices == nil { prices = tunePrices() }
        if bound < best, let p = prices, weekdaysPriced {
            guard let lagrange = lagrangeBound(p) else { return }
            bound = max(bound, lagrange + startBound())
        }
        if rootBound < 0 { rootBound = bound }
        if bound >= best { return }

        // Options of the chosen forum, cheapest first (stable by option order).
        var order: [(k: Int, c: Int)] = []
        order.reserveCapacity(chosenCount)
        for (k, c) in inc[chosen].enumerated() where c >= 0 { order.append((k, c)) }
        // Try first what the prices say the rest of the year wants (reduced cost), then by cost.
        let price = prices?[chosen]
        func reduced(_ k: Int, _ c: Int) -> Int { c * Self.scale - (price?[slots[chosen].options[k].weekday] ?? 0) }
        order.sort { (reduced($0.k, $0.c), $0.c, $0.k) < (reduced($1.k, $1.c), $1.c, $1.k) }
        let rest = simpleBound - cost - minInc[chosen]
        for (k, c) in order {
            // The node's own bound holds for its whole subtree: stop once the best plan reaches it.
            if bound >= best { break }
            if cost + c + rest >= best { continue }
            place(chosen, k, c)
            let extra = areaStartPenalty(chosen)
            cost += extra
            search()
            cost -= extra
            remove(chosen, k, c)
            if aborted { return }
        }
    }

    /// The start-time part of the variety bound alone (the Lagrangian bound covers weekdays).
    private func startBound() -> Int { varietyBound(weekdaysToo: false) }

    /// The exact start-time variety penalty of the area of `f` once all its forums are placed, else 0.
    private func areaStartPenalty(_ f: Int) -> Int {
        guard sameStart[f] > 0 else { return 0 }
        let members = [f] + sameArea[f]
        guard members.allSatisfy({ assigned[$0] >= 0 }) else { return 0 }
        let allowed = members.sorted { slots[$0].round < slots[$1].round }.map { slots[$0].options[assigned[$0]].starts }
        return StartTimes.choose(allowed, weight: sameStart[f]).penalty
    }

    /// The least variety penalty among forums of one area that are not yet placed: however they are
    /// placed, k forums sharing s possible start times (or w weekdays) make at least the pairs of a
    /// balanced split. Pairs with placed forums are already in the options' costs.
    private func varietyBound(weekdaysToo: Bool = true) -> Int {
        var total = 0
        var seenArea = Set<Int>()
        for f in 0..<n where assigned[f] < 0 && !seenArea.contains(slots[f].areaIndex) {
            seenArea.insert(slots[f].areaIndex)
            guard sameStart[f] > 0 || (weekdaysToo && sameWeekday[f] > 0) else { continue }
            let members = ([f] + sameArea[f]).sorted { slots[$0].round < slots[$1].round }
            let open = members.filter { assigned[$0] < 0 }
            var weekdays = Set<Int>()
            var allowed: [[TimeOfDay]] = []
            for g in members {
                if assigned[g] >= 0 { allowed.append(slots[g].options[assigned[g]].starts); continue }
                var starts = Set<TimeOfDay>()
                for (k, c) in inc[g].enumerated() where c >= 0 {
                    for t in slots[g].options[k].starts { starts.insert(t) }
                    weekdays.insert(slots[g].options[k].weekday)
                }
                allowed.append(starts.sorted())
            }
            // Start times: the exact least repeats given each forum's possible starts (none counted yet);
            // weekdays: pairs among the open forums (pairs with placed ones are in the options' costs).
            if sameStart[f] > 0 { total += StartTimes.choose(allowed, weight: sameStart[f]).penalty }
            if weekdaysToo == false { continue }
            if open.count >= 2 { total += Self.leastPairs(open.count, values: weekdays.count) * sameWeekday[f] }
        }
        return total
    }

    /// The fewest equal pairs among `k` items taking `values` different values.
    static func leastPairs(_ k: Int, values: Int) -> Int {
        guard values > 0 else { return 0 }
        let q = k / values, r = k % values
        return r * (q + 1) * q / 2 + (values - r) * q * (q - 1) / 2
    }

    /// The exact least cost of a clique's open forums on distinct days (with the cost of pairs on
    /// consecutive days, and the in-person count when a round count is over exactly the clique),
    /// each option's cost scaled and less its weekday price; and the weekday each open forum takes.
    func cliqueBound(_ ci: Int, open: [Int], prices: [[Int]]?, scale: Int) -> (value: Int, weekdays: [Int])? {
        let count = cliqueCount[ci]
        let quota = count >= 0
        let (days, layers, weekdayOf) = dayMatrix(open: open, prices: prices, scale: scale, splitModes: quota)
        let spread = cliqueAdjacent[ci] * scale
        let target = quota ? countTarget[count] - countInPerson[count] : nil
        guard let (value, picks) = RoundBound.minimumCost(layers, days: days, spread: spread, inPersonTarget: target) else { return nil }
        return (value, picks.map { $0 >= 0 ? weekdayOf[$0] : -1 })
    }

    /// For the open forums: the days any of them can take, the least (scaled, priced) cost of each
    /// forum on each day (one layer, or online and in-person layers), and each day's weekday.
    private func dayMatrix(open: [Int], prices: [[Int]]?, scale: Int, splitModes: Bool) -> (days: [Int], layers: [[[Int]]], weekdays: [Int]) {
        var days: [Int] = []
        for f in open { for (k, c) in inc[f].enumerated() where c >= 0 { days.append(slots[f].options[k].day) } }
        days = Array(Set(days)).sorted()
        var columns: [Int: Int] = [:]
        for (j, d) in days.enumerated() { columns[d] = j }
        let empty = Array(repeating: Array(repeating: Assignment.infinity, count: days.count), count: open.count)
        var layers = splitModes ? [empty, empty] : [empty]
        var weekdayOf = Array(repeating: 0, count: days.count)
        for (row, f) in open.enumerated() {
            for (k, c) in inc[f].enumerated() where c >= 0 {
                let o = slots[f].options[k]
                guard let col = columns[o.day] else { continue }
                weekdayOf[col] = o.weekday
                let v = c * scale - (prices?[f][o.weekday] ?? 0)
                let layer = splitModes && o.inPerson ? 1 : 0
                if v < layers[layer][row][col] { layers[layer][row][col] = v }
            }
        }
        return (days, layers, weekdayOf)
    }

    /// The simple bound, improved by an exact assignment of distinct days for each clique; nil if a clique cannot fit.
    private func assignmentBound(simpleBound: Int) -> Int? {
        var bound = simpleBound
        for (ci, clique) in cliques.enumerated() {
            let open = clique.filter { assigned[$0] < 0 }
            guard open.count >= 2 else { continue }
            let exactOrNil: Int?
            if open.count <= RoundBound.maxForums {
                exactOrNil = cliqueBound(ci, open: open, prices: nil, scale: 1)?.value
            } else {
                let (days, layers, _) = dayMatrix(open: open, prices: nil, scale: 1, splitModes: false)
                exactOrNil = Assignment.minimumCost(layers[0], columns: days.count)
            }
            guard let exact = exactOrNil else { return nil }
            bound += exact - open.reduce(0) { $0 + minInc[$1] }
        }
        return bound
    }
}
