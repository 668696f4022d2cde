/// Minimum-cost assignment of rows to distinct columns (Hungarian method with potentials).
///
/// Used as a lower bound: forums that share a facilitator who can do one forum a day must take
/// distinct days. - Complexity: O(n² m) for n rows and m ≥ n columns.
enum Assignment {
    static let infinity = 1 << 40

    /// The least total cost, or nil when no assignment avoids an infinite entry.
    static func minimumCost(_ cost: [[Int]], columns m: Int) -> Int? {
        let n = cost.count
        if n == 0 { return 0 }
        if m < n { return nil }
        var u = [Int](repeating: 0, count: n + 1)
        var v = [Int](repeating: 0, count: m + 1)
        var p = [Int](repeating: 0, count: m + 1)
        var way = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            p[0] = i
            var j0 = 0
            var minv = [Int](repeating: Int.max, count: m + 1)
            var used = [Bool](repeating: false, count: m + 1)
            repeat {
                used[j0] = true
                let i0 = p[j0]
                var delta = Int.max
                var j1 = 0
                for j in 1...m where !used[j] {
                    let cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j] { minv[j] = cur; way[j] = j0 }
                    if minv[j] < delta { delta = minv[j]; j1 = j }
                }
                if delta >= infinity / 2 { return nil }
                for j in 0...m {
                    if used[j] { u[p[j]] += delta; v[j] -= delta } else { minv[j] -= delta }
                }
                j0 = j1
            } while p[j0] != 0
            repeat {
                let j1 = way[j0]
                p[j0] = p[j1]
                j0 = j1
            } while j0 != 0
        }
        var total = 0
        for j in 1...m where p[j] != 0 { total += cost[p[j] - 1][j - 1] }
        return total >= infinity / 2 ? nil : total
    }
}
