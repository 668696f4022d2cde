/// Handing a part the search left unproven to an exact MIP solver (`SolverOptions.mipSolver`).
extension Planner {
    /// One part's plan as the search left it, or as the MIP solver improved it.
    struct PartPlan {
        /// The part's forums with their start times (nil: no plan found).
        var meetings: [Meeting]?
        /// The plan's total within the part (the relaxed rules' rest included), and its proven bound.
        var objective: Int
        var bound: Int
        /// Each forum's option (index into its slot's options), when known: the search's, or the
        /// MIP solver's when its plan is kept.
        var choice: [Int]? = nil
    }

    /// What the linear relaxation of a part's exported model gave (`MIPHandover.relaxation`).
    struct Relaxed {
        /// Its solver and the bound it proves.
        var record: Proof.Relaxation
        /// Its solution rounded to a plan, when that plan costs exactly the bound (so it is optimal).
        var plan: PartPlan? = nil
        /// The part's program (with each forum's column per option and start) and the relaxation's
        /// first row prices: a hand-over reuses both (`handOver`).
        var program: MixedIntegerProgram
        var x: [[[Int]]]
        var prices: [Double]
    }

    /// What handing a part over gave.
    enum Handover {
        /// The better plan and the better bound of the two, and the solver's run.
        case part(PartPlan, Proof.MIPRun)
        /// The solver proved the part has no plan (within the cutoff, when one was given).
        case noPlan(Proof.MIPRun)
        /// The solver's answer contradicts the search's: a bug in one of them (exit 70).
        case contradiction(String)
    }

    /// The internal error for a MIP solver's answer that contradicts the search's.
    static func contradiction(_ why: String) -> SelfCheckFailure {
        SelfCheckFailure(hardBreaches: [], claimed: 0, scored: 0, claimedBound: 0, method: Proof.Method.mip.rawValue, disagreement: why)
    }

    /// What handing a part or a group over needs besides its forums: the solver, the rules
    /// switched off, and the rules' context and building blocks, worked out once per plan.
    struct MIPHandover {
        let solver: any MIPSolver
        let disabled: Set<RuleID>
        let context: RuleContext
        let blocks: [DeclaredBlock]

        init(solver: any MIPSolver, disabled: Set<RuleID>, context: RuleContext, blocks: [DeclaredBlock]? = nil) {
            self.solver = solver; self.disabled = disabled; self.context = context
            self.blocks = blocks ?? Rules.blocks(in: context, disabled: disabled)
        }

        /// The exported model of `slots` (`ModelBuilder`) as a program, with each forum's column per
        /// option and start (`x[forum][option][start]`); nil when the model cannot be written (a pair
        /// weight below 0, which the plan file never allows).
        func program(_ slots: [ForumSlot]) -> (program: MixedIntegerProgram, x: [[[Int]]])? {
            guard (try? ModelExport.checkWeights(blocks)) != nil else { return nil }
            var builder = ModelBuilder(context: context, slots: slots, disabled: disabled, blocks: blocks, named: false)
            let program = MixedIntegerProgram(builder.build())
            return (program, builder.x)
        }

        /// The linear relaxation of `slots`' exported model: the bound its row prices prove on their
        /// total, in whole points (worked out by the planner); and, when its rounding dive
        /// (`RelaxationDive`) reaches a plan that costs exactly that bound, that plan, proven
        /// optimal without a search. Nil when the solver offers no relaxation or found no optimum.
        func relaxation(_ slots: [ForumSlot]) -> Relaxed? {
            guard let name = solver.relaxationSolver, let (program, x) = program(slots), let lp = solver.relaxation(program),
                let first = lp.solve(), let bound = program.wholeLowerBound(prices: first.prices)
            else { return nil }
            var relaxed = Relaxed(record: Proof.Relaxation(solver: name, bound: bound), program: program, x: x, prices: first.prices)
            let dive = RelaxationDive(program: program, x: x, groups: slots.map(\.groupIndex), bound: bound)
            if let values = dive.run(lp, from: first), let picked = decode(values, x: x, slots: slots) {
                relaxed.plan = PartPlan(meetings: picked.map(\.meeting), objective: bound, bound: bound, choice: picked.map(\.option))
            }
            return relaxed
        }

        /// A solver's plan's total as a search counts it: without the relaxed rules' rest, which
        /// the part adds once for all its forums; nil when the plan has no meetings.
        func searchCost(_ plan: PartPlan) -> Int? {
            plan.meetings.map { plan.objective - Planner.relaxedRest($0, context: context, disabled: disabled) }
        }
    }

    /// The search's plan `choice` for `slots` as a part's plan: each area's starts chosen for variety,
    /// and the relaxed rules' rest (`RelaxedPlanRule`) added to the search's `cost`; with that rest.
    static func searchPlan(
        _ slots: [ForumSlot], choice: [Int], cost: Int, bound: Int, switches: BranchAndBound.Switches, context: RuleContext, disabled: Set<RuleID>
    ) -> (plan: PartPlan, rest: Int) {
        let meetings = withStartTimes(slots, choice: choice, sameStart: switches.rules?.sameStart ?? [:])
        let rest = relaxedRest(meetings, context: context, disabled: disabled)
        return (PartPlan(meetings: meetings, objective: cost + rest, bound: bound, choice: choice), rest)
    }

    /// Hands `slots` (one part, or one group) to the solver as their exported model (`ModelBuilder`),
    /// with the search's plan `found` (its forums' options, in `choice`, and meetings) as the start,
    /// and keeps the better plan and the better bound of the two.
    ///
    /// With the part's linear relaxation (`relaxed`, solved before the search), the model is its
    /// program, and the choices its reduced costs rule out of any plan cheaper than `found`
    /// (`MixedIntegerProgram.ruledOut`) are fixed at 0, except the start's own: a smaller problem
    /// for the solver, whose bound then holds for every plan cheaper than `found`, so the part's
    /// bound is the smaller of the two (`found` is in the smaller problem, so the solver's is never
    /// above it).
    /// - Returns: nil when the model cannot be written (a pair weight below 0, which the plan file
    ///   never allows): the search's result stands.
    static func handOver(
        _ slots: [ForumSlot], using handover: MIPHandover, found: PartPlan?, bound: Int, cutoff: Int?, after: Proof.Method?,
        relaxed: Relaxed? = nil
    ) -> Handover? {
        let solver = handover.solver
        guard let (program, x) = relaxed.map({ ($0.program, $0.x) }) ?? handover.program(slots) else { return nil }
        let start = found.flatMap { plan in plan.choice.flatMap { startValues(program, x: x, slots: slots, choice: $0, meetings: plan.meetings ?? []) } }
        var given = program
        // With fixed choices, a bound the solver proves holds only for plans cheaper than `found`.
        var ceiling = Int.max
        var fixed = 0
        if let relaxed, cutoff == nil, let plan = found, let start, let out = program.ruledOut(prices: relaxed.prices, below: plan.objective) {
            let integers = program.columns.indices.filter { program.columns[$0].isInteger }
            let kept = Set(zip(integers, start).filter { $0.1 == 1 }.map(\.0))
            for j in out where !kept.contains(j) {
                given.columns[j].upper = 0
                fixed += 1
            }
            ceiling = plan.objective
        }
        let answer = solver.solve(given, start: start, cutoff: cutoff)
        let run = Proof.MIPRun(solver: solver.name, status: answer.status, nodes: answer.nodes, after: after, fixed: fixed)
        var best = found ?? PartPlan(meetings: nil, objective: 0, bound: bound)
        best.bound = bound
        switch answer.status {
        case .failed:
            return .part(best, run)
        case .infeasible:
            guard let plan = found else { return .noPlan(run) }
            return .contradiction("\(solver.name) says part of the year has no plan, but the search found one with a total penalty of \(plan.objective)")
        case .optimal, .stopped:
            if let values = answer.values, let value = answer.objective {
                let objective = Int(value.rounded())
                guard let picked = decode(values, x: x, slots: slots) else {
                    return .contradiction("\(solver.name)'s solution does not give every forum of the part exactly one option")
                }
                if best.meetings == nil || objective < best.objective {
                    (best.meetings, best.choice, best.objective) = (picked.map(\.meeting), picked.map(\.option), objective)
                }
                if answer.status == .optimal { best.bound = max(best.bound, min(objective, ceiling)) }
            }
            if let b = answer.bound, b.isFinite { best.bound = max(best.bound, min(Int((b - 1e-6).rounded(.up)), ceiling)) }
            guard best.meetings != nil else { return .part(best, run) }
            if best.bound > best.objective {
                return .contradiction("\(solver.name) proves a lower bound of \(best.bound) for part of the year, above the plan of \(best.objective) the search found")
            }
            return .part(best, run)
        }
    }

    /// The search's plan as values of the program's integer columns (1 for each forum's chosen
    /// option and start, 0 elsewhere), in column order; nil when a start is not among its option's.
    static func startValues(_ program: MixedIntegerProgram, x: [[[Int]]], slots: [ForumSlot], choice: [Int], meetings: [Meeting]) -> [Int]? {
        var chosen = Set<Int>()
        for (f, slot) in slots.enumerated() {
            guard f < choice.count, f < meetings.count, let t = slot.options[choice[f]].starts.firstIndex(of: meetings[f].start) else { return nil }
            chosen.insert(x[f][choice[f]][t])
        }
        return program.columns.indices.filter { program.columns[$0].isInteger }.map { chosen.contains($0) ? 1 : 0 }
    }

    /// The forums' options and meetings a solution chooses: each forum's one x column at 1 (option
    /// and start); nil when a forum has none or several.
    static func decode(_ values: [Double], x: [[[Int]]], slots: [ForumSlot]) -> [(option: Int, meeting: Meeting)]? {
        var meetings: [(option: Int, meeting: Meeting)] = []
        for (f, slot) in slots.enumerated() {
            var picked: [(option: Int, start: Int)] = []
            for (k, columns) in x[f].enumerated() {
                for (t, column) in columns.enumerated() where column < values.count && values[column] > 0.5 { picked.append((k, t)) }
            }
            guard picked.count == 1, let (k, t) = picked.first else { return nil }
            meetings.append((k, meeting(slot.options[k].meeting, at: slot.options[k].starts[t])))
        }
        return meetings
    }

    /// The meeting moved to start at `start`, keeping its length.
    static func meeting(_ meeting: Meeting, at start: TimeOfDay) -> Meeting {
        var moved = meeting
        moved.start = start
        moved.end = start.adding(minutes: meeting.end.minutes - meeting.start.minutes)
        return moved
    }
}
