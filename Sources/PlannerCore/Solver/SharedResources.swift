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
        // The forums that may use each capacity: its own forums, or those with an in-person option
        // at one of its venues, found through indices rather than by testing every forum.
        let slotIndex = Dictionary(slots.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var atVenue: [Int: [Int]] = [:]
        for (f, slot) in slots.enumerated() {
            for v in Set(slot.options.lazy.filter(\.inPerson).map(\.venue)).sorted() { atVenue[v, default: []].append(f) }
        }
        func users(_ cap: SearchCapacity) -> [Int] {
            let candidates: [Int]
            if let forums = cap.forums {
                candidates = forums.compactMap { slotIndex[$0] }.sorted()
            } else if let venues = cap.venues {
                candidates = Set(venues.flatMap { atVenue[$0] ?? [] }).sorted()
            } else {
                candidates = Array(slots.indices)
            }
            return candidates.filter { f in slots[f].options.contains { cap.uses(slots[f], $0) } }
        }
        // Resource numbering: the shared capacities, in block order, with the forums that use each.
        var capacity: [Int] = []
        var sharedUsers: [(capacity: Int, forums: [Int])] = []
        for (c, cap) in all.enumerated() {
            let forums = users(cap)
            guard Set(forums.map { groupOf[$0] }).count > 1 else { continue }
            sharedUsers.append((c, forums))
            capacity.append(cap.limit)
        }
        let days = slots.flatMap { $0.options.map(\.day) }
        let base = days.min() ?? 0
        let span = (days.max() ?? 0) - base + 1
        self.baseDay = base
        self.span = span
        self.capacity = capacity
        var takes: [[[Int]]] = slots.map { Array(repeating: [], count: $0.options.count) }
        for (r, shared) in sharedUsers.enumerated() {
            let cap = all[shared.capacity]
            for f in shared.forums {
                for (k, o) in slots[f].options.enumerated() where cap.uses(slots[f], o) { takes[f][k].append(r * span + (o.day - base)) }
            }
        }
        self.takes = takes
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
