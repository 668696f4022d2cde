/// Splits the forums into independent parts: forums that share no facilitator, venue, interpreter
/// pool, area or group-round can be planned separately, and the year's optimum is the sum of the parts'.
enum Components {
    /// Groups of slot indices, each sorted, in order of their first slot.
    static func split(_ slots: [ForumSlot]) -> [[Int]] {
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
        var firstByKey: [String: Int] = [:]
        func link(_ key: String, _ i: Int) {
            if let j = firstByKey[key] { union(i, j) } else { firstByKey[key] = i }
        }
        for (i, slot) in slots.enumerated() {
            link("area:\(slot.areaIndex)", i)
            link("group-round:\(slot.groupIndex):\(slot.round)", i)
            for f in slot.facilitators { link("facilitator:\(f)", i) }
            for p in slot.pools { link("pool:\(p)", i) }
            var venues = Set<Int>()
            for o in slot.options where o.venue >= 0 { venues.insert(o.venue) }
            for v in venues.sorted() { link("venue:\(v)", i) }
        }
        var parts: [Int: [Int]] = [:]
        for i in slots.indices { parts[find(i), default: []].append(i) }
        return parts.keys.sorted().compactMap { parts[$0] }
    }
}
