/// Chooses an area's start times across the year exactly: the fewest repeated start times
/// (the start-time half of the variety rule), earliest start first among equals.
enum StartTimes {
    /// The least penalty and the chosen start for each of the area's meetings, given each one's allowed starts.
    /// - Complexity: the product of the numbers of allowed starts (a few per forum).
    static func choose(_ allowed: [[TimeOfDay]], weight: Int) -> (penalty: Int, starts: [TimeOfDay]) {
        var best = Int.max
        var bestPick: [TimeOfDay] = allowed.map { $0.first ?? TimeOfDay(minutes: 0) }
        var pick: [TimeOfDay] = []
        func walk(_ i: Int, _ pairs: Int) {
            if pairs * weight >= best { return }
            if i == allowed.count {
                best = pairs * weight
                bestPick = pick
                return
            }
            for t in allowed[i] {
                let same = pick.reduce(0) { $0 + ($1 == t ? 1 : 0) }
                pick.append(t)
                walk(i + 1, pairs + same)
                pick.removeLast()
            }
        }
        walk(0, 0)
        return (best == Int.max ? 0 : best, bestPick)
    }
}
