import PlannerBench
import Testing
@testable import PlannerCore

/// The round side's parts against brute force: the day DP (`RoundValue`) and the choice of one
/// in-person set per round (`ModePatterns`).
@Suite("Round side")
struct RoundSideTests {
    /// The least cost of rows on distinct days (spread penalty between used consecutive days), by trying every assignment.
    static func bruteForce(_ rows: [[Int]], days: [Int], spread: Int) -> Int {
        let inf = GroupModel.infinity
        var best = inf
        var taken = Array(repeating: -1, count: days.count)
        func place(_ i: Int, _ total: Int) {
            if i == rows.count {
                var extra = 0
                for j in days.indices.dropFirst() where taken[j] >= 0 && taken[j - 1] >= 0 && days[j] - days[j - 1] == 1 { extra += spread }
                best = min(best, total + extra)
                return
            }
            for j in days.indices where taken[j] < 0 && rows[i][j] < inf {
                taken[j] = i
                place(i + 1, total + rows[i][j])
                taken[j] = -1
            }
        }
        place(0, 0)
        return best
    }

    /// `count` ascending days with gaps now and then, so that some neighbours are not consecutive.
    static func days(_ count: Int, using rng: inout SplitMix64) -> [Int] {
        var days: [Int] = []
        var day = 10
        for _ in 0..<count { day += Int.random(in: 0..<4, using: &rng) == 0 ? 2 : 1; days.append(day) }
        return days
    }

    @Test("the day DP finds the brute-force optimum, and the days it gives cost exactly that")
    func dayDP() {
        var rng = SplitMix64(seed: 5)
        var solver = RoundValue()
        let inf = GroupModel.infinity
        for trial in 0..<300 {
            let k = Int.random(in: 1...4, using: &rng)
            let d = Int.random(in: k...7, using: &rng)
            let days = Self.days(d, using: &rng)
            let rows = (0..<k).map { _ in (0..<d).map { _ in Int.random(in: 0..<6, using: &rng) == 0 ? inf : Int.random(in: -50...80, using: &rng) } }
            let spread = trial % 2 == 0 ? 0 : 16
            let flat = rows.flatMap { $0 }
            let value = solver.least(flat, offsets: (0..<k).map { $0 * d }, days: days, spread: spread)
            let expected = Self.bruteForce(rows, days: days, spread: spread)
            #expect(value == expected, "trial \(trial)")
            guard expected < inf else { continue }
            let columns = solver.columns()
            #expect(Set(columns).count == k && columns.allSatisfy { $0 >= 0 }, "trial \(trial): \(columns)")
            var cost = zip(rows, columns).reduce(0) { $0 + $1.0[$1.1] }
            for j in days.indices.dropFirst() where columns.contains(j) && columns.contains(j - 1) && days[j] - days[j - 1] == 1 { cost += spread }
            #expect(cost == value, "trial \(trial)")
        }
    }

    @Test("the day DP in 32 bits gives the 64-bit value and days, up to 8 rows; costs too large for 32 bits stay exact")
    func narrowTable() {
        var rng = SplitMix64(seed: 11)
        var narrow = RoundValue()
        var wide = RoundValue()
        let inf = GroupModel.infinity
        for trial in 0..<400 {
            let k = Int.random(in: 1...8, using: &rng)
            let d = Int.random(in: k...24, using: &rng)
            let days = Self.days(d, using: &rng)
            // Every 8th trial has a cost beyond the 32-bit table's range, so the 64-bit table is used.
            let large = trial % 8 == 7 ? 1 << 40 - 1 : 2_000
            let rows = (0..<k).map { _ in
                (0..<d).map { _ in Int.random(in: 0..<4, using: &rng) == 0 ? inf : Int.random(in: -large...large, using: &rng) }
            }
            let spread = trial % 2 == 0 ? 0 : 16
            let flat = rows.flatMap { $0 }
            let offsets = (0..<k).map { $0 * d }
            let value = narrow.least(flat, offsets: offsets, days: days, spread: spread)
            let expected = wide.least(flat, offsets: offsets, days: days, spread: spread, narrow: false)
            #expect(value == expected, "trial \(trial)")
            if expected < inf { #expect(narrow.columns() == wide.columns(), "trial \(trial)") }
            if k <= 4, d <= 7 { #expect(expected == Self.bruteForce(rows, days: days, spread: spread), "trial \(trial)") }
        }
    }

    @Test("the pattern search finds the cheapest allowed pattern, with or without a starting pattern")
    func patterns() throws {
        let p = InstanceGenerator.generate(areas: 5, seed: 3, template: TestProblems.template())
        let model = try #require(GroupSearchTests.model(p))
        var rng = SplitMix64(seed: 9)
        let sets = model.roundSets.map(\.count)
        // Every pattern, with its cost or nil when the rotation forbids it.
        func allPatterns() -> [[Int]] {
            sets.reduce([[]]) { partial, count in partial.flatMap { prefix in (0..<count).map { prefix + [$0] } } }
        }
        func allowed(_ pattern: [Int]) -> Bool {
            model.areas.enumerated().allSatisfy { a, members in
                let seq = members.enumerated().reduce(0) { s, entry in
                    let f = entry.element
                    let ri = model.roundOf[f]
                    let row = model.rounds[ri].firstIndex(of: f) ?? 0
                    return s | (((model.roundSets[ri][pattern[ri]] >> row) & 1) << entry.offset)
                }
                return model.completable[a][members.count][seq]
            }
        }
        let legal = allPatterns().filter(allowed)
        #expect(!legal.isEmpty)
        for trial in 0..<20 {
            let values = sets.map { count in (0..<count).map { _ in Int.random(in: 0..<8, using: &rng) == 0 ? GroupModel.infinity : Int.random(in: 0...400, using: &rng) } }
            let costs = legal.compactMap { model.patterns.cost(of: $0, values: values) }
            let found = model.patterns.cheapest(values: values)
            #expect(found?.0 == costs.min(), "trial \(trial)")
            if let found { #expect(model.patterns.cost(of: found.1, values: values) == found.0) }
            // Starting from any allowed pattern gives the same least cost.
            let start = legal[trial % legal.count]
            #expect(model.patterns.cheapest(values: values, incumbent: start)?.0 == costs.min(), "trial \(trial), from \(start)")
        }
    }
}
