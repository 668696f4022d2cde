import Dispatch

/// Plans a part made of several groups that share venues, interpreter pools or facilitators.
///
/// Each group is first planned on its own, exactly (`GroupSearch`): the sum of the groups' proven
/// bounds is a lower bound for the part, since sharing can only take plans away. Where the groups'
/// plans together overbook a shared resource on some day, the groups are repaired in a fixed order:
/// each keeps its plan if what it needs is still free, else is planned again without the options
/// that would overbook. The plan then keeps every hard rule; when a repair cost anything, the plan
/// is reported as feasible with the proven gap to the bound.
struct GroupsSolve {
    let slots: [ForumSlot]
    let problem: PlanningProblem
    let budget: Int
    let switches: BranchAndBound.Switches
    let limits: [Int]

    /// - Throws: `GroupModel.StepAside` when some group does not have the structure the group search needs.
    func solve() throws(GroupModel.StepAside) -> BranchAndBound.Result {
        let groupIndices = Set(slots.map(\.groupIndex)).sorted()
        let members = groupIndices.map { g in slots.indices.filter { slots[$0].groupIndex == g } }
        let shared = SharedResources(slots: slots, members: members, problem: problem, switches: switches)
        var models: [GroupModel] = []
        for part in members {
            models.append(try GroupModel(slots: part.map { slots[$0] }, problem: problem, facilitatorLimit: limits, switches: switches))
        }
        let s = GroupModel.scale
        var choice = Array(repeating: -1, count: slots.count)
        var cost = 0, lower = 0, nodes = 0
        var usage = SharedResources.Usage()
        // The groups' own searches are independent: run them side by side, keep results in group order.
        var alone = [GroupSearch.Result?](repeating: nil, count: models.count)
        let budget = self.budget, firstOnly = switches.firstOnly, fixedModels = models
        alone.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: fixedModels.count) { g in
                let search = GroupSearch(model: fixedModels[g], budget: budget)
                search.firstOnly = firstOnly
                out[g] = search.solve()
            }
        }
        for (g, part) in members.enumerated() {
            // Every group is searched above; a missing result would be a group never searched: no plan, nothing proven.
            guard var result = alone[g] else { return BranchAndBound.Result(choice: nil, cost: 0, lowerBound: 0, proven: false, nodes: nodes) }
            nodes += result.nodes
            guard var picked = result.choice else {
                return BranchAndBound.Result(choice: nil, cost: 0, lowerBound: 0, proven: result.proven, nodes: nodes)
            }
            lower += result.lowerBound / s
            if !shared.fits(part, picked, usage) {
                // Plan this group again without the options that would overbook a shared resource.
                let extra = part.map { f in slots[f].options.indices.map { k in shared.fits(f, k, usage) ? 0 : GroupModel.infinity } }
                let model = try GroupModel(slots: part.map { slots[$0] }, problem: problem, facilitatorLimit: limits, switches: switches, extra: extra)
                let again = GroupSearch(model: model, budget: budget)
                again.firstOnly = switches.firstOnly
                result = again.solve()
                nodes += result.nodes
                // No plan for this group once earlier groups have taken their share: not proven infeasible.
                guard let repaired = result.choice else {
                    return BranchAndBound.Result(choice: nil, cost: 0, lowerBound: 0, proven: false, nodes: nodes)
                }
                picked = repaired
            }
            for (i, f) in part.enumerated() { choice[f] = picked[i] }
            shared.book(part, picked, into: &usage)
            cost += result.value / s
        }
        // The sum of the groups' bounds is proven; a plan that meets it is optimal.
        let proven = cost == lower
        return BranchAndBound.Result(choice: choice, cost: cost, lowerBound: proven ? cost : lower, proven: proven, nodes: nodes)
    }
}
