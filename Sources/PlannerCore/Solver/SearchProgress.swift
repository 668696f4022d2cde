/// What the search knows while it runs, for a coordinator watching a long solve. The core never
/// prints: `SolverOptions.progress` receives these and the caller decides what to show.
public struct SearchProgress: Sendable, Equatable {
    /// Nodes searched so far, over every part.
    public var nodes: Int
    /// The total penalty of the best plan found so far for the parts searched, or nil before the
    /// first plan of the part being searched.
    public var best: Int?
    /// The proven lower bound of the parts searched: no plan of them costs less.
    public var bound: Int
    /// The part being searched (1-based; parts share no forum, venue or person) and how many there are.
    public var part: Int
    public var parts: Int

    public init(nodes: Int, best: Int?, bound: Int, part: Int, parts: Int) {
        self.nodes = nodes; self.best = best; self.bound = bound; self.part = part; self.parts = parts
    }

    /// How far the best plan may be from optimal, as a fraction of its penalty (0 when proven), or nil
    /// without a plan.
    public var gap: Double? {
        guard let best else { return nil }
        return best <= bound || best == 0 ? 0 : Double(best - bound) / Double(best)
    }
}

/// Receives `SearchProgress` now and then during a search (every few thousand nodes of the
/// forum-by-forum search, every few nodes of the group search, and after each part).
public typealias SearchProgressHandler = @Sendable (SearchProgress) -> Void

/// What one search reports about its own part: nodes, best penalty (nil before a plan) and bound.
typealias PartProgress = (_ nodes: Int, _ best: Int?, _ bound: Int) -> Void
