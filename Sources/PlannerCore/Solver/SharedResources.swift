/// The day capacities (venues, interpreter pools, facilitators, any other) used by more than one
/// group, with their daily limits.
struct SharedResources {
    /// Per slot and option: the shared resources it takes on its day (resource index × span + day offset).
    private let takes: [[[Int]]]
    private let capacity: [Int]
    private let span: Int
    private let baseDay: Int

    typealias Usage = [Int: Int]

    /// The day capacities (`BranchAndBound.Switches.capacities`, from the rules' blocks) that
    /// forums of more than one group use.
    init(slots: [ForumSlot], members: [[Int]], problem: PlanningProblem, switches: BranchAndBound.Switches) {
        var groupOf = Array(repeating: 0, count: slots.count)
        for (g, part) in members.enumerated() { for f in part { groupOf[f] = g } }
        let all = switches.capacities ?? []
        // Resource numbering: the shared capacities, in block order.
        var index: [Int: Int] = [:]
        var capacity: [Int] = []
        for (c, cap) in all.enumerated() {
            var groups = Set<Int>()
            for (f, slot) in slots.enumerated() where slot.options.contains(where: { cap.uses(slot, $0) }) { groups.insert(groupOf[f]) }
            if groups.count > 1 { index[c] = capacity.count; capacity.append(cap.limit) }
        }
        let days = slots.flatMap { $0.options.map(\.day) }
        let base = days.min() ?? 0
        let span = (days.max() ?? 0) - base + 1
        self.baseDay = base
        self.span = span
        self.capacity = capacity
        let shared = index.keys.sorted()
        takes = slots.map { slot in
            slot.options.map { o in
                shared.compactMap { c in all[c].uses(slot, o) ? index[c].map { $0 * span + (o.day - base) } : nil }
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
