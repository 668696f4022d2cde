/// Exact search over one group's year: branch and bound on forums' weekdays, bounded at every node
/// by the Lagrangian relaxation (`GroupRelaxation`).
///
/// At a node, prices are tuned by subgradient steps from the parent's prices. Each evaluation's round
/// side is a real plan, scored exactly and kept when it is the best so far. When the best plan
/// reaches the node's bound, the node is done; otherwise a forum whose two sides disagree on its
/// weekday is split: that weekday, or any other. With priced start times (`GroupModel.startsVary`),
/// once the weekdays agree a forum whose two sides disagree on its start is split the same way.
/// Once every weekday (and start) is fixed the relaxation is exact, so the search is complete. Nodes are searched least bound first, and among equal bounds the newest
/// first (a dive that finds plans early); the order is fixed, so the search is deterministic. When
/// the budget runs out, the least bound of the nodes left is the proven bound.
final class GroupSearch {
    struct Result {
        /// Per forum, the option chosen; nil when there is no plan (or none was found within the budget).
        var choice: [Int]?
        /// Scaled objective of `choice`, and the scaled proven lower bound.
        var value: Int
        var lowerBound: Int
        var proven: Bool
        var nodes: Int
        /// Evaluations of the relaxation (price steps) over the whole search: the work, as nodes
        /// differ in cost (the root takes up to `rootIterations`, every other node up to `childIterations`).
        var evaluations: Int
    }

    let model: GroupModel
    private let budget: Int
    /// Price steps at the root, and at every other node from its parent's best prices. Few child
    /// steps and more nodes proved faster than many steps and fewer nodes (`make bench`: 5- and
    /// 200-area instances).
    static let rootIterations = 400
    static let childIterations = 10
    private var best = GroupModel.infinity
    private var bestChoice: [Int]?
    private var nodes = 0
    private var evaluations = 0
    /// Carried from evaluation to evaluation (the round solvers' buffers, the last pattern).
    private var work = GroupRelaxation.Workspace()
    private var aborted = false
    /// The root's bound (-1 before the root is searched). Kept beside the open nodes' least bound
    /// because a child's few price steps can bound lower than the root's many.
    private var rootBound = -1
    var firstOnly = false
    /// Look only for plans of at most this many points (nil: any); see `SolverOptions.cutoff`.
    var cutoff: Int?
    /// A lower bound known from outside, in points (nil: none); see `SolverOptions.knownBound`.
    var knownBound: Int?
    /// `knownBound` scaled: a plan this cheap is optimal, and the search stops.
    private var known = Int.min
    /// Told the nodes, best cost and least open bound (whole points) every 8 nodes.
    var progress: PartProgress?

    init(model: GroupModel, budget: Int) {
        self.model = model
        self.budget = budget
    }

    /// Searches from zero prices.
    func solve() -> Result {
        let n = model.slots.count
        if let cutoff { best = (min(max(cutoff, -1), GroupModel.infinity / GroupModel.scale - 1) + 1) * GroupModel.scale }
        if let knownBound { known = min(max(knownBound, 0), GroupModel.infinity / GroupModel.scale) * GroupModel.scale }
        let prices = Array(repeating: Array(repeating: 0, count: model.priceWidth), count: n)
        let relaxation = GroupRelaxation(model: model, allowed: Array(repeating: (1 << GroupModel.weekdays) - 1, count: n))
        let openBound = bestFirst(Pending(relaxation: relaxation, prices: prices, theta: 1, bound: Int.min, order: 0))
        let found = bestChoice != nil
        let proven = !aborted || (found && firstOnly)
        let lower = proven ? (found ? best : GroupModel.infinity) : min(max(rootBound, openBound, 0), best)
        return Result(choice: bestChoice, value: found ? best : 0, lowerBound: lower, proven: proven, nodes: nodes, evaluations: evaluations)
    }

    /// The bound a scaled value proves: costs are whole points, so it rounds up to a whole point.
    private func rounded(_ v: Int) -> Int {
        let s = GroupModel.scale
        return v >= 0 ? (v + s - 1) / s * s : -((-v) / s * s)
    }

    /// A node waiting to be searched: its relaxation, its parent's best prices and step, and the
    /// parent's bound.
    private struct Pending {
        var relaxation: GroupRelaxation
        var prices: [[Int]]
        var theta: Double
        var bound: Int
        var order: Int
    }

    /// Searches nodes least bound first (newest first among equals); returns the least bound of
    /// the nodes left when the budget runs out, or `Int.max` when none are left. A node waits with
    /// its parent's bound, which its own can only raise.
    private func bestFirst(_ root: Pending) -> Int {
        var open = [root]
        var made = 0
        while let i = open.indices.min(by: { (open[$0].bound, -open[$0].order) < (open[$1].bound, -open[$1].order) }) {
            let p = open.remove(at: i)
            if best <= known { return Int.max }
            if p.bound >= best { continue }
            if nodes >= budget || aborted {
                aborted = true
                return min(p.bound, open.map(\.bound).min() ?? Int.max)
            }
            nodes += 1
            if nodes % 8 == 0, let progress {
                let s = GroupModel.scale
                let least = max(rootBound, min(p.bound, open.map(\.bound).min() ?? p.bound), 0)
                progress(nodes, bestChoice == nil ? nil : best / s, min(least, best) / s)
            }
            let iterations = p.bound == Int.min ? Self.rootIterations : Self.childIterations
            guard let (bound, split, prices, theta) = expand(p.relaxation, prices: p.prices, iterations: iterations, theta: p.theta) else { continue }
            var keep = p.relaxation
            var other = p.relaxation
            switch split {
            case .weekday(let f, let w):
                keep.allowed[f] = 1 << w
                other.allowed[f] &= ~(1 << w)
            case .start(let f, let t):
                keep.allowedStarts[f] = 1 << t
                other.allowedStarts[f] &= ~(1 << t)
            }
            made += 1
            open.append(Pending(relaxation: other, prices: prices, theta: theta, bound: bound, order: made))
            made += 1
            open.append(Pending(relaxation: keep, prices: prices, theta: theta, bound: bound, order: made))
        }
        return Int.max
    }

    /// What a node is split on: a forum's weekday, or (once the weekdays agree) its start time.
    private enum Split {
        case weekday(forum: Int, weekday: Int)
        case start(forum: Int, start: Int)
    }

    /// Tunes prices at one node; nil when the node is done (no plan, or its bound reaches the
    /// best plan, or its sides agree), else its bound and what to split on.
    private func expand(_ relaxation: GroupRelaxation, prices start: [[Int]], iterations: Int, theta startTheta: Double)
        -> (bound: Int, split: Split, prices: [[Int]], theta: Double)?
    {
        var prices = start
        var bestValue = Int.min
        var bestEval: GroupRelaxation.Evaluation?
        var bestPrices = prices
        var theta = startTheta
        for _ in 0..<max(iterations, 1) {
            guard let e = relaxation.evaluate(prices, work: &work) else { return nil }
            evaluations += 1
            consider(e)
            if aborted || best <= known { return nil }
            if e.value > bestValue { bestValue = e.value; bestEval = e; bestPrices = prices }
            if rounded(bestValue) >= best { break }
            let n = model.slots.count
            guard (0..<n).contains(where: { e.roundWeekday[$0] != e.areaWeekday[$0] || e.roundStart[$0] != e.areaStart[$0] }) else { break }
            let delta = max(Int(Double(model.weights.sameWeekday * GroupModel.scale) * theta), 1)
            let startDelta = max(Int(Double(model.weights.sameStartTime * GroupModel.scale) * theta), 1)
            theta *= 0.95
            for f in 0..<n where e.roundWeekday[f] != e.areaWeekday[f] {
                prices[f][e.areaWeekday[f]] += delta
                prices[f][e.roundWeekday[f]] -= delta
            }
            for f in 0..<n where e.roundStart[f] != e.areaStart[f] && e.roundStart[f] >= 0 && e.areaStart[f] >= 0 {
                prices[f][GroupModel.weekdays + e.areaStart[f]] += startDelta
                prices[f][GroupModel.weekdays + e.roundStart[f]] -= startDelta
            }
        }
        guard let e = bestEval else { return nil }
        let bound = rounded(bestValue)
        if rootBound < 0 { rootBound = bound }
        if bound >= best { return nil }
        if let f = model.slots.indices.first(where: { e.roundWeekday[$0] != e.areaWeekday[$0] }) {
            return (bound, .weekday(forum: f, weekday: e.roundWeekday[f]), bestPrices, theta)
        }
        if let f = model.slots.indices.first(where: { e.roundStart[$0] != e.areaStart[$0] && e.roundStart[$0] >= 0 }) {
            return (bound, .start(forum: f, start: e.roundStart[f]), bestPrices, theta)
        }
        return nil
    }

    /// Scores the round side's plan exactly and keeps it if it is the best so far.
    private func consider(_ e: GroupRelaxation.Evaluation) {
        let m = model
        var total = 0
        for f in m.slots.indices {
            let col = e.column[f]
            guard col >= 0 else { return }
            total += m.bestCost[f][e.mode[f]][col]
        }
        var starts: [Int]?
        if m.startsVary {
            // Each area's starts on the chosen days, chosen exactly: own costs plus repeats.
            total = 0
            var options = Array(repeating: -1, count: m.slots.count)
            for members in m.areas {
                guard let (cost, picked) = cheapestStarts(members, e) else { return }
                total += cost
                for (i, f) in members.enumerated() { options[f] = picked[i] }
            }
            starts = options
        }
        if m.weights.consecutiveDays > 0 {
            // Each day of a round followed by another day of the same round, both used, costs once.
            for (ri, members) in m.rounds.enumerated() {
                let days = m.days[ri]
                for (i, f) in members.enumerated() {
                    let j = e.column[f]
                    guard j + 1 < days.count, days[j + 1] - days[j] == 1 else { continue }
                    // Count each used day once, at the first forum on it.
                    guard !members[..<i].contains(where: { e.column[$0] == j }) else { continue }
                    if members.contains(where: { e.column[$0] == j + 1 }) { total += m.adjacentPairs[ri] }
                }
            }
        }
        if m.weights.sameWeekday > 0 || m.weights.sameStartTime > 0 {
            for (a, members) in m.areas.enumerated() {
                var seq = 0
                for (i, f) in members.enumerated() {
                    seq |= e.mode[f] << i
                    for g in members[..<i] where e.roundWeekday[g] == e.roundWeekday[f] { total += m.weekdayPairs[a] }
                }
                if !m.startsVary { total += m.startPenalty[a][seq] }
            }
        }
        if total < best {
            best = total
            bestChoice = starts ?? m.slots.indices.map { m.bestOption[$0][e.mode[$0]][e.column[$0]] }
            if firstOnly { aborted = true }
        }
    }

    /// With priced start times: the options of an area's forums, on the modes and days `e` chose,
    /// whose own costs plus start-time repeats are least (`StartTimes.least`), and that scaled
    /// total; nil when some forum has no option there.
    private func cheapestStarts(_ members: [Int], _ e: GroupRelaxation.Evaluation) -> (Int, [Int])? {
        let t = model.startTimes.count
        // The closure reads these arrays alone: capturing the model or `e` would copy them whole.
        let costs = model.startCost, mode = e.mode, column = e.column
        var picks = Array(repeating: -1, count: members.count)
        let total = picks.withUnsafeMutableBufferPointer { buffer in
            StartTimes.least(count: members.count, width: t, pair: model.startPair(members), into: buffer.baseAddress) { i, s in
                let f = members[i]
                let c = costs[f][mode[f]][column[f] * t + s]
                return c < GroupModel.infinity ? c : nil
            }
        }
        guard let total else { return nil }
        return (total, members.indices.map { i in model.startOption[members[i]][mode[members[i]]][column[members[i]] * t + picks[i]] })
    }
}

