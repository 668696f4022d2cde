/// Plans the year: the entry point of the solver.
///
/// A pure, deterministic function of the problem: the same problem always gives the same plan.
public enum Planner {
    /// Plans every forum of every round, or explains why no plan exists.
    ///
    /// The plan the search returns is re-checked by the plain rule checker (`Rules.check`) before it
    /// is returned: a hard breach, or a total penalty other than the one the search claimed, gives
    /// `.internalError` (a bug in the planner), never a plan.
    ///
    /// Not an error: a plan that is only `feasible` because the node budget ran out; its
    /// `lowerBound` then says how far from optimal it can be.
    public static func plan(_ problem: PlanningProblem, options: SolverOptions = SolverOptions()) -> PlanOutcome {
        let context = RuleContext(problem, extraPlanRules: options.testingPlanRules)
        let slots = OptionBuilder(context: context, disabled: options.disabledRules).build()
        if slots.contains(where: { $0.options.isEmpty }) {
            return .infeasible(Explainer(context: context, options: options).explain(slots))
        }
        let solved = solve(slots: slots, problem: problem, options: options, firstOnly: options.firstPlanOnly, context: context)
        switch solved {
        case .noPlan:
            return .infeasible(Explainer(context: context, options: options).explain(slots))
        case .contradiction(let why):
            return .internalError(contradiction(why))
        case .gaveUp(let nodes, let solver):
            let message = solver.map {
                "\($0) stopped at its node limit without finding a plan for part of the year, or proving that there is none. This should not happen: please report it. `--no-mip` tries the planner's own slower search instead."
            } ?? "The search stopped after \(nodes) nodes without finding a plan; raise the node budget to search further."
            return .infeasible(Infeasibility(conflicts: [Conflict(rules: [], message: message)], proven: false))
        case .found(let meetings, let cost, let lower, let proven, var stats, let proof):
            let violations = checkedViolations(meetings, slots: slots, context: context, disabled: options.disabledRules)
            let claimed = cost + options.testingClaimOffset
            if let failure = selfCheck(violations, claimed: claimed, bound: lower, method: proof.method) { return .internalError(failure) }
            var penalties: [ForumID: [Violation]] = [:]
            for v in violations where !v.rule.isHard { if let f = v.forums.first { penalties[f, default: []].append(v) } }
            let moved = Dictionary(slots.compactMap { s in s.movedBecause.map { (s.id, ($0, s.movedRule)) } }, uniquingKeysWith: { a, _ in a })
            let forums = meetings.sorted { ($0.round, $0.date, $0.start, $0.id) < ($1.round, $1.date, $1.start, $1.id) }.map {
                PlannedForum(
                    meeting: $0, penalties: penalties[$0.id] ?? [], movedBecause: moved[$0.id]?.0, movedRule: moved[$0.id]?.1,
                    sequence: sequence(of: $0, context: context))
            }
            let planned = Set(meetings.map(\.id))
            let cancelled = problem.pins.filter { !planned.contains($0.forum) }.sorted { $0.forum < $1.forum }
            stats.options = slots.reduce(0) { $0 + $1.options.count }
            let plan = Plan(
                status: proven && !options.firstPlanOnly ? .optimal : .feasible, objective: cost,
                lowerBound: options.firstPlanOnly ? 0 : lower, forums: forums,
                events: RoundEvents.derive(for: meetings, in: context), statistics: stats, cancelled: cancelled, proof: proof)
            return .planned(plan)
        }
    }

    /// The plain rule checker's breaches of the rules not `disabled`, less the one expected breach:
    /// a pin released because it no longer works (its forum says why it moved).
    static func checkedViolations(_ meetings: [Meeting], slots: [ForumSlot], context: RuleContext, disabled: Set<RuleID>) -> [Violation] {
        let released = Set(slots.filter { $0.movedBecause != nil }.map(\.id))
        return Rules.check(meetings, in: context).filter { v in
            !disabled.contains(v.rule) && !(v.rule == .pinnedForumStays && v.forums.allSatisfy(released.contains))
        }
    }

    /// What the plain rule checker finds wrong with a plan the search claimed costs `claimed` with
    /// lower bound `bound`: any hard breach, another total, or a bound above the total; nil when all is well.
    static func selfCheck(_ violations: [Violation], claimed: Int, bound: Int, method: String) -> SelfCheckFailure? {
        let hard = violations.filter(\.rule.isHard)
        let scored = Rules.objective(violations)
        guard !hard.isEmpty || scored != claimed || bound > claimed else { return nil }
        return SelfCheckFailure(hardBreaches: hard, claimed: claimed, scored: scored, claimedBound: bound, method: method)
    }

    /// The chosen options as meetings, with each area's start times chosen exactly for variety:
    /// `sameStart` is the cost of a repeated start per area index (`SearchRules`); an area without
    /// one takes each forum's first start.
    static func withStartTimes(_ slots: [ForumSlot], choice: [Int], sameStart: [Int: Int]) -> [Meeting] {
        var meetings = zip(slots, choice).map { $0.options[$1].meeting }
        let byArea = Dictionary(grouping: slots.indices, by: { slots[$0].areaIndex })
        for area in byArea.keys.sorted() {
            let members = (byArea[area] ?? []).sorted { slots[$0].round < slots[$1].round }
            let allowed = members.map { slots[$0].options[choice[$0]].starts }
            let starts = sameStart[area].map { StartTimes.choose(allowed, weight: $0).starts } ?? allowed.map { $0.first ?? TimeOfDay(minutes: 0) }
            for (i, m) in members.enumerated() { meetings[m] = meeting(meetings[m], at: starts[i]) }
        }
        return meetings
    }

    /// The published SEQUENCE, plus one when the forum has changed since it was published.
    public static func sequence(of m: Meeting, context: RuleContext) -> Int {
        guard let pin = context.pins[m.id] else { return 0 }
        return pin.matches(m) ? pin.sequence : pin.sequence + 1
    }

    enum Solved {
        case found([Meeting], cost: Int, lower: Int, proven: Bool, SearchStatistics, Proof)
        case noPlan
        /// No plan found and none proven impossible: the search's budget ran out, or (`solver`) the
        /// MIP solver a part went straight to stopped at its own limit.
        case gaveUp(nodes: Int, solver: String?)
        /// A MIP solver's answer contradicts the search's (`Planner.Handover.contradiction`).
        case contradiction(String)
    }

    /// Solves each independent part in a fixed order and joins the results. `context`, when given,
    /// must be the problem's with the options' test rules (as `plan` makes it); nil makes it here.
    static func solve(slots: [ForumSlot], problem: PlanningProblem, options: SolverOptions, firstOnly: Bool, context given: RuleContext? = nil) -> Solved {
        var meetings: [Meeting] = []
        var cost = 0
        var lower = 0
        var proven = true
        var stats = SearchStatistics()
        let d = options.disabledRules
        let context = given ?? RuleContext(problem, extraPlanRules: options.testingPlanRules)
        // The rules about several forums, as building blocks: what links forums into parts, and
        // what the search keeps (a rule switched off has none).
        let blocks = Rules.blocks(in: context, disabled: d)
        let parts = Components.split(slots, blocks: blocks)
        stats.components = parts.count
        var switches = BranchAndBound.Switches(blocks: blocks, problem: problem)
        switches.firstOnly = firstOnly
        var proof = Proof()
        var partsRest = 0
        let handover = options.mipSolver.map { MIPHandover(solver: $0, disabled: d, context: context, blocks: blocks) }
        for (index, part) in parts.enumerated() {
            let local = part.map { slots[$0] }
            let done = (nodes: stats.nodes, cost: cost, lower: lower)
            let report: PartProgress? = options.progress.map { handler in
                { nodes, best, bound in
                    handler(SearchProgress(
                        nodes: done.nodes + nodes, best: best.map { done.cost + $0 }, bound: done.lower + bound,
                        part: index + 1, parts: parts.count))
                }
            }
            let result: BranchAndBound.Result
            var method = Set(local.map(\.groupIndex)).count > 1 ? Proof.Method.groupSearchWithRepair : .groupSearch
            var steppedAside: String?
            // The MIP solver that stopped with neither a plan nor a proof, on a part it took straight.
            var stoppedSolver: String?
            let handing = options.mipSolver != nil && !firstOnly && local.count <= options.mipMaxForums
            let cutoff = options.cutoff.map { $0 - cost }
            // Groups sharing resources are handed over one by one, however large their part.
            let groups = firstOnly ? nil : handover
            // With a MIP solver, the linear relaxation first: its rounded solution may be a plan at
            // its bound (no search needed), and otherwise its bound may be the optimum, so the search
            // can stop at its first plan that cheap.
            let relaxed = handing && options.relaxationFirst && options.cutoff == nil ? handover?.relaxation(local) : nil
            let known = [parts.count == 1 ? options.knownBound : nil, relaxed?.record.bound].compactMap { $0 }.max()
            do {
                if let handover, let rounded = relaxed?.plan, let choice = rounded.choice, let cost = handover.searchCost(rounded) {
                    result = BranchAndBound.Result(choice: choice, cost: cost, lowerBound: rounded.bound, proven: true, nodes: 0)
                    method = .linearRelaxation
                } else {
                    result = try groupSearch(
                        local, problem: problem, budget: options.nodeBudget, groupBudget: options.groupNodeBudget, switches: switches,
                        cap: handing || (groups != nil && method == .groupSearchWithRepair) ? options.mipHandoverNodes : SolverOptions.groupSearchCap,
                        progress: report, cutoff: cutoff, knownBound: known, handover: groups)
                }
            } catch {
                steppedAside = error.description
                // With a MIP solver, the part goes straight to it, whatever its size and also for a
                // first plan: the forum-by-forum search runs only without one (`--no-mip`, the
                // library's default). A solver that gives neither a plan nor a proof that none
                // exists leaves the part unplanned, never to a slower search.
                if let handover {
                    switch straightToMIP(local, using: handover, cutoff: cutoff) {
                    case .result(let handed)?: result = handed
                    case .contradiction(let why)?: return .contradiction(why)
                    case nil:
                        result = BranchAndBound.Result(choice: nil, cost: 0, lowerBound: 0, proven: false, nodes: 0)
                        stoppedSolver = handover.solver.name
                    }
                    method = .mip
                } else {
                    let search = BranchAndBound(slots: local, problem: problem, budget: options.nodeBudget, switches: switches)
                    search.progress = report
                    result = search.solve()
                    method = .branchAndBound
                }
            }
            stats.nodes += result.nodes
            if let why = result.contradiction { return .contradiction(why) }
            var mip: Proof.MIPRun?
            // The search's plan, its total within the part with the relaxed rules' rest (0 when their
            // per-option parts were exact), and its bound.
            let searched = result.choice.map {
                searchPlan(local, choice: $0, cost: result.cost, bound: result.lowerBound, switches: switches, context: context, disabled: d)
            }
            var found = searched?.plan
            // The linear relaxation's bound holds for the part's whole total, the rest included.
            if let bound = relaxed?.record.bound, let searchBound = found?.bound { found?.bound = max(searchBound, bound) }
            var part = found ?? PartPlan(meetings: nil, objective: 0, bound: max(result.lowerBound, relaxed?.record.bound ?? 0))
            // Proven by the search: its optimum (with no rest left by the relaxed rules), or no plan;
            // or by the linear relaxation's bound.
            let searchProven = result.proven && (searched.map { $0.rest == 0 } ?? true) || found.map { $0.bound >= $0.objective } ?? false
            // A part the group search stepped aside on went straight to the MIP solver above.
            if handing, let handover, !searchProven, steppedAside == nil {
                switch handOver(local, using: handover, found: found, bound: part.bound, cutoff: cutoff, after: method, relaxed: relaxed) {
                case .part(let better, let run)?: part = better; mip = run; method = .mip
                case .noPlan?: return .noPlan
                case .contradiction(let why)?: return .contradiction(why)
                case nil: break
                }
            }
            if mip == nil, let groupsRun = result.mip { mip = groupsRun; method = .mip }
            guard let own = part.meetings else {
                return result.proven ? .noPlan : .gaveUp(nodes: stats.nodes, solver: stoppedSolver)
            }
            let partProven = mip == nil ? searchProven : part.bound >= part.objective
            // The search's own plan's rest is known; a MIP solver's plan is scored here.
            partsRest += mip == nil ? searched?.rest ?? 0 : relaxedRest(own, context: context, disabled: d)
            meetings += own
            cost += part.objective
            lower += part.bound
            proven = proven && partProven
            options.progress?(SearchProgress(nodes: stats.nodes, best: cost, bound: lower, part: index + 1, parts: parts.count))
            var record = Proof.Part(
                forums: local.count, method: method, nodes: result.nodes, objective: part.objective, bound: part.bound,
                proven: partProven, groupSearchSteppedAside: steppedAside)
            record.mip = mip
            record.relaxation = relaxed?.record
            proof.parts.append(record)
        }
        // What the relaxed rules add across parts: 0, since their blocks link the forums they
        // couple (a governor's forums are one part); kept as a guard, so a rule that couples
        // parts without linking them is scored, never called optimal.
        proof.acrossParts = relaxedRest(meetings, context: context, disabled: d) - partsRest
        cost += proof.acrossParts
        proven = proven && proof.acrossParts == 0
        return .found(meetings, cost: cost, lower: lower, proven: proven, stats, proof)
    }

    /// What a part handed straight to the MIP solver gave, as a search's result.
    enum Straight {
        case result(BranchAndBound.Result)
        case contradiction(String)
    }

    /// A part the group search cannot take, handed straight to the MIP solver (no search ran
    /// before it, so `after` is nil): its plan, or its proof that no plan exists, as a search
    /// result carrying the solver's run; nil when the solver gave neither (the forum-by-forum
    /// search then runs). The result's total leaves out the relaxed rules' rest, as a search's does.
    static func straightToMIP(_ slots: [ForumSlot], using handover: MIPHandover, cutoff: Int?) -> Straight? {
        switch handOver(slots, using: handover, found: nil, bound: 0, cutoff: cutoff, after: nil) {
        case .part(let plan, let run)?:
            guard let choice = plan.choice, let cost = handover.searchCost(plan) else { return nil }
            var result = BranchAndBound.Result(choice: choice, cost: cost, lowerBound: plan.bound, proven: plan.bound >= plan.objective, nodes: 0)
            result.mip = run
            return .result(result)
        case .noPlan(let run)?:
            var result = BranchAndBound.Result(choice: nil, cost: 0, lowerBound: 0, proven: true, nodes: 0)
            result.mip = run
            return .result(result)
        case .contradiction(let why)?:
            return .contradiction(why)
        case nil:
            return nil
        }
    }

    /// What the relaxed rules about several meetings (`RelaxedPlanRule`) charge `meetings` beyond
    /// the per-option parts the search priced: 0 when those parts were exact.
    static func relaxedRest(_ meetings: [Meeting], context: RuleContext, disabled: Set<RuleID>) -> Int {
        var rest = 0
        for rule in Rules.relaxedPlanRules where !disabled.contains(rule.id) {
            rest += rule.check(meetings, in: context).reduce(0) { $0 + $1.penalty }
            rest -= meetings.reduce(0) { $0 + rule.optionPenalty($1, in: context) }
        }
        return rest
    }
}

extension Planner {
    /// The group search, for a part whose groups' rounds each have a one-a-day coordinator.
    /// - Throws: `GroupModel.StepAside`, saying why the group search does not apply.
    static func groupSearch(
        _ slots: [ForumSlot], problem: PlanningProblem, budget: Int, groupBudget: Int, switches: BranchAndBound.Switches,
        cap: Int = SolverOptions.groupSearchCap, progress: PartProgress? = nil, cutoff: Int? = nil, knownBound: Int? = nil,
        handover: MIPHandover? = nil
    ) throws(GroupModel.StepAside) -> BranchAndBound.Result {
        let limits = switches.facilitatorLimits(problem)
        if Set(slots.map(\.groupIndex)).count > 1 {
            var groups = GroupsSolve(slots: slots, problem: problem, budget: min(budget, groupBudget, cap), repairBudget: min(budget, groupBudget), switches: switches, limits: limits)
            groups.handover = handover
            return try groups.solve()
        }
        let model = try GroupModel(slots: slots, problem: problem, facilitatorLimit: limits, switches: switches)
        // A group node costs milliseconds (a forum-by-forum node microseconds): cap the search so a
        // hard year still answers within minutes, as a feasible plan with its proven bound.
        let search = GroupSearch(model: model, budget: min(budget, cap))
        search.firstOnly = switches.firstOnly
        search.progress = progress
        search.cutoff = cutoff
        search.knownBound = knownBound
        let r = search.solve()
        let s = GroupModel.scale
        return BranchAndBound.Result(choice: r.choice, cost: r.value / s, lowerBound: r.lowerBound / s, proven: r.proven, nodes: r.nodes)
    }
}

/// What planning gives: a plan, the reasons there is none, or a plan that failed its own check.
public enum PlanOutcome: Sendable {
    case planned(Plan)
    case infeasible(Infeasibility)
    /// The search's plan failed the plain rule checker: a bug in the planner; no plan may be used.
    case internalError(SelfCheckFailure)
}

/// Why no plan exists: a small set of conflicts, each naming its rules, forums, venues and dates.
public struct Infeasibility: Error, Sendable {
    public var conflicts: [Conflict]
    /// True when the search proved that no plan exists (false when it only gave up).
    public var proven: Bool
    public init(conflicts: [Conflict], proven: Bool = true) { self.conflicts = conflicts; self.proven = proven }
}

/// One reason there is no plan, in plain English.
public struct Conflict: Sendable, Hashable {
    public var rules: [RuleID]
    public var forums: [ForumID]
    public var venues: [Venue.ID]
    public var dates: [LocalDate]
    public var message: String
    public init(rules: [RuleID], forums: [ForumID] = [], venues: [Venue.ID] = [], dates: [LocalDate] = [], message: String) {
        self.rules = rules; self.forums = forums; self.venues = venues; self.dates = dates; self.message = message
    }
}
