import PlannerBench
import Testing
@testable import PlannerCore

/// The one search for start times (`StartTimes.least`), which the final plan, the group search's
/// relaxation and its plans all use, against trying every assignment.
@Suite("Start times")
struct StartTimesTests {
    /// Every assignment of starts in order (forum 0's earliest first), the first of the least totals
    /// kept: the total and the starts, or nil when some forum has no start.
    static func everyAssignment(_ costs: [[Int?]], pair: Int) -> (total: Int, picks: [Int])? {
        let n = costs.count, width = costs.first?.count ?? 0
        var best: (total: Int, picks: [Int])?
        var picks: [Int] = []
        func walk(_ i: Int) {
            if i == n {
                var total = 0
                for (f, t) in picks.enumerated() { total += costs[f][t]! + picks[..<f].filter { $0 == t }.count * pair }
                if best == nil || total < best!.total { best = (total, picks) }
                return
            }
            for t in 0..<width where costs[i][t] != nil {
                picks.append(t)
                walk(i + 1)
                picks.removeLast()
            }
        }
        walk(0)
        return best
    }

    @Test("the least total and the first starts that give it, as trying every assignment finds, on 2,000 random cases")
    func leastAgreesWithEveryAssignment() {
        var rng = SplitMix64(seed: 17)
        for _ in 0..<2_000 {
            let n = Int(rng.next() % 5), width = 1 + Int(rng.next() % 4)
            let pair = Int(rng.next() % 4) * 3
            // Prices may be below 0 (the relaxation's); one start in five is not allowed.
            let costs: [[Int?]] = (0..<n).map { _ in (0..<width).map { _ in rng.next() % 5 == 0 ? nil : Int(rng.next() % 9) - 3 } }
            var picks = Array(repeating: -2, count: n)
            let total = picks.withUnsafeMutableBufferPointer { buffer in
                StartTimes.least(count: n, width: width, pair: pair, into: buffer.baseAddress) { i, t in costs[i][t] }
            }
            let expected = Self.everyAssignment(costs, pair: pair)
            #expect(total == expected?.total, "costs \(costs), pair \(pair)")
            #expect(picks == (expected?.picks ?? Array(repeating: -1, count: n)), "costs \(costs), pair \(pair)")
        }
    }

    @Test("the final plan's starts: fewest repeats, earliest first among equals; none to choose from gives each forum's first")
    func choose() {
        let (ten, eleven, noon) = (TimeOfDay(minutes: 600), TimeOfDay(minutes: 660), TimeOfDay(minutes: 720))
        let spread = StartTimes.choose([[ten, eleven], [ten, eleven], [ten]], weight: 5)
        #expect(spread.penalty == 5)
        #expect(spread.starts == [ten, eleven, ten])
        let apart = StartTimes.choose([[ten, noon], [ten], [eleven, noon]], weight: 5)
        #expect(apart.penalty == 0)
        #expect(apart.starts == [noon, ten, eleven])
        let stuck = StartTimes.choose([[ten], []], weight: 5)
        #expect(stuck.penalty == 0)
        #expect(stuck.starts == [ten, TimeOfDay(minutes: 0)])
        #expect(StartTimes.choose([], weight: 5).penalty == 0)
    }
}
