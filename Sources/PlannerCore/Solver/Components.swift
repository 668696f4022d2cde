/// Splits the forums into independent parts: forums that share no building block of a rule
/// (`RuleBlock`: a facilitator, venue or interpreter pool, a round's quota, an area's modes, a pair
/// cost, a governor), no area and no group-round can be planned separately, and the year's optimum is the sum
/// of the parts'.
enum Components {
    /// Groups of slot indices, each sorted, in order of their first slot.
    ///
    /// Forums are linked by every building block of the rules switched on (`blocks`), and by area
    /// and group-round, the units the group search plans. A matching block (governors) links the
    /// forums each governor covers, so forums that may compete for one governor are in one part
    /// and its plan is scored, and handed to a MIP solver when unproven, as a whole.
    static func split(_ slots: [ForumSlot], blocks: [DeclaredBlock]) -> [[Int]] {
        var parent = Array(0..<slots.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        struct GroupRound: Hashable { var group: Int, round: Int }
        var firstOfArea: [Int: Int] = [:]
        var firstOfGroupRound: [GroupRound: Int] = [:]
        for (i, slot) in slots.enumerated() {
            if let j = firstOfArea[slot.areaIndex] { union(i, j) } else { firstOfArea[slot.areaIndex] = i }
            let key = GroupRound(group: slot.groupIndex, round: slot.round)
            if let j = firstOfGroupRound[key] { union(i, j) } else { firstOfGroupRound[key] = i }
        }
        let venues = slots.map { slot in Set(slot.options.filter(\.inPerson).compactMap(\.meeting.venue)) }
        for declared in blocks {
            for linked in links(declared.block, slots, inPersonVenues: venues) {
                guard let first = linked.first else { continue }
                for i in linked.dropFirst() { union(i, first) }
            }
        }
        var parts: [Int: [Int]] = [:]
        for i in slots.indices { parts[find(i), default: []].append(i) }
        return parts.keys.sorted().compactMap { parts[$0] }
    }

    /// The sets of slots a block links: for a day capacity, those with an option that uses it
    /// (`inPersonVenues`: per slot, the venues of its in-person options); for a matching, per
    /// governor, the forums of the areas they cover.
    static func links(_ block: RuleBlock, _ slots: [ForumSlot], inPersonVenues: [Set<Venue.ID>]) -> [[Int]] {
        func among(_ forums: Set<ForumID>) -> [[Int]] { [slots.indices.filter { forums.contains(slots[$0].id) }] }
        switch block {
        case .dayCapacity(let c):
            return [slots.indices.filter { f in
                guard c.forums?.contains(slots[f].id) ?? true, !slots[f].options.isEmpty else { return false }
                return c.venues.map { !inPersonVenues[f].isDisjoint(with: $0) } ?? true
            }]
        case .roundCount(let r): return among(r.forums)
        case .modeSequence(let s): return among(Set(s.forums))
        case .pairCost(let p): return among(p.forums)
        case .matching(let m): return m.helpers.map { helper in slots.indices.filter { helper.covers(slots[$0].area) } }
        }
    }
}
