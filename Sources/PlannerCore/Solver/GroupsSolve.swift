import Dispatch

/// Plans a part made of several groups that share venues, interpreter pools or facilitators.
///
/// Each group is first planned on its own, exactly (`GroupSearch`): the sum of the groups' proven
/// bounds is a lower bound for the part, since sharing can only take plans away. Where the groups'
/// plans together overbook a shared resource on some day, the groups are repaired in a fixed order:
/// each keeps its plan if what it needs is still free, else is planned again without the options
/// that would overbook. The plan then keeps every hard rule; when a repair cost anything, the plan
/// is reported as feasible with the proven gap to the bound.
///
/// With a MIP solver (`handover`), a group its own search leaves unproven is handed to it alone,
/// as its own exported model with the search's plan as the start: the group's proven bound, and so
/// the part's, then comes from the solver (a part of hundreds of forums is too large to hand over
/// whole, but each group is small).
struct GroupsSolve {
    let slots: [ForumSlot]
    let problem: PlanningProblem
    /// Nodes for each group's own search, and for a repair's (a repair is cheap, and handed over only when left unproven).
    let budget: Int
    let repairBudget: Int
    let switches: BranchAndBound.Switches
    let limits: [Int]
    /// The MIP solver for groups left unproven, with the rules switched off (nil: none).
    var handover: Planner.MIPHandover? = nil

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
        var runs: [Proof.MIPRun] = []
        var contradiction: String?
        func failed(proven: Bool = false) -> BranchAndBound.Result {
            var result = BranchAndBound.Result(choice: nil, cost: 0, lowerBound: 0, proven: proven, nodes: nodes)
            result.contradiction = contradiction
            return result
        }
        for (g, part) in members.enumerated() {
            // Every group is searched above; a missing result would be a group never searched: no plan, nothing proven.
            guard let result = alone[g] else { return failed() }
            nodes += result.nodes
            guard let picked = result.choice else { return failed(proven: result.proven) }
            var plan = GroupPlan(picked: picked, value: result.value / s, bound: result.lowerBound / s)
            if !result.proven {
                plan = handedOver(part.map { slots[$0] }, plan, runs: &runs, contradiction: &contradiction)
                if contradiction != nil { return failed() }
            }
            lower += plan.bound
            if !shared.fits(part, plan.picked, usage) {
                // Plan this group again without the options that would overbook a shared resource.
                let extra = part.map { f in slots[f].options.indices.map { k in shared.fits(f, k, usage) ? 0 : GroupModel.infinity } }
                let model = try GroupModel(slots: part.map { slots[$0] }, problem: problem, facilitatorLimit: limits, switches: switches, extra: extra)
                let again = GroupSearch(model: model, budget: repairBudget)
                again.firstOnly = switches.firstOnly
                let repaired = again.solve()
                nodes += repaired.nodes
                // No plan for this group once earlier groups have taken their share: not proven infeasible.
                guard let choice = repaired.choice else { return failed() }
                plan = GroupPlan(picked: choice, value: repaired.value / s, bound: repaired.lowerBound / s)
                if !repaired.proven {
                    // The solver gets the group without those options, as its own model.
                    let kept = part.map { f in slots[f].options.indices.filter { shared.fits(f, $0, usage) } }
                    var reduced = part.map { slots[$0] }
                    for i in reduced.indices { reduced[i].options = kept[i].map { reduced[i].options[$0] } }
                    var local = plan
                    local.picked = plan.picked.indices.map { kept[$0].firstIndex(of: plan.picked[$0]) ?? 0 }
                    local = handedOver(reduced, local, runs: &runs, contradiction: &contradiction)
                    if contradiction != nil { return failed() }
                    plan.value = local.value
                    plan.picked = local.picked.indices.map { kept[$0][local.picked[$0]] }
                }
            }
            for (i, f) in part.enumerated() { choice[f] = plan.picked[i] }
            shared.book(part, plan.picked, into: &usage)
            cost += plan.value
        }
        // The sum of the groups' bounds is proven; a plan that meets it is optimal.
        let proven = cost == lower
        var result = BranchAndBound.Result(choice: choice, cost: cost, lowerBound: proven ? cost : lower, proven: proven, nodes: nodes)
        result.mip = runs.isEmpty ? nil : Proof.MIPRun(
            solver: runs[0].solver, status: runs.contains { $0.status != .optimal } ? .stopped : .optimal,
            nodes: runs.reduce(0) { $0 + $1.nodes }, after: .groupSearchWithRepair)
        return result
    }

    /// A group's plan: each forum's option, the search's total for it, and its proven bound.
    private struct GroupPlan {
        var picked: [Int]
        var value: Int
        var bound: Int
    }

    /// A group's plan after handing the group to the MIP solver on its own (`Planner.handOver`):
    /// the search's plan, or the solver's when cheaper, and the better bound; unchanged without a
    /// solver. `value` is the search's total, which leaves out what the relaxed rules
    /// (`RelaxedPlanRule`) add beyond their per-option parts (the part adds it once, for every
    /// group together); the solver's model holds them exactly, so their rest is taken off its total.
    /// Sets `contradiction` when the solver's answer contradicts the search's.
    private func handedOver(_ group: [ForumSlot], _ plan: GroupPlan, runs: inout [Proof.MIPRun], contradiction: inout String?) -> GroupPlan {
        guard let handover else { return plan }
        let found = Planner.searchPlan(
            group, choice: plan.picked, cost: plan.value, bound: plan.bound, switches: switches, context: handover.context, disabled: handover.disabled).plan
        switch Planner.handOver(group, using: handover, found: found, bound: plan.bound, cutoff: nil, after: .groupSearchWithRepair) {
        case .part(let better, let run)?:
            runs.append(run)
            guard let picked = better.choice, let value = handover.searchCost(better) else { return plan }
            return GroupPlan(picked: picked, value: value, bound: better.bound)
        case .contradiction(let why)?:
            contradiction = why
            return plan
        case .noPlan?, nil:
            return plan
        }
    }
}
