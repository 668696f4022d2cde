/// Soft: every forum has a governor where one can come: each forum without one costs points
/// (seed §12: forums "frequently attended by governors"; §21 item 41: at least one governor at
/// every forum, soft). A governor attends at most one forum a day, only on days they are free and
/// only forums of the areas they cover; on each day the forums and the free governors are matched
/// so that as many forums as possible have one (`GovernorMatching`). No governors listed: no effect.
///
/// For the search, the rule's cost has a per-forum part that holds whatever the other forums do:
/// a forum on a day when no governor covering its area is free costs the weight
/// (`optionPenalty`). That part is exact whenever the forums of a day never compete for a
/// governor (in one group with a one-a-day coordinator, each day has at most one forum); where
/// they do, the plan is scored by `check` and the search's claim is corrected (`Planner.solve`).
public struct GovernorAtForumRule: RelaxedPlanRule {
    public let id = RuleID.governorAtForum
    public func optionReads(in context: RuleContext) -> MeetingFacets { [.date] }
    public init() {}

    /// One soft matching of forums to the governors, when there are governors and the weight is above 0.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        let weight = context.problem.weights.governorAtForum
        guard weight > 0, !context.problem.governors.isEmpty else { return [] }
        return [.matching(Matching(helpers: context.problem.governors, weight: weight))]
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        let byDate = Dictionary(grouping: meetings, by: \.date)
        return context.blocks(of: id).flatMap { block -> [Violation] in
            guard case .matching(let cover) = block else { return [] }
            let (left, matching) = cover.unmatched(meetings)
            return left.map { m in
                let others = (byDate[m.date] ?? []).filter { $0.id != m.id && matching.governor[$0.id] != nil }
                let free = cover.helpers.contains { $0.isFree(for: m.area, on: m.date) }
                let message = free && !others.isEmpty
                    ? "no governor left: those free on \(m.date.uk) are expected at \(others.map { Self.forumName($0.area, context) }.joined(separator: " and "))"
                    : "no governor who covers \(Self.forumName(m.area, context)) is free on \(m.date.uk)"
                return Violation(rule: id, penalty: cover.weight, forums: [m.id], dates: [m.date], message: message)
            }
        }
    }

    /// "the Guildford & Waverley forum", "the Surrey-wide evening forum" (a name that already says forum).
    public static func forumName(_ area: Area.ID, _ context: RuleContext) -> String {
        let name = context.areaName(area)
        return name.lowercased().hasSuffix("forum") ? "the \(name)" : "the \(name) forum"
    }

    /// The weight when no governor who covers the forum's area is free on its date, else 0.
    public func optionPenalty(_ m: Meeting, in context: RuleContext) -> Int {
        let problem = context.problem
        guard problem.weights.governorAtForum > 0, !problem.governors.isEmpty,
            !problem.governors.contains(where: { $0.isFree(for: m.area, on: m.date) })
        else { return 0 }
        return problem.weights.governorAtForum
    }
}

/// Which governor is expected at which forum: on each day, a maximum matching between that day's
/// forums and the governors free for them (Kuhn's augmenting paths), forums in id order and
/// governors in the plan file's order, so the same plan always gives the same answer.
///
/// - Complexity: O(F · G · E) per day for F forums, G governors and E forum–governor pairs of the day.
public struct GovernorMatching: Sendable {
    /// The governor expected at each forum that has one.
    public let governor: [ForumID: Governor.ID]

    public init(_ meetings: [Meeting], governors: [Governor]) {
        var result: [ForumID: Governor.ID] = [:]
        for (date, list) in Dictionary(grouping: meetings, by: \.date) {
            let forums = list.sorted { $0.id < $1.id }
            let candidates = forums.map { m in governors.indices.filter { governors[$0].isFree(for: m.area, on: date) } }
            for (forum, g) in Self.match(candidates) { result[forums[forum].id] = governors[g].id }
        }
        governor = result
    }

    /// A maximum matching of forums (indices of `candidates`) to governors (the indices each lists).
    static func match(_ candidates: [[Int]]) -> [(forum: Int, governor: Int)] {
        var forumOf: [Int: Int] = [:]
        func augment(_ forum: Int, _ seen: inout Set<Int>) -> Bool {
            for g in candidates[forum] where !seen.contains(g) {
                seen.insert(g)
                if let other = forumOf[g] {
                    guard augment(other, &seen) else { continue }
                }
                forumOf[g] = forum
                return true
            }
            return false
        }
        for forum in candidates.indices {
            var seen = Set<Int>()
            _ = augment(forum, &seen)
        }
        return forumOf.map { (forum: $0.value, governor: $0.key) }.sorted { $0.forum < $1.forum }
    }

    /// Per round, the forums with a governor and those without, for the plan's summary.
    public static func coverage(_ meetings: [Meeting], governors: [Governor]) -> [RoundCoverage] {
        let matching = GovernorMatching(meetings, governors: governors)
        return Dictionary(grouping: meetings, by: \.round).keys.sorted().map { round in
            let own = meetings.filter { $0.round == round }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            return RoundCoverage(
                round: round, forums: own.count, withGovernor: own.filter { matching.governor[$0.id] != nil }.count,
                without: own.filter { matching.governor[$0.id] == nil })
        }
    }

    /// One round's governor coverage.
    public struct RoundCoverage: Sendable, Hashable {
        public var round: Int
        public var forums: Int
        public var withGovernor: Int
        /// The forums of the round without a governor, by date.
        public var without: [Meeting]
    }
}
