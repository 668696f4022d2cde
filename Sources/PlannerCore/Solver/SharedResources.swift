/// The venues, interpreter pools and facilitators used by more than one group, with their daily limits.
struct SharedResources {
    /// Per slot and option: the shared resources it takes on its day (resource index × span + day offset).
    private let takes: [[[Int]]]
    private let capacity: [Int]
    private let span: Int
    private let baseDay: Int

    typealias Usage = [Int: Int]

    init(slots: [ForumSlot], members: [[Int]], problem: PlanningProblem, switches: BranchAndBound.Switches) {
        var groupOf = Array(repeating: 0, count: slots.count)
        for (g, part) in members.enumerated() { for f in part { groupOf[f] = g } }
        var venueGroups: [Int: Set<Int>] = [:], poolGroups: [Int: Set<Int>] = [:], facGroups: [Int: Set<Int>] = [:]
        for (f, slot) in slots.enumerated() {
            for o in slot.options where o.venue >= 0 { venueGroups[o.venue, default: []].insert(groupOf[f]) }
            for p in slot.pools { poolGroups[p, default: []].insert(groupOf[f]) }
            for fac in slot.facilitators { facGroups[fac, default: []].insert(groupOf[f]) }
        }
        // Resource numbering: shared venues, then pools, then facilitators, each in index order.
        var index: [String: Int] = [:]
        var capacity: [Int] = []
        if switches.venues {
            for v in venueGroups.keys.sorted() where (venueGroups[v]?.count ?? 0) > 1 { index["v\(v)"] = capacity.count; capacity.append(1) }
        }
        if switches.pools {
            for p in poolGroups.keys.sorted() where (poolGroups[p]?.count ?? 0) > 1 { index["p\(p)"] = capacity.count; capacity.append(problem.interpreterPools[p].perDay) }
        }
        if switches.facilitators {
            for fac in facGroups.keys.sorted() where (facGroups[fac]?.count ?? 0) > 1 {
                index["f\(fac)"] = capacity.count; capacity.append(max(problem.facilitators[fac].maxForumsPerDay, 1))
            }
        }
        let days = slots.flatMap { $0.options.map(\.day) }
        let base = days.min() ?? 0
        let span = (days.max() ?? 0) - base + 1
        self.baseDay = base
        self.span = span
        self.capacity = capacity
        takes = slots.map { slot in
            slot.options.map { o in
                var keys: [Int] = []
                if o.venue >= 0, let r = index["v\(o.venue)"] { keys.append(r) }
                for p in slot.pools { if let r = index["p\(p)"] { keys.append(r) } }
                for fac in slot.facilitators { if let r = index["f\(fac)"] { keys.append(r) } }
                return keys.map { $0 * span + (o.day - base) }
            }
        }
    }

    /// Whether option `k` of slot `f` still fits beside what is booked.
    func fits(_ f: Int, _ k: Int, _ usage: Usage) -> Bool {
        takes[f][k].allSatisfy { (usage[$0] ?? 0) < capacity[$0 / span] }
    }

    /// Whether a group's chosen options fit together beside what is booked.
    func fits(_ part: [Int], _ picked: [Int], _ usage: Usage) -> Bool {
        var trial = usage
        book(part, picked, into: &trial)
        return trial.allSatisfy { key, used in used <= capacity[key / span] }
    }

    func book(_ part: [Int], _ picked: [Int], into usage: inout Usage) {
        for (i, f) in part.enumerated() { for key in takes[f][picked[i]] { usage[key, default: 0] += 1 } }
    }
}
