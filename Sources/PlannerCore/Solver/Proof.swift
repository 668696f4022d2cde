/// Which search proved what about a plan: per independent part, the method that ran, its nodes, the
/// plan's total and the proven lower bound, and, where the group search stepped aside, why.
///
/// The plan has been re-checked by the plain rule checker before a `Proof` reaches anyone
/// (`Planner.plan`): no hard breach, and the total the search claimed is what the checker scores.
public struct Proof: Sendable, Hashable {
    /// An exact search of the solver.
    public enum Method: String, Sendable, Hashable {
        /// One group searched as a whole (`GroupSearch`).
        case groupSearch = "group-search"
        /// Several groups sharing resources: each group's own group search, then repairs in a fixed order (`GroupsSolve`).
        case groupSearchWithRepair = "group-search-with-repair"
        /// The forum-by-forum branch and bound (`BranchAndBound`), used only where the group search
        /// steps aside and no MIP solver is given (`--no-mip`, the library's default); with one, such
        /// a part goes to it (`mip`).
        case branchAndBound = "branch-and-bound"
        /// An exact MIP solver (`SolverOptions.mipSolver`) on the part's exported model, started from
        /// the search's plan, after the search above stopped unproven (`Part.mip` says which and how).
        case mip = "mip"
        /// The linear relaxation of the part's exported model, each forum rounded to its largest
        /// choice: that plan costs exactly the relaxation's bound, so it is optimal with no search
        /// (`Part.relaxation` says which solver and what bound).
        case linearRelaxation = "linear-relaxation"
    }

    /// A MIP solver's run on one part: which solver, what it said, its nodes, and the search that
    /// ran before it (its nodes are `Part.nodes`): nil when none did, because the group search
    /// stepped aside and the part went straight to the solver.
    public struct MIPRun: Sendable, Hashable {
        public var solver: String
        public var status: MIPAnswer.Status
        public var nodes: Int
        public var after: Method?
        /// The 0-1 choices fixed at 0 before the hand-over because the linear relaxation's reduced
        /// costs prove that no plan cheaper than the search's uses them
        /// (`MixedIntegerProgram.ruledOut(prices:below:)`); 0 when none were.
        public var fixed: Int
        public init(solver: String, status: MIPAnswer.Status, nodes: Int, after: Method?, fixed: Int = 0) {
            self.solver = solver; self.status = status; self.nodes = nodes; self.after = after; self.fixed = fixed
        }
    }

    /// The linear relaxation of a part's exported model, solved before any search when a MIP solver
    /// is given: the bound its row prices prove, worked out by the planner
    /// (`MixedIntegerProgram.lowerBound(prices:)`). A search stops, proven, as soon as it has a plan
    /// at that bound; a plan handed over is proven by it too.
    public struct Relaxation: Sendable, Hashable {
        /// The linear solver that gave the prices, e.g. "CLP".
        public var solver: String
        public var bound: Int
        public init(solver: String, bound: Int) { self.solver = solver; self.bound = bound }
    }

    /// One independent part of the problem and how it was solved.
    public struct Part: Sendable, Hashable {
        public var forums: Int
        public var method: Method
        public var nodes: Int
        /// The part's total penalty, and the proven lower bound on it.
        public var objective: Int
        public var bound: Int
        public var proven: Bool
        /// Why the group search stepped aside for this part (nil when it ran).
        public var groupSearchSteppedAside: String?
        /// The MIP solver's run, when the search handed this part over (method `.mip`).
        public var mip: MIPRun? = nil
        /// The linear relaxation's bound, when one was worked out for this part.
        public var relaxation: Relaxation? = nil
        public init(forums: Int, method: Method, nodes: Int, objective: Int, bound: Int, proven: Bool, groupSearchSteppedAside: String? = nil) {
            self.forums = forums; self.method = method; self.nodes = nodes; self.objective = objective; self.bound = bound
            self.proven = proven; self.groupSearchSteppedAside = groupSearchSteppedAside
        }
    }

    public var parts: [Part]
    /// Penalty points the relaxed rules (`RelaxedPlanRule`) add to the parts' own totals once the
    /// parts' plans are put together. A guard: 0 while every such rule's blocks link the forums it
    /// couples (a governor's forums are one part). The bound is still the sum of the parts' bounds.
    public var acrossParts = 0
    public init(parts: [Part] = []) { self.parts = parts }

    /// The one method every part used, or "mixed" when parts used different methods ("none" with no part).
    public var method: String {
        let methods = Set(parts.map(\.method.rawValue))
        if methods.count == 1, let only = methods.first { return only }
        return methods.isEmpty ? "none" : "mixed"
    }
    public var nodes: Int { parts.reduce(0) { $0 + $1.nodes } }
    /// The MIP solvers' nodes over every part handed over (0 when none was).
    public var mipNodes: Int { parts.reduce(0) { $0 + ($1.mip?.nodes ?? 0) } }
    /// The MIP solver that ran on some part (nil when none did).
    public var mipSolver: String? { parts.lazy.compactMap(\.mip?.solver).first }
    /// The linear solver that solved some part's relaxation (nil when none did), and the sum of
    /// those parts' relaxation bounds.
    public var relaxationSolver: String? { parts.lazy.compactMap(\.relaxation?.solver).first }
    public var relaxationBound: Int { parts.reduce(0) { $0 + ($1.relaxation?.bound ?? 0) } }
    public var objective: Int { parts.reduce(acrossParts) { $0 + $1.objective } }
    /// The proven lower bound on the whole plan's total: the sum of the parts' bounds.
    public var bound: Int { parts.reduce(0) { $0 + $1.bound } }
    /// How far the plan may be from the optimum, in penalty points (0 when proven optimal).
    public var gap: Int { objective - bound }
}

/// The plan the search returned failed the plain rule checker: a bug in the planner, never a
/// property of the input. The plan must not be used.
public struct SelfCheckFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Hard rules the plan breaks.
    public var hardBreaches: [Violation]
    /// The total penalty the search claimed, and the one the rule checker scores.
    public var claimed: Int
    public var scored: Int
    /// The lower bound the search claimed (above `claimed` is impossible).
    public var claimedBound: Int
    /// The method(s) that produced the plan.
    public var method: String
    /// A MIP solver's answer that contradicts what the search knows (e.g. "no solution" for a part
    /// the search has a plan for); nil when there is none.
    public var disagreement: String? = nil

    public var description: String {
        var parts: [String] = []
        if !hardBreaches.isEmpty {
            let shown = hardBreaches.prefix(3).map(\.description).joined(separator: "; ")
            let more = hardBreaches.count > 3 ? "; and \(hardBreaches.count - 3) more" : ""
            parts.append("the plan from the search (\(method)) breaks \(hardBreaches.count) hard rule\(hardBreaches.count == 1 ? "" : "s") (\(shown)\(more))")
        }
        if claimed != scored {
            parts.append("the search (\(method)) claimed a total penalty of \(claimed), but the rule checker scores the plan at \(scored)")
        }
        if claimedBound > claimed {
            parts.append("the search (\(method)) claimed a lower bound of \(claimedBound), above its plan's \(claimed)")
        }
        if let disagreement { parts.append(disagreement) }
        return parts.joined(separator: "; and ")
    }
}
