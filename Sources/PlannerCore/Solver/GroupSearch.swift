/// Exact search over one group's year: branch and bound on forums' weekdays, bounded at every node
/// by the Lagrangian relaxation (`GroupRelaxation`).
///
/// At a node, prices are tuned by subgradient steps from the parent's prices. Each evaluation's round
/// side is a real plan, scored exactly and kept when it is the best so far. When the best plan
/// reaches the node's bound, the node is done; otherwise a forum whose two sides disagree on its
/// weekday is split: that weekday, or any other. Once every weekday is fixed the relaxation is exact,
/// so the search is complete. Nodes are searched depth first in a fixed order: deterministic.
final class GroupSearch {
    struct Result {
        /// Per forum, the option chosen; nil when there is no plan (or none was found within the budget).
        var choice: [Int]?
        /// Scaled objective of `choice`, and the scaled proven lower bound.
        var value: Int
        var lowerBound: Int
        var proven: Bool
        var nodes: Int
    }

    let model: GroupModel
    private let budget: Int
    /// Price steps at the root, and at every other node from its parent's best prices. Few child
    /// steps and more nodes proved faster than many steps and fewer nodes (`make bench`: 5- and
    /// 200-area instances); 400 root steps let every group of the 200-area instance prove its
    /// optimum within 200 nodes.
    private let rootIterations = 400
    private let childIterations = 10
    private var best = GroupModel.infinity
    private var bestChoice: [Int]?
    private var nodes = 0
    /// Carried from evaluation to evaluation (the round solvers' buffers, the last pattern).
    private var work = GroupRelaxation.Workspace()
    private var aborted = false
    private var rootBound = 0
    var firstOnly = false

    init(model: GroupModel, budget: Int) {
        self.model = model
        self.budget = budget
    }

    /// Searches from zero prices.
    func solve() -> Result {
        let n = model.slots.count
        let prices = Array(repeating: Array(repeating: 0, count: GroupModel.weekdays), count: n)
        let relaxation = GroupRelaxation(model: model, allowed: Array(repeating: (1 << GroupModel.weekdays) - 1, count: n))
        rootBound = -1
        node(relaxation, prices: prices, iterations: rootIterations, theta: 1)
        let found = bestChoice != nil
        let proven = !aborted || (found && firstOnly)
        let lower = proven ? (found ? best : GroupModel.infinity) : min(max(rootBound, 0), best)
        return Result(choice: bestChoice, value: found ? best : 0, lowerBound: lower, proven: proven, nodes: nodes)
    }

    /// The bound a scaled value proves: costs are whole points, so it rounds up to a whole point.
    private func rounded(_ v: Int) -> Int {
        let s = GroupModel.scale
        return v >= 0 ? (v + s - 1) / s * s : -((-v) / s * s)
    }

    private func node(_ relaxation: GroupRelaxation, prices start: [[Int]], iterations: Int, theta startTheta: Double) {
        nodes += 1
        if aborted { return }
        if nodes > budget { aborted = true; return }
        var prices = start
        var bestValue = Int.min
        var bestEval: GroupRelaxation.Evaluation?
        var bestPrices = prices
        var theta = startTheta
        for _ in 0..<max(iterations, 1) {
            guard let e = relaxation.evaluate(prices, work: &work) else { return }
            consider(e)
            if aborted { return }
            if e.value > bestValue { bestValue = e.value; bestEval = e; bestPrices = prices }
            if rounded(bestValue) >= best { break }
            let disagree = model.slots.indices.filter { e.roundWeekday[$0] != e.areaWeekday[$0] }
            if disagree.isEmpty { break }
            // A step that starts near one repeat's cost and shrinks by 5% an iteration, at least one scaled point.
            let delta = max(Int(Double(model.weights.sameWeekday * GroupModel.scale) * theta), 1)
            theta *= 0.95
            for f in disagree {
                prices[f][e.areaWeekday[f]] += delta
                prices[f][e.roundWeekday[f]] -= delta
            }
        }
        guard let e = bestEval else { return }
        let bound = rounded(bestValue)
        if rootBound < 0 { rootBound = bound }
        if bound >= best { return }
        // Split the first forum (in round order) whose sides disagree on its weekday.
        guard let f = model.slots.indices.first(where: { e.roundWeekday[$0] != e.areaWeekday[$0] }) else { return }
        let w = e.roundWeekday[f]
        var keep = relaxation
        keep.allowed[f] = 1 << w
        node(keep, prices: bestPrices, iterations: childIterations, theta: theta)
        if aborted { return }
        var other = relaxation
        other.allowed[f] &= ~(1 << w)
        node(other, prices: bestPrices, iterations: childIterations, theta: theta)
    }

    /// Scores the round side's plan exactly and keeps it if it is the best so far.
    private func consider(_ e: GroupRelaxation.Evaluation) {
        let m = model
        let s = GroupModel.scale
        var total = 0
        var choice = Array(repeating: -1, count: m.slots.count)
        for f in m.slots.indices {
            let col = e.column[f]
            guard col >= 0 else { return }
            choice[f] = m.bestOption[f][e.mode[f]][col]
            total += m.bestCost[f][e.mode[f]][col]
        }
        if m.switches.spread {
            for (ri, members) in m.rounds.enumerated() {
                let used = Set(members.map { e.column[$0] })
                for j in used where used.contains(j + 1) && m.days[ri][j + 1] - m.days[ri][j] == 1 {
                    total += m.weights.consecutiveDays * s
                }
            }
        }
        if m.switches.variety {
            for (a, members) in m.areas.enumerated() {
                var seq = 0
                for (i, f) in members.enumerated() {
                    seq |= e.mode[f] << i
                    for g in members[..<i] where e.roundWeekday[g] == e.roundWeekday[f] { total += m.weights.sameWeekday * s }
                }
                total += m.startPenalty[a][seq]
            }
        }
        if total < best {
            best = total
            bestChoice = choice
            if firstOnly { aborted = true }
        }
    }
}

