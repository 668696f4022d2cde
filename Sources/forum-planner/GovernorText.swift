import PlannerCore

/// Which governor is expected at which forum, and the coverage per round, for the printed plan
/// and plan.json; nothing at all when the plan file lists no governors.
struct GovernorText {
    let matching: GovernorMatching
    let coverage: [GovernorMatching.RoundCoverage]

    /// nil when the plan lists no governors.
    init?(_ meetings: [Meeting], problem: PlanningProblem) {
        guard !problem.governors.isEmpty else { return nil }
        matching = GovernorMatching(meetings, governors: problem.governors)
        coverage = GovernorMatching.coverage(meetings, governors: problem.governors)
    }

    /// "governor-1", or "none free" when no governor can come.
    func expected(at forum: ForumID) -> String { matching.governor[forum]?.rawValue ?? "none free" }

    /// One line per round: "Round 2 (September 2027): a governor at 5 of 6 forums; none free for the
    /// Guildford & Waverley forum on Tue 14 Sep 2027."
    func lines(context: RuleContext) -> [String] {
        coverage.map { c in
            let count = c.withGovernor == c.forums
                ? "a governor at \(c.forums == 1 ? "the" : c.forums == 2 ? "both" : "all \(c.forums)") forum\(c.forums == 1 ? "" : "s")"
                : c.withGovernor == 0 ? "no governor at any of the \(c.forums) forum\(c.forums == 1 ? "" : "s")"
                : "a governor at \(c.withGovernor) of \(c.forums) forums"
            let missing = c.without.map { "\(GovernorAtForumRule.forumName($0.area, context)) on \($0.date.uk)" }
            let none = missing.isEmpty ? "" : "; none free for " + Self.orList(missing)
            return "\(context.roundName(c.round)): \(count)\(none)."
        }
    }

    /// "a", "a or b", "a, b or c".
    static func orList(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
