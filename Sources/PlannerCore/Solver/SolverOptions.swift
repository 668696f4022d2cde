/// Settings of one solve.
public struct SolverOptions: Sendable {
    /// Stop a component's search after this many nodes; the plan is then `feasible`, with a proven lower bound.
    public var nodeBudget: Int
    /// Rules to ignore (used to explain infeasibility by relaxing rules one at a time).
    public var disabledRules: Set<RuleID>
    public init(nodeBudget: Int = 2_000_000, disabledRules: Set<RuleID> = []) {
        self.nodeBudget = nodeBudget; self.disabledRules = disabledRules
    }
}
