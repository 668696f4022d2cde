/// One group's forums laid out for the group search: rounds, their days, each forum's cheapest
/// option per mode and day, and each area's admissible mode sequences across the year.
///
/// It applies when every round of the group has a one-a-day facilitator (the coordinator) at all
/// its forums: then a round is exactly "each forum on its own day", solved by `RoundBound`, and the
/// group's other one-a-day resources (its venues, leads, interpreter bookings) cannot clash inside
/// the group. Costs are scaled by `scale` so that weekday prices can be fractional.
///
/// Start times: when each forum's start times and costs depend only on its mode (Surrey), an
/// area's least start-time repeats are worked out once per mode sequence (`startPenalty`). When
/// they differ between a forum's options of one mode (a poll, a rule that costs more at one start),
/// the model keeps every (forum, mode, day, start) cost (`startCost`) and the relaxation prices
/// start times as it prices weekdays (`GroupRelaxation`).
struct GroupModel {
    static let scale = 16
    static let weekdays = 7
    static let infinity = Assignment.infinity
    static let maxSetsPerRound = 16
    /// The most distinct start times a group may have when start times are priced (bits of a mask).
    static let maxStartTimes = 16

    let slots: [ForumSlot]
    /// The pair weights the relaxation's price steps read: the plan file's, with the variety and
    /// spread weights replaced by the most any of the group's areas or rounds has (0 when no block
    /// prices them). The exact weights are per area and round, below.
    let weights: Weights
    /// Per area (as in `areas`): the scaled cost of each pair of its forums on one weekday, and at
    /// one start time; per round (as in `rounds`): of each pair of its forums on consecutive days.
    /// From the pair-cost blocks (`SearchRules`); 0 where none.
    let weekdayPairs: [Int]
    let startPairs: [Int]
    let adjacentPairs: [Int]
    /// Per forum: its area's index in `areas`.
    let areaOf: [Int]

    /// The scaled cost of each pair of an area's forums (`members`, one of `areas`) on one weekday.
    func weekdayPair(_ members: [Int]) -> Int { members.first.map { weekdayPairs[areaOf[$0]] } ?? 0 }
    /// The scaled cost of each pair of an area's forums (`members`, one of `areas`) at one start time.
    func startPair(_ members: [Int]) -> Int { members.first.map { startPairs[areaOf[$0]] } ?? 0 }
    let switches: BranchAndBound.Switches
    /// Forums (indices into `slots`) of each round, in slot order.
    let rounds: [[Int]]
    /// Days each round's forums can take, ascending, and their weekdays.
    let days: [[Int]]
    let weekdayOf: [[Int]]
    /// The most days any round has.
    let maxDays: Int
    /// Per forum: its round's index and its row within the round.
    let roundOf: [Int]
    /// Per forum, mode (0 online, 1 in person) and day column: the cheapest option (-1 if none).
    let bestOption: [[[Int]]]
    /// The scaled cost of `bestOption` (cost × scale + extra), or `infinity`.
    let bestCost: [[[Int]]]
    /// Per forum: the weekdays (bit w) on which it has some option.
    let weekdayMask: [Int]
    /// The in-person sets each round may take (bit i: the round's forum i in person).
    let roundSets: [[Int]]
    /// Forums of each area in round order.
    let areas: [[Int]]
    /// Per area, prefix length and prefix (bit r: its r-th forum in person): whether some mode
    /// sequence the rotation allows starts so. At full length: whether the rotation allows it.
    let completable: [[[Bool]]]
    /// Per area and mode sequence: the least start-time repeat penalty, scaled.
    let startPenalty: [[Int]]
    /// The search for each round's in-person set, built from the tables above.
    let patterns: ModePatterns
    /// The group's start times, ascending, when some forum's start times or costs differ between
    /// its options of one mode; empty otherwise (then `startPenalty` is exact and the tables below are empty).
    let startTimes: [TimeOfDay]
    /// Per forum and mode, flat by day column then start (`column * startTimes.count + t`): the
    /// cheapest option at that day and start (-1 if none) and its scaled cost (or `infinity`).
    let startOption: [[[Int]]]
    let startCost: [[[Int]]]
    /// Per forum and mode: the starts (bit t) it has on some day.
    let startMask: [[Int]]

    /// Whether start times are priced in the relaxation and branched on by the search.
    var startsVary: Bool { !startTimes.isEmpty }
    /// Width of a forum's price row: weekdays, then start times.
    var priceWidth: Int { Self.weekdays + startTimes.count }

    /// Why the group search cannot take a part: the forum-by-forum search takes it instead, and
    /// the plan's `Proof` says so.
    enum StepAside: Error, Sendable, Hashable, CustomStringConvertible {
        case noForums
        case facilitatorRuleOff
        case roundTooLarge(round: Int, forums: Int)
        case noOneADayCoordinator(round: Int)
        case tooManyStartTimes(count: Int)
        case tooManyInPersonSets(round: Int, sets: Int)

        var description: String {
            switch self {
            case .noForums: return "the part has no forums"
            case .facilitatorRuleOff: return "facilitator-one-place-a-day is switched off, so no round is one forum a day"
            case .roundTooLarge(let round, let forums):
                return "round \(round) has \(forums) forums in the part (the group search takes at most \(RoundBound.maxForums))"
            case .noOneADayCoordinator(let round):
                return "round \(round)'s forums share no facilitator limited to one forum a day"
            case .tooManyStartTimes(let count):
                return "the part's forums have \(count) different start times whose costs differ between options (the group search takes at most \(GroupModel.maxStartTimes))"
            case .tooManyInPersonSets(let round, let sets):
                return "round \(round) allows \(sets) sets of in-person forums (the group search takes at most \(GroupModel.maxSetsPerRound)): its modes are nearly free"
            }
        }
    }

    /// - Throws: `StepAside` when the shortcut does not apply (no shared one-a-day facilitator in
    ///   some round, too many forums or in-person sets in a round, or more than `maxStartTimes`
    ///   start times where they differ between options of one forum and mode).
    init(slots: [ForumSlot], problem: PlanningProblem, facilitatorLimit: [Int], switches: BranchAndBound.Switches, extra: [[Int]]? = nil) throws(StepAside) {
        guard !slots.isEmpty else { throw .noForums }
        guard switches.facilitators else { throw .facilitatorRuleOff }
        self.slots = slots
        self.switches = switches
        let rules = switches.rules ?? SearchRules(problem: problem)
        let s = Self.scale
        let roundNumbers = Set(slots.map(\.round)).sorted()
        var rounds: [[Int]] = []
        var roundOf = Array(repeating: 0, count: slots.count)
        for (ri, r) in roundNumbers.enumerated() {
            let members = slots.indices.filter { slots[$0].round == r }
            guard members.count <= RoundBound.maxForums else { throw .roundTooLarge(round: r, forums: members.count) }
            let shared = members.dropFirst().reduce(Set(slots[members[0]].facilitators)) { $0.intersection(slots[$1].facilitators) }
            guard members.count == 1 || shared.contains(where: { $0 < facilitatorLimit.count && facilitatorLimit[$0] == 1 }) else {
                throw .noOneADayCoordinator(round: r)
            }
            for f in members { roundOf[f] = ri }
            rounds.append(members)
        }
        self.rounds = rounds
        self.roundOf = roundOf
        var days: [[Int]] = []
        var weekdayOf: [[Int]] = []
        for members in rounds {
            var map: [Int: Int] = [:]
            for f in members { for o in slots[f].options { map[o.day] = o.weekday } }
            let sorted = map.keys.sorted()
            days.append(sorted)
            weekdayOf.append(sorted.map { map[$0] ?? 0 })
        }
        self.days = days
        self.weekdayOf = weekdayOf
        self.maxDays = days.map(\.count).max() ?? 0

        var byArea: [Int: [Int]] = [:]
        for f in slots.indices { byArea[slots[f].areaIndex, default: []].append(f) }
        let areaIndices = byArea.keys.sorted()
        let areas = areaIndices.map { (byArea[$0] ?? []).sorted { slots[$0].round < slots[$1].round } }
        self.areas = areas
        var areaOf = Array(repeating: 0, count: slots.count)
        for (a, members) in areas.enumerated() { for f in members { areaOf[f] = a } }
        self.areaOf = areaOf
        // The pair weights, from the blocks: per area, and per round of the group.
        let sameStart = areaIndices.map { rules.sameStart[$0] ?? 0 }
        weekdayPairs = areaIndices.map { (rules.sameWeekday[$0] ?? 0) * s }
        startPairs = sameStart.map { $0 * s }
        let adjacent = roundNumbers.map { rules.adjacentDays[SearchRules.GroupRound(group: slots[0].groupIndex, round: $0)] ?? 0 }
        adjacentPairs = adjacent.map { $0 * s }
        var weights = problem.weights
        weights.sameWeekday = areaIndices.map { rules.sameWeekday[$0] ?? 0 }.max() ?? 0
        weights.sameStartTime = sameStart.max() ?? 0
        weights.consecutiveDays = adjacent.max() ?? 0
        self.weights = weights

        // Start times that depend only on the forum's mode are chosen per mode sequence; otherwise
        // every (forum, mode, day, start) keeps its own cost.
        var modeStarts: [[[TimeOfDay]?]] = slots.map { _ in [nil, nil] }
        var vary = false
        for (f, slot) in slots.enumerated() {
            for o in slot.options {
                let m = o.inPerson ? 1 : 0
                if let known = modeStarts[f][m] { if known != o.starts { vary = true } } else { modeStarts[f][m] = o.starts }
            }
        }
        // Repeats of start times are what link an area's starts across rounds; without them the
        // cheapest option per day is exact whatever its starts.
        vary = vary && weights.sameStartTime > 0
        let startTimes = vary ? Set(slots.flatMap { $0.options.flatMap(\.starts) }).sorted() : []
        guard startTimes.count <= Self.maxStartTimes else { throw .tooManyStartTimes(count: startTimes.count) }
        self.startTimes = startTimes
        let startIndex = Dictionary(startTimes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let t = startTimes.count
        var bestOption: [[[Int]]] = []
        var bestCost: [[[Int]]] = []
        var startOption: [[[Int]]] = []
        var startCost: [[[Int]]] = []
        var startMask: [[Int]] = []
        for (f, slot) in slots.enumerated() {
            let width = days[roundOf[f]].count
            let columns = Dictionary(days[roundOf[f]].enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            var option = Array(repeating: Array(repeating: -1, count: width), count: 2)
            var cost = Array(repeating: Array(repeating: Self.infinity, count: width), count: 2)
            var byStart = Array(repeating: Array(repeating: -1, count: width * t), count: 2)
            var byStartCost = Array(repeating: Array(repeating: Self.infinity, count: width * t), count: 2)
            var mask = [0, 0]
            for (k, o) in slot.options.enumerated() {
                let m = o.inPerson ? 1 : 0
                let add = extra?[f][k] ?? 0
                guard add < Self.infinity, let j = columns[o.day] else { continue }
                let c = o.cost * s + add
                if c < cost[m][j] { cost[m][j] = c; option[m][j] = k }
                for start in o.starts {
                    guard let i = startIndex[start] else { continue }
                    mask[m] |= 1 << i
                    if c < byStartCost[m][j * t + i] { byStartCost[m][j * t + i] = c; byStart[m][j * t + i] = k }
                }
            }
            bestOption.append(option)
            bestCost.append(cost)
            startOption.append(byStart)
            startCost.append(byStartCost)
            startMask.append(mask)
        }
        self.startOption = startOption
        self.startCost = startCost
        self.startMask = startMask
        self.bestOption = bestOption
        self.bestCost = bestCost
        weekdayMask = slots.indices.map { f in
            let ri = roundOf[f]
            return days[ri].indices.reduce(0) { mask, j in
                bestCost[f][0][j] < Self.infinity || bestCost[f][1][j] < Self.infinity ? mask | (1 << weekdayOf[ri][j]) : mask
            }
        }

        // Each round count: the round's forums it counts (bit i: the round's forum i) and how many in person.
        let counts = rules.roundCounts[slots[0].groupIndex] ?? []
        roundSets = rounds.map { members in
            let quotas = counts.compactMap { count -> (mask: Int, inPerson: Int)? in
                let mask = Self.mask(members, slots: slots, in: count.forums)
                return mask == 0 ? nil : (mask, count.inPerson)
            }
            return (0..<(1 << members.count)).filter { set in
                if quotas.contains(where: { (set & $0.mask).nonzeroBitCount != $0.inPerson }) { return false }
                return members.enumerated().allSatisfy { i, f in modeStarts[f][(set >> i) & 1] != nil }
            }
        }
        // Free modes in every forum (no rotation table rows, no quota) give up to 2^k sets a round:
        // the forum-by-forum search handles those better.
        if let wide = roundSets.firstIndex(where: { $0.count > Self.maxSetsPerRound }) {
            throw .tooManyInPersonSets(round: roundNumbers[wide], sets: roundSets[wide].count)
        }

        // Each mode sequence: the area's forums it covers (bit i: the area's i-th forum) and their rounds.
        let sequenceAllowed = zip(areaIndices, areas).map { area, members in
            let sequences = (rules.sequences[area] ?? []).map { sequence -> (mask: Int, rounds: [Int], whole: Bool, block: ModeSequence) in
                let mask = Self.mask(members, slots: slots, in: Set(sequence.forums))
                let rounds = members.indices.filter { mask & (1 << $0) != 0 }.map { slots[members[$0]].round }
                return (mask, rounds, rounds.count == sequence.forums.count, sequence)
            }
            return (0..<(1 << members.count)).map { seq in
                sequences.allSatisfy { s in
                    let own = seq & s.mask
                    if s.block.bothModes && s.whole && (own == 0 || own == s.mask) { return false }
                    if let maxRun = s.block.maxRun, Self.longestRun(Self.compress(seq, s.mask), rounds: s.rounds) > maxRun { return false }
                    return true
                }
            }
        }
        completable = zip(areas, sequenceAllowed).map { members, allowed in
            (0...members.count).map { length in
                (0..<(1 << length)).map { prefix in
                    (0..<(1 << (members.count - length))).contains { tail in allowed[prefix | (tail << length)] }
                }
            }
        }
        startPenalty = areas.enumerated().map { a, members in
            (0..<(1 << members.count)).map { seq in
                guard !vary else { return 0 }
                let allowed = members.enumerated().map { i, f in modeStarts[f][(seq >> i) & 1] ?? [] }
                guard allowed.allSatisfy({ !$0.isEmpty }) else { return 0 }
                return StartTimes.choose(allowed, weight: sameStart[a]).penalty * s
            }
        }
        patterns = ModePatterns(rounds: rounds, roundOf: roundOf, areas: areas, sets: roundSets, completable: completable, startPenalty: startPenalty)
    }

    /// Bit i set when the forum `members[i]` is one of `forums`.
    static func mask(_ members: [Int], slots: [ForumSlot], in forums: Set<ForumID>) -> Int {
        members.enumerated().reduce(0) { forums.contains(slots[$1.element].id) ? $0 | (1 << $1.offset) : $0 }
    }

    /// The bits of `seq` at the positions set in `mask`, packed from bit 0 in order.
    static func compress(_ seq: Int, _ mask: Int) -> Int {
        var result = 0, bit = 0, rest = mask
        while rest != 0 {
            let i = rest.trailingZeroBitCount
            rest &= rest - 1
            result |= ((seq >> i) & 1) << bit
            bit += 1
        }
        return result
    }

    /// The longest run of one mode over consecutive round numbers.
    static func longestRun(_ seq: Int, rounds: [Int]) -> Int {
        var longest = 0, run = 0
        for i in rounds.indices {
            let continues = i > 0 && rounds[i] == rounds[i - 1] + 1 && ((seq >> i) & 1) == ((seq >> (i - 1)) & 1)
            run = continues ? run + 1 : 1
            longest = max(longest, run)
        }
        return longest
    }
}
