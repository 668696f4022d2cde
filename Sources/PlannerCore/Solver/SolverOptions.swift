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
    /// Stop at the first plan that keeps every hard rule (for timing; its status is `feasible`).
    public var firstPlanOnly = false
    /// Rules to ignore (used to explain infeasibility by relaxing rules one at a time).
    public var disabledRules: Set<RuleID>
    /// Told how the search is going now and then (nil: nobody asks); see `SearchProgress`.
    public var progress: SearchProgressHandler? = nil
    /// Testing only (0 in every real run): added to the total the search claims before the plan is
    /// re-checked, so tests can see that a wrong claim is caught (`PlanOutcome.internalError`).
    public var testingClaimOffset = 0
    public init(nodeBudget: Int = 2_000_000, groupNodeBudget: Int = 1_000, disabledRules: Set<RuleID> = []) {
        self.nodeBudget = nodeBudget; self.groupNodeBudget = groupNodeBudget; self.disabledRules = disabledRules
    }
}
