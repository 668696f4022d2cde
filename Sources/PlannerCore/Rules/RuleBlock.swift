/// What a rule about several forums compiles to: a few kinds of building blocks that every
/// consumer reads, so the rule is stated once (issue 17).
///
/// Each `PlanRule` declares its blocks from the `RuleContext` (`PlanRule.blocks(in:)`). The plain
/// checker evaluates them here, generically, and the rule only words the breaches; the
/// decomposition (`Components.split`), the exported model (`ModelBuilder+Blocks`), the search's
/// switches and shared resources (`BranchAndBound.Switches(blocks:problem:)`) and the explainer
/// read the blocks and never a rule's name. Switching a rule off removes exactly its blocks.
public enum RuleBlock: Sendable, Hashable {
    /// At most `limit` forums a day use a resource.
    case dayCapacity(DayCapacity)
    /// Exactly `inPerson` of a group's forums in a round meet in person.
    case roundCount(RoundCount)
    /// The modes an area's forums may take across the year.
    case modeSequence(ModeSequence)
    /// A cost on each pair of a set of forums that share a weekday, a start time, or adjacent days.
    case pairCost(PairCost)
    /// A soft matching of forums to helpers (governors), each helper at most one forum a day.
    case matching(Matching)
}

/// A rule's block, labelled with the rule that declared it.
public struct DeclaredBlock: Sendable, Hashable {
    public var rule: RuleID
    public var block: RuleBlock
    public init(rule: RuleID, block: RuleBlock) { self.rule = rule; self.block = block }
}

extension Rules {
    /// The blocks of every rule about several forums in the context (`RuleContext.planRules`) that
    /// is not `disabled`, in rule order.
    public static func blocks(in context: RuleContext, disabled: Set<RuleID> = []) -> [DeclaredBlock] {
        disabled.isEmpty ? context.declaredBlocks : context.declaredBlocks.filter { !disabled.contains($0.rule) }
    }
}

/// At most `limit` of the forums that use `resource` on one day.
public struct DayCapacity: Sendable, Hashable {
    /// What is limited per day. The search and the export key resources by it; `.shared` is for
    /// anything that is not a facilitator, a venue or an interpreter pool.
    public enum Resource: Sendable, Hashable {
        case facilitator(Facilitator.ID)
        case venue(Venue.ID)
        case interpreterPool(String)
        case shared(String)
    }

    public var resource: Resource
    public var limit: Int
    /// The forums that may use it; nil for every forum.
    public var forums: Set<ForumID>?
    /// nil: a forum uses it whatever its option. Otherwise only when it meets in person at one of these venues.
    public var venues: Set<Venue.ID>?

    public init(resource: Resource, limit: Int, forums: Set<ForumID>?, venues: Set<Venue.ID>? = nil) {
        self.resource = resource; self.limit = limit; self.forums = forums; self.venues = venues
    }

    /// Whether a meeting uses the resource.
    public func uses(_ m: Meeting) -> Bool { uses(m.id, m.mode, m.venue) }

    private func uses(_ id: ForumID, _ mode: Mode, _ venue: Venue.ID?) -> Bool {
        guard forums?.contains(id) ?? true else { return false }
        guard let venues else { return true }
        guard mode == .inPerson, let venue else { return false }
        // One venue (a venue's own block) is compared rather than hashed.
        return venues.count == 1 ? venues.first == venue : venues.contains(venue)
    }

    /// The days on which more meetings use the resource than its limit, by date; each day's
    /// meetings in the order given.
    public func overbooked(_ meetings: [Meeting]) -> [(date: LocalDate, meetings: [Meeting])] {
        // Those that use it by date, in the order given within a day; then each day's run.
        let used = meetings.indices.filter { uses(meetings[$0].id, meetings[$0].mode, meetings[$0].venue) }.sorted {
            (meetings[$0].date, $0) < (meetings[$1].date, $1)
        }
        var result: [(date: LocalDate, meetings: [Meeting])] = []
        var first = 0
        while first < used.count {
            let date = meetings[used[first]].date
            var end = first + 1
            while end < used.count, meetings[used[end]].date == date { end += 1 }
            if end - first > limit { result.append((date, used[first..<end].map { meetings[$0] })) }
            first = end
        }
        return result
    }
}

/// Exactly `inPerson` of `forums` (a group's forums in a round) meet in person.
public struct RoundCount: Sendable, Hashable {
    public var group: Group.ID
    public var round: Int
    public var forums: Set<ForumID>
    public var inPerson: Int

    public init(group: Group.ID, round: Int, forums: Set<ForumID>, inPerson: Int) {
        self.group = group; self.round = round; self.forums = forums; self.inPerson = inPerson
    }

    /// The meetings of the block and how many are in person, when some are planned and the count is wrong.
    public func breach(_ meetings: [Meeting]) -> (meetings: [Meeting], inPerson: Int)? {
        let own = meetings.filter { forums.contains($0.id) }
        let count = own.filter { $0.mode == .inPerson }.count
        guard !own.isEmpty, count != inPerson else { return nil }
        return (own, count)
    }
}

/// The modes an area's forums (`forums`, one per round, in round order) may take: both modes in
/// the year when `bothModes` (checked once every forum is planned), and no more than `maxRun`
/// consecutive rounds in one mode when it is set.
public struct ModeSequence: Sendable, Hashable {
    public var area: Area.ID
    public var forums: [ForumID]
    public var bothModes: Bool
    public var maxRun: Int?

    public init(area: Area.ID, forums: [ForumID], bothModes: Bool = false, maxRun: Int? = nil) {
        self.area = area; self.forums = forums; self.bothModes = bothModes; self.maxRun = maxRun
    }

    private func own(_ meetings: [Meeting]) -> [Meeting] {
        meetings.filter { forums.contains($0.id) }.sorted { $0.round < $1.round }
    }

    /// The area's meetings and the modes they never take, when every forum is planned and `bothModes` is set.
    public func missingModes(_ meetings: [Meeting]) -> (meetings: [Meeting], modes: [Mode]) {
        let own = own(meetings)
        guard bothModes, own.count == forums.count else { return (own, []) }
        return (own, Mode.allCases.filter { mode in !own.contains { $0.mode == mode } })
    }

    /// Each run of `maxRun + 1` consecutive rounds in one mode (the first rounds of a longer run).
    public func longRuns(_ meetings: [Meeting]) -> [[Meeting]] {
        guard let maxRun else { return [] }
        var result: [[Meeting]] = []
        var run: [Meeting] = []
        for m in own(meetings) {
            if let last = run.last, last.mode == m.mode, last.round + 1 == m.round { run.append(m) } else { run = [m] }
            if run.count == maxRun + 1 { result.append(run) }
        }
        return result
    }
}

/// A cost on each pair of `forums`: `sameWeekday` when both fall on one weekday, `sameStart` when
/// both start at one time, `adjacentDays` when they are on consecutive days (a term that is nil is
/// not part of the block). The later forum of the pair (by round, then date) carries it.
public struct PairCost: Sendable, Hashable {
    /// Which forums: an area's across the year, or a group's in a round. The export names its rows by it.
    public enum Scope: Sendable, Hashable {
        case area(Area.ID)
        case groupRound(Group.ID, round: Int)
    }

    public enum Term: Sendable, Hashable {
        case sameWeekday, sameStart, adjacentDays
    }

    public var scope: Scope
    public var forums: Set<ForumID>
    public var sameWeekday: Int?
    public var sameStart: Int?
    public var adjacentDays: Int?

    public init(scope: Scope, forums: Set<ForumID>, sameWeekday: Int? = nil, sameStart: Int? = nil, adjacentDays: Int? = nil) {
        self.scope = scope; self.forums = forums; self.sameWeekday = sameWeekday; self.sameStart = sameStart; self.adjacentDays = adjacentDays
    }

    /// One pair that costs something: the terms it matches, in the order above, and their total.
    public struct Breach: Sendable {
        public var earlier: Meeting
        public var later: Meeting
        public var terms: [Term]
        public var penalty: Int
    }

    /// Every pair of the block's meetings that costs more than 0, later forum by later forum.
    public func breaches(_ meetings: [Meeting]) -> [Breach] {
        let own = meetings.indices.filter { forums.contains(meetings[$0].id) }.sorted {
            let (a, b) = (meetings[$0], meetings[$1])
            return (a.round, a.date) != (b.round, b.date) ? (a.round, a.date) < (b.round, b.date) : a.id < b.id
        }
        var result: [Breach] = []
        for (i, l) in own.enumerated() {
            for e in own[..<i] {
                let (earlier, later) = (meetings[e].date, meetings[l].date)
                var terms: [Term] = []
                var penalty = 0
                if let w = sameWeekday, earlier.weekday == later.weekday { terms.append(.sameWeekday); penalty += w }
                if let w = sameStart, meetings[e].start == meetings[l].start { terms.append(.sameStart); penalty += w }
                if let w = adjacentDays, abs(later - earlier) == 1 { terms.append(.adjacentDays); penalty += w }
                if penalty > 0 { result.append(Breach(earlier: meetings[e], later: meetings[l], terms: terms, penalty: penalty)) }
            }
        }
        return result
    }
}

/// Forums matched to helpers on each day, each helper at most one forum a day and only where they
/// are free for it; each forum left without one costs `weight` (the governors of
/// `governor-at-forum`, matched by `GovernorMatching`).
public struct Matching: Sendable, Hashable {
    public var helpers: [Governor]
    public var weight: Int

    public init(helpers: [Governor], weight: Int) { self.helpers = helpers; self.weight = weight }

    /// The meetings left without a helper, by date then id, and the matching that leaves them.
    public func unmatched(_ meetings: [Meeting]) -> (meetings: [Meeting], matching: GovernorMatching) {
        let matching = GovernorMatching(meetings, governors: helpers)
        let left = meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.filter { matching.governor[$0.id] == nil }
        return (left, matching)
    }
}

extension RuleContext {
    /// Every forum of the year: one per round and area.
    public var allForums: [ForumID] {
        guard problem.roundCount > 0 else { return [] }
        return (1...problem.roundCount).flatMap { round in problem.areas.map { problem.forumID(round: round, area: $0.id) } }
    }

    /// The forums of `areas` in `round`.
    public func forums(of areas: [Area], round: Int) -> Set<ForumID> {
        Set(areas.map { problem.forumID(round: round, area: $0.id) })
    }

    /// A day capacity's resource as a sentence says it: a facilitator's or venue's name,
    /// "interpreter pool <id>", or a shared resource's name.
    public func describe(_ resource: DayCapacity.Resource) -> String {
        switch resource {
        case .facilitator(let id): return facilitatorName(id)
        case .venue(let id): return venueName(id)
        case .interpreterPool(let id): return "interpreter pool \(id)"
        case .shared(let name): return name
        }
    }

    /// An area's forums, in round order.
    public func forums(of area: Area) -> [ForumID] {
        guard problem.roundCount > 0 else { return [] }
        return (1...problem.roundCount).map { problem.forumID(round: $0, area: area.id) }
    }
}
