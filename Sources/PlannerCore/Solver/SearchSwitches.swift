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
    /// The search's switches and capacities, derived from the building blocks present (rules
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
        facilitators = all.contains { $0.facilitator != nil }
        quota = blocks.contains { if case .roundCount = $0.block { return true } else { return false } }
        bothModes = blocks.contains { if case .modeSequence(let s) = $0.block { return s.bothModes } else { return false } }
        runs = blocks.contains { if case .modeSequence(let s) = $0.block { return s.maxRun != nil } else { return false } }
        variety = blocks.contains { if case .pairCost(let p) = $0.block, case .area = p.scope { return true } else { return false } }
        spread = blocks.contains { if case .pairCost(let p) = $0.block { return p.adjacentDays != nil } else { return false } }
    }

    /// Each facilitator's daily limit for the group search: from its capacity block when the
    /// switches were derived from blocks (`Int.max` when none limits it), else from the problem.
    func facilitatorLimits(_ problem: PlanningProblem) -> [Int] {
        guard let capacities else { return problem.facilitators.map { max($0.maxForumsPerDay, 1) } }
        var limits = Array(repeating: Int.max, count: problem.facilitators.count)
        for c in capacities { if let f = c.facilitator, f < limits.count { limits[f] = min(limits[f], c.limit) } }
        return limits
    }

    /// The blocks the search cannot keep as declared, each with the reason: the search reads a day
    /// capacity of any resource, but the other kinds only in the shapes the rules declare today
    /// (a group's round count, an area's mode sequence, an area's or a group-round's pair costs
    /// with the plan file's weights, the governors' matching). `RuleCoverageTests` fails, naming the
    /// rule, for any other; a new kind or shape needs the search taught first.
    static func unsupported(_ blocks: [DeclaredBlock], context: RuleContext) -> [(rule: RuleID, reason: String)] {
        let problem = context.problem
        let w = problem.weights
        var maxRun: Int?
        if case .balanced(let run) = problem.rotation { maxRun = run }
        func area(_ id: Area.ID) -> Area? { context.areas[id] }
        return blocks.compactMap { declared in
            let reason: String?
            switch declared.block {
            case .dayCapacity(let c):
                reason = c.limit >= 1 ? nil : "a day capacity below 1"
            case .roundCount(let r):
                let areas = problem.areas.filter { $0.group == r.group }
                reason = maxRun != nil && r.forums == context.forums(of: areas, round: r.round) && r.inPerson == context.groups[r.group]?.inPersonPerRound
                    ? nil : "a round count other than a group's quota in balanced rotation"
            case .modeSequence(let s):
                let daytime = area(s.area).map { $0.kind == .daytime && s.forums == context.forums(of: $0) } ?? false
                let runOK = s.maxRun == nil || s.maxRun == maxRun
                reason = daytime && runOK && (!s.bothModes || problem.roundCount >= 2) ? nil : "a mode sequence other than a daytime area's, with the rotation's max_run"
            case .pairCost(let p):
                switch p.scope {
                case .area(let id):
                    let ok = area(id).map { p.forums == Set(context.forums(of: $0)) } ?? false
                    reason = ok && p.sameWeekday == w.sameWeekday && p.sameStart == w.sameStartTime && p.adjacentDays == nil
                        ? nil : "an area's pair cost other than the plan file's weekday and start-time weights"
                case .groupRound(let group, let round):
                    let areas = problem.areas.filter { $0.group == group }
                    reason = p.forums == context.forums(of: areas, round: round) && p.adjacentDays == w.consecutiveDays && p.sameWeekday == nil && p.sameStart == nil
                        ? nil : "a group-round's pair cost other than the plan file's consecutive-days weight"
                }
            case .matching(let m):
                reason = m.helpers == problem.governors && m.weight == w.governorAtForum && Rules.relaxedPlanRules.contains { $0.id == declared.rule }
                    ? nil : "a matching other than the governors', priced per option by a RelaxedPlanRule"
            }
            return reason.map { (declared.rule, $0) }
        }
    }
}
