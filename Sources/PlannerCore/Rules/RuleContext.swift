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
    /// Rules about several forums added for a test, as if listed in `Rules.planRules`.
    let extraPlanRules: [any PlanRule]

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
    }

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
    /// Returns the breach, or nil when the meeting keeps the rule.
    func check(_ meeting: Meeting, in context: RuleContext) -> Violation?
    /// Whether `check` returns a breach, without writing its message.
    func isBroken(_ meeting: Meeting, in context: RuleContext) -> Bool
    /// The penalty of `check`'s breach (0 when the meeting keeps the rule), without writing its message.
    func penalty(_ meeting: Meeting, in context: RuleContext) -> Int
}

extension MeetingRule {
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
}
