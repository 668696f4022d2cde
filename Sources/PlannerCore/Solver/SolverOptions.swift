/// Settings of one solve.
public struct SolverOptions: Sendable {
    /// Stop a component's search after this many nodes; the plan is then `feasible`, with a proven lower bound.
    public var nodeBudget: Int
    /// When several groups share venues, interpreters or facilitators: each group's search stops
    /// after this many nodes (its plan then counts with its proven bound). 1,000 lets every group
    /// of the 200-area instances of seeds 1, 2, 4 and 5 prove its optimum (`make bench`).
    public var groupNodeBudget: Int
    /// The most nodes the group search takes for one group on its own, whatever `nodeBudget` says.
    public static let groupSearchCap = 20_000
    /// An exact MIP solver for the parts the search leaves unproven (nil: none; the CLI passes CBC).
    /// Not used with `firstPlanOnly`.
    public var mipSolver: (any MIPSolver)? = nil
    /// With a `mipSolver`, the group search of one group hands its part over after this many nodes
    /// instead of `groupSearchCap` (measured in Documentation/Solver-Notes.md, "CBC").
    public var mipHandoverNodes = SolverOptions.mipHandoverDefault
    /// With a `mipSolver`, only parts of at most this many forums are handed over whole: CBC took
    /// 40 s on the 240 forums of generated 50 areas (seed 1), and a part of 960 would take far longer
    /// than the search's answer with its small gap (Documentation/Solver-Notes.md, "CBC"). In a part
    /// of several groups sharing resources, each group left unproven is handed over on its own
    /// (`GroupsSolve.handover`), whatever the part's size. The linear relaxation (`relaxationFirst`)
    /// is solved only for parts of at most this many forums too: on the 960 forums of generated 200
    /// areas it proves the optimum in 9.8 s, against 4.8 s for the groups' own searches.
    public var mipMaxForums = 300
    /// With a `mipSolver`, solve each part's linear relaxation before any search (`Proof.Relaxation`):
    /// its rounding dive often gives a plan at its bound, proven optimal with no search, and otherwise
    /// its bound lets the search stop at its first plan that cheap. False: the search alone, then
    /// the hand-over (to compare, and to test the hand-over).
    public var relaxationFirst = true
    /// The default of `mipHandoverNodes`.
    public static let mipHandoverDefault = 100
    /// Stop at the first plan that keeps every hard rule (for timing; its status is `feasible`).
    public var firstPlanOnly = false
    /// Look only for plans whose total penalty is at most this (nil: any plan). The group search
    /// starts as if it already had a plan one point dearer, so it soon proves that none is this
    /// cheap (`Alternatives` uses it to stop choices that cannot be listed); a plan it does find is
    /// still proven optimal. A part planned by another search ignores it.
    public var cutoff: Int? = nil
    /// A lower bound on the total known from outside (nil: none): the group search stops, proven,
    /// as soon as it has a plan this cheap, which it would otherwise have to prove optimal by its
    /// own bound. `Alternatives` gives the current optimum (pinning a forum cannot make the year
    /// cheaper). Used only when the year is one part.
    public var knownBound: Int? = nil
    /// Rules to ignore (used to explain infeasibility by relaxing rules one at a time).
    public var disabledRules: Set<RuleID>
    /// Told how the search is going now and then (nil: nobody asks); see `SearchProgress`.
    public var progress: SearchProgressHandler? = nil
    /// Testing only (0 in every real run): added to the total the search claims before the plan is
    /// re-checked, so tests can see that a wrong claim is caught (`PlanOutcome.internalError`).
    public var testingClaimOffset = 0
    /// Testing only (empty in every real run): rules about several forums planned as if listed in
    /// `Rules.planRules` (`RuleContext.planRules`), so tests can show a new rule is honoured.
    var testingPlanRules: [any PlanRule] = []
    public init(nodeBudget: Int = 2_000_000, groupNodeBudget: Int = 1_000, disabledRules: Set<RuleID> = []) {
        self.nodeBudget = nodeBudget; self.groupNodeBudget = groupNodeBudget; self.disabledRules = disabledRules
    }
}
