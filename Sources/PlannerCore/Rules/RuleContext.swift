/// The problem with fast lookups, shared by every rule check.
public struct RuleContext: Sendable {
    public let problem: PlanningProblem
    public let areas: [Area.ID: Area]
    public let venues: [Venue.ID: Venue]
    public let facilitators: [Facilitator.ID: Facilitator]
    public let groups: [Group.ID: Group]
    public let pins: [ForumID: Pin]
    /// `VenueRequirements.requiredFeatures` of each area, worked out once rather than per meeting.
    private let requiredFeaturesByArea: [Area.ID: [Feature]]
    /// The same for a meeting of an unknown area: the trust's baseline alone.
    private let baselineRequiredFeatures: [Feature]
    /// The preferred features not in `requiredFeaturesByArea`, per area, in the plan file's order.
    private let preferredOnlyByArea: [Area.ID: [Feature]]
    /// Rules about several forums added for a test, as if listed in `Rules.planRules`.
    let extraPlanRules: [any PlanRule]
    /// The blocks of every rule in `planRules`, in rule order, worked out once (`Rules.blocks(in:disabled:)`).
    public private(set) var declaredBlocks: [DeclaredBlock] = []
    /// The blocks of each rule of `Rules.planRules` (not the rules added for a test), by rule.
    private var catalogueBlocks: [RuleID: [RuleBlock]] = [:]

    /// The rules about several forums in force: `Rules.planRules` (and, in tests, `extraPlanRules`).
    public var planRules: [any PlanRule] { extraPlanRules.isEmpty ? Rules.planRules : Rules.planRules + extraPlanRules }

    public init(_ problem: PlanningProblem) { self.init(problem, extraPlanRules: []) }

    /// The context with rules about several forums added for a test.
    init(_ problem: PlanningProblem, extraPlanRules: [any PlanRule]) {
        self.problem = problem
        self.extraPlanRules = extraPlanRules
        areas = Dictionary(problem.areas.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        venues = Dictionary(problem.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        facilitators = Dictionary(problem.facilitators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        groups = Dictionary(problem.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        pins = Dictionary(problem.pins.map { ($0.forum, $0) }, uniquingKeysWith: { a, _ in a })
        requiredFeaturesByArea = areas.mapValues { VenueRequirements.requiredFeatures(for: $0, in: problem) }
        baselineRequiredFeatures = VenueRequirements.requiredFeatures(for: nil, in: problem)
        preferredOnlyByArea = requiredFeaturesByArea.mapValues { required in problem.preferredFeatures.filter { !required.contains($0) } }
        // The rules declare their blocks from the context, so they come last.
        let own = Rules.planRules.map { $0.blocks(in: self) }
        let extra = extraPlanRules.map { $0.blocks(in: self) }
        catalogueBlocks = Dictionary(zip(Rules.planRules.map(\.id), own), uniquingKeysWith: { a, _ in a })
        declaredBlocks = zip(planRules, own + extra).flatMap { rule, blocks in blocks.map { DeclaredBlock(rule: rule.id, block: $0) } }
    }

    /// The blocks of the rule `id` of `Rules.planRules`, as its `blocks(in:)` declares them for this
    /// context, worked out once; its `check` reads them.
    func blocks(of id: RuleID) -> [RuleBlock] { catalogueBlocks[id] ?? [] }

    /// The forum's pin, if it has one (without hashing its id when there are no pins).
    public func pin(for forum: ForumID) -> Pin? { pins.isEmpty ? nil : pins[forum] }

    public var calendars: DateCalendars { problem.calendars }

    /// The school holiday `date` falls in among the calendars the area follows (every calendar for
    /// an area that lists none, or an unknown area).
    public func schoolHoliday(on date: LocalDate, for area: Area.ID) -> SchoolHolidayMatch? {
        calendars.schoolHoliday(on: date, following: areas[area]?.schoolCalendars ?? [])
    }

    /// The holiday as the rules' messages say it: "the school holiday Summer half term 2027" with
    /// one calendar, "Hampshire County Council's Summer half term 2027" with several, and
    /// " (estimated dates)" after estimated dates.
    public func describe(_ match: SchoolHolidayMatch) -> String {
        let named = calendars.schoolCalendars.count > 1 ? "\(match.calendar.name)'s \(match.holiday.name)" : "the school holiday \(match.holiday.name)"
        return match.holiday.estimated ? named + " (estimated dates)" : named
    }

    /// "Round 2 (September 2027)"
    public func roundName(_ round: Int) -> String {
        let months = problem.rounds.forumMonths
        guard round >= 1, round <= months.count else { return "Round \(round)" }
        return "Round \(round) (\(months[round - 1].name))"
    }

    public func areaName(_ id: Area.ID) -> String { areas[id]?.name ?? id.rawValue }
    public func venueName(_ id: Venue.ID) -> String { venues[id]?.name ?? id.rawValue }
    public func facilitatorName(_ id: Facilitator.ID) -> String { facilitators[id]?.name ?? id.rawValue }

    /// "Round 2 (September 2027), East Surrey, in person on Tue 14 Sep 2027"
    public func describe(_ m: Meeting) -> String {
        "\(roundName(m.round)), \(areaName(m.area)), \(m.mode.plainName) on \(m.date.uk)"
    }

    /// Features an in-person venue must have for a forum of `area`: the trust's baseline, then the
    /// area's needs (`VenueRequirements.requiredFeatures(for:in:)`); the baseline alone for an unknown area.
    public func requiredFeatures(for area: Area.ID) -> [Feature] {
        requiredFeaturesByArea[area] ?? baselineRequiredFeatures
    }

    /// The preferred features that are not among `requiredFeatures(for:)`, in the plan file's order.
    public func preferredOnlyFeatures(for area: Area.ID) -> [Feature] {
        preferredOnlyByArea[area] ?? problem.preferredFeatures.filter { !baselineRequiredFeatures.contains($0) }
    }

    /// Facilitators of an area's forum: its group's coordinators, then its co-production leads.
    public func facilitators(for area: Area) -> [Facilitator.ID] {
        var ids = groups[area.group]?.coordinators ?? []
        for lead in area.leads where !ids.contains(lead) { ids.append(lead) }
        return ids
    }
}

/// A hard or soft rule that looks at one forum meeting alone.
///
/// `check` is the rule. The solver's option builder runs the rules on thousands of candidate
/// meetings and needs only the answers, not the words, so it asks `isBroken` (hard rules) and
/// `penalty` (soft rules). By default both come from `check`; a rule that often breaks, or that
/// writes its message at some cost, answers them without the message, from the same private
/// helper its `check` uses, so the rule's logic is still written once.
public protocol MeetingRule: Sendable {
    var id: RuleID { get }
    /// What the rule's answer (`isBroken`, `penalty`) depends on in a meeting of this problem besides
    /// its forum (id, round, area and facilitators): the option builder asks once per distinct value
    /// of these and shares the answer among the candidates that differ only in the rest
    /// (`MeetingFacets`); the messages of `check` may say more. Every facet by default, which is
    /// always right.
    func reads(in context: RuleContext) -> MeetingFacets
    /// Returns the breach, or nil when the meeting keeps the rule.
    func check(_ meeting: Meeting, in context: RuleContext) -> Violation?
    /// Whether `check` returns a breach, without writing its message.
    func isBroken(_ meeting: Meeting, in context: RuleContext) -> Bool
    /// The penalty of `check`'s breach (0 when the meeting keeps the rule), without writing its message.
    func penalty(_ meeting: Meeting, in context: RuleContext) -> Int
}

/// The parts of a meeting that vary between the candidates of one forum, for a rule to say which
/// it reads (`MeetingRule.reads`). A rule that reads none of them gives one answer for the forum.
public struct MeetingFacets: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// The date.
    public static let date = MeetingFacets(rawValue: 1)
    /// The mode and the venue.
    public static let place = MeetingFacets(rawValue: 2)
    /// The mode, the start and the end.
    public static let time = MeetingFacets(rawValue: 4)
    public static let all: MeetingFacets = [.date, .place, .time]
}

extension MeetingRule {
    public func reads(in context: RuleContext) -> MeetingFacets { .all }
    public func isBroken(_ meeting: Meeting, in context: RuleContext) -> Bool { check(meeting, in: context) != nil }
    public func penalty(_ meeting: Meeting, in context: RuleContext) -> Int { check(meeting, in: context)?.penalty ?? 0 }
}

/// A hard or soft rule that looks at several meetings together (a whole plan, or part of one).
///
/// The rule declares itself as building blocks (`RuleBlock`), which the search, the decomposition,
/// the exported model and the explainer read; `check` evaluates the same blocks (`RuleBlock`'s
/// helpers) and words each breach, so the rule is stated once.
public protocol PlanRule: Sendable {
    var id: RuleID { get }
    /// The rule's building blocks for this problem (empty when it has nothing to say, such as no
    /// interpreter pools).
    func blocks(in context: RuleContext) -> [RuleBlock]
    func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation]
}

/// A soft rule about several meetings whose penalty has a part that each forum carries on its own,
/// whatever the other forums do: `optionPenalty` is at most the forum's share of `check` in any
/// plan, so the search can price it per option (`OptionBuilder`) and the sum stays a lower bound.
/// The rest (`check` less the options' parts, never negative) is added to the plan's total after
/// the search (`Planner.solve`), which marks the plan proven only when that rest is 0.
public protocol RelaxedPlanRule: PlanRule {
    /// The penalty `meeting` carries under this rule in every plan that holds it.
    func optionPenalty(_ meeting: Meeting, in context: RuleContext) -> Int
    /// What `optionPenalty` depends on in a meeting besides its forum (as `MeetingRule.reads`).
    func optionReads(in context: RuleContext) -> MeetingFacets
}

extension RelaxedPlanRule {
    public func optionReads(in context: RuleContext) -> MeetingFacets { .all }
}
