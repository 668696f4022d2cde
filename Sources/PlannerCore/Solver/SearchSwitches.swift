/// One day capacity (`DayCapacity`) as the search keeps it: slot options instead of meetings.
struct SearchCapacity: Sendable {
    var limit: Int
    /// The forums that may use it; nil for every forum.
    var forums: Set<ForumID>?
    /// Indices of the venues where an in-person option uses it; nil when every option does.
    var venues: Set<Int>?
    /// The facilitator's index when the resource is a facilitator and every option uses it: the
    /// group search's one-a-day coordinators and the forum-by-forum search's cliques come from these.
    var facilitator: Int?

    func uses(_ slot: ForumSlot, _ o: Option) -> Bool {
        guard forums?.contains(slot.id) ?? true else { return false }
        guard let venues else { return true }
        return o.inPerson && venues.contains(o.venue)
    }
}

extension BranchAndBound.Switches {
    /// The searches' capacities and rules, derived from the building blocks present (rules
    /// switched off have none): a day capacity on any resource is kept by the forum-by-forum search
    /// and, between groups, by `SharedResources`; inside a group the one-a-day coordinator keeps it.
    init(blocks: [DeclaredBlock], problem: PlanningProblem) {
        self.init()
        let venueIndex = Dictionary(problem.venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let facilitatorIndex = Dictionary(problem.facilitators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var all: [SearchCapacity] = []
        for case .dayCapacity(let c) in blocks.map(\.block) {
            var facilitator: Int?
            if case .facilitator(let id) = c.resource, c.venues == nil { facilitator = facilitatorIndex[id] }
            all.append(SearchCapacity(
                limit: c.limit, forums: c.forums, venues: c.venues.map { Set($0.compactMap { venueIndex[$0] }) }, facilitator: facilitator))
        }
        capacities = all
        rules = SearchRules(blocks: blocks, problem: problem)
    }

    /// Whether some facilitator is limited per day (true when the switches were not derived from blocks).
    var facilitators: Bool { capacities?.contains { $0.facilitator != nil } ?? true }

    /// Each facilitator's daily limit for the group search: from its capacity block when the
    /// switches were derived from blocks (`Int.max` when none limits it), else from the problem.
    func facilitatorLimits(_ problem: PlanningProblem) -> [Int] {
        guard let capacities else { return problem.facilitators.map { max($0.maxForumsPerDay, 1) } }
        var limits = Array(repeating: Int.max, count: problem.facilitators.count)
        for c in capacities { if let f = c.facilitator, f < limits.count { limits[f] = min(limits[f], c.limit) } }
        return limits
    }

    /// The blocks the search cannot keep as declared, each with the reason. The search reads a day
    /// capacity of any resource and, through `SearchRules`, a round count over some of a group's
    /// forums in one round, a mode sequence over some of an area's forums, an area's pair cost on
    /// weekdays and start times over all its forums, and a group-round's pair cost on consecutive
    /// days over all its forums, whatever their counts and weights (0 or more); the governors'
    /// matching only as declared today. `RuleCoverageTests` fails, naming the rule, for any other; a
    /// new kind or shape needs the search taught first.
    static func unsupported(_ blocks: [DeclaredBlock], context: RuleContext) -> [(rule: RuleID, reason: String)] {
        let problem = context.problem
        func groupRound(_ group: Group.ID, _ round: Int) -> Set<ForumID> {
            context.forums(of: problem.areas.filter { $0.group == group }, round: round)
        }
        func areaForums(_ id: Area.ID) -> [ForumID] { context.areas[id].map { context.forums(of: $0) } ?? [] }
        func nonNegative(_ weights: Int?...) -> Bool { weights.allSatisfy { ($0 ?? 0) >= 0 } }
        return blocks.compactMap { declared in
            let reason: String?
            switch declared.block {
            case .dayCapacity(let c):
                reason = c.limit >= 1 ? nil : "a day capacity below 1"
            case .roundCount(let r):
                reason = !r.forums.isEmpty && r.forums.isSubset(of: groupRound(r.group, r.round))
                    ? nil : "a round count over forums that are not of one group in one round"
            case .modeSequence(let s):
                let own = areaForums(s.area)
                let ok = !s.forums.isEmpty && Set(s.forums).count == s.forums.count && s.forums.allSatisfy(own.contains)
                reason = ok && (s.maxRun ?? 0) >= 0 ? nil : "a mode sequence over forums that are not of one area, or with a max run below 0"
            case .pairCost(let p):
                switch p.scope {
                case .area(let id):
                    reason = p.forums == Set(areaForums(id)) && p.adjacentDays == nil && nonNegative(p.sameWeekday, p.sameStart)
                        ? nil : "an area's pair cost other than on weekdays and start times (0 or more) over all its forums"
                case .groupRound(let group, let round):
                    reason = p.forums == groupRound(group, round) && p.sameWeekday == nil && p.sameStart == nil && nonNegative(p.adjacentDays)
                        ? nil : "a group-round's pair cost other than on consecutive days (0 or more) over all its forums"
                }
            case .matching(let m):
                reason = m.helpers == problem.governors && m.weight == problem.weights.governorAtForum && Rules.relaxedPlanRules.contains { $0.id == declared.rule }
                    ? nil : "a matching other than the governors', priced per option by a RelaxedPlanRule"
            }
            return reason.map { (declared.rule, $0) }
        }
    }
}

/// What the searches (the group search and the forum-by-forum search) keep of the rules about
/// several forums other than day capacities, read from their building blocks (never from a rule,
/// nor from the plan file's rotation, quotas and weights): the round counts, the mode sequences,
/// and the pair costs' weights. Blocks of one kind on the same forums add up, as the checker and
/// the export add them.
struct SearchRules: Sendable {
    /// The round counts, by the index of their group.
    var roundCounts: [Int: [RoundCount]] = [:]
    /// The mode sequences, by the index of their area.
    var sequences: [Int: [ModeSequence]] = [:]
    /// Per area index: the cost of each pair of its forums on one weekday, and at one start time.
    var sameWeekday: [Int: Int] = [:]
    var sameStart: [Int: Int] = [:]
    /// Per group index and round: the cost of each pair of its forums on consecutive days.
    var adjacentDays: [GroupRound: Int] = [:]

    struct GroupRound: Hashable, Sendable {
        var group: Int
        var round: Int
    }

    init(blocks: [DeclaredBlock], problem: PlanningProblem) {
        let areaIndex = Dictionary(problem.areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let groupIndex = Dictionary(problem.groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for declared in blocks {
            switch declared.block {
            case .roundCount(let r):
                if let g = groupIndex[r.group] { roundCounts[g, default: []].append(r) }
            case .modeSequence(let s):
                if let a = areaIndex[s.area] { sequences[a, default: []].append(s) }
            case .pairCost(let p):
                switch p.scope {
                case .area(let id):
                    guard let a = areaIndex[id] else { continue }
                    sameWeekday[a, default: 0] += p.sameWeekday ?? 0
                    sameStart[a, default: 0] += p.sameStart ?? 0
                case .groupRound(let id, let round):
                    guard let g = groupIndex[id] else { continue }
                    adjacentDays[GroupRound(group: g, round: round), default: 0] += p.adjacentDays ?? 0
                }
            case .dayCapacity, .matching:
                continue
            }
        }
    }

    /// The rules of every rule about several forums of the problem (for the searches' own tests).
    init(problem: PlanningProblem) {
        self.init(blocks: Rules.blocks(in: RuleContext(problem)), problem: problem)
    }
}
