/// Chooses one in-person set per round of a group at least total cost, such that every area's
/// sequence of modes across the year is one its rotation allows (both modes, no long runs), adding
/// each area's start-time repeat penalty for its sequence. A depth-first search over rounds, rounds'
/// sets cheapest first, cut by the cheapest sets of the rounds still open.
enum ModePatterns {
    /// `values[r][k]` is the cost of round r with its k-th admissible set (`infinity` if impossible).
    /// Returns the least total and the chosen set index per round, or nil when no pattern is allowed.
    static func cheapest(model m: GroupModel, values: [[Int]]) -> (Int, [Int])? {
        let inf = GroupModel.infinity
        let roundCount = m.rounds.count
        // Where each round's forums sit: area index and position within the area.
        var areaOf = Array(repeating: 0, count: m.slots.count)
        var position = Array(repeating: 0, count: m.slots.count)
        for (a, members) in m.areas.enumerated() {
            for (p, f) in members.enumerated() { areaOf[f] = a; position[f] = p }
        }
        let orders = values.map { v in v.indices.filter { v[$0] < inf }.sorted { (v[$0], $0) < (v[$1], $1) } }
        if orders.contains(where: \.isEmpty) { return nil }
        var suffix = Array(repeating: 0, count: roundCount + 1)
        for r in stride(from: roundCount - 1, through: 0, by: -1) { suffix[r] = suffix[r + 1] + values[r][orders[r][0]] }
        // Areas whose last forum is in round r: checked (and their start penalty added) after round r.
        var closing = Array(repeating: [Int](), count: roundCount)
        for (a, members) in m.areas.enumerated() { if let last = members.last { closing[m.roundOf[last]].append(a) } }

        var sequence = Array(repeating: 0, count: m.areas.count)
        var choice = Array(repeating: 0, count: roundCount)
        var best = inf
        var bestChoice: [Int]?
        func walk(_ r: Int, _ total: Int) {
            if total + suffix[r] >= best { return }
            if r == roundCount {
                best = total
                bestChoice = choice
                return
            }
            let members = m.rounds[r]
            for k in orders[r] {
                let cost = total + values[r][k]
                if cost + suffix[r + 1] >= best { break }
                let set = m.roundSets[r][k]
                for (i, f) in members.enumerated() where (set >> i) & 1 == 1 { sequence[areaOf[f]] |= 1 << position[f] }
                var extra = 0
                var ok = true
                for f in members {
                    let a = areaOf[f]
                    let length = position[f] + 1
                    if !m.completable[a][length][sequence[a] & ((1 << length) - 1)] { ok = false; break }
                }
                if ok {
                    for a in closing[r] { extra += m.startPenalty[a][sequence[a]] }
                    choice[r] = k
                    walk(r + 1, cost + extra)
                }
                for (i, f) in members.enumerated() where (set >> i) & 1 == 1 { sequence[areaOf[f]] &= ~(1 << position[f]) }
            }
        }
        walk(0, 0)
        guard let picked = bestChoice else { return nil }
        return (best, picked)
    }
}
