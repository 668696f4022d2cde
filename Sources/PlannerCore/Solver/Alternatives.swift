import Dispatch

/// The best other choices for one forum: for a coordinator negotiating with a venue.
///
/// A choice is a date, start time, mode and venue (none online) the forum could have: one of the
/// forum's options from the same `OptionBuilder` the search uses, each start time of an option a
/// choice of its own. For each choice the year is planned again with the forum pinned there (as
/// `forum-planner move` then `plan` would), so the rest of the year is re-optimised around it and
/// the published forums stay pinned. The change in total penalty is exact: it is the difference
/// of two plans, each proven optimal and re-checked by the plain rule checker (`Planner.plan`).
///
/// Pure and deterministic: the same problem gives the same alternatives, whatever order the
/// choices are planned in side by side.
public enum Alternatives {
    /// One way to hold the forum.
    public struct Choice: Sendable, Hashable, Comparable {
        public var date: LocalDate
        public var start: TimeOfDay
        public var mode: Mode
        /// The venue; nil for an online forum.
        public var venue: Venue.ID?

        public init(date: LocalDate, start: TimeOfDay, mode: Mode, venue: Venue.ID?) {
            self.date = date; self.start = start; self.mode = mode; self.venue = venue
        }

        init(_ m: Meeting) { self.init(date: m.date, start: m.start, mode: m.mode, venue: m.venue) }

        /// Date, then start time, then online before in person, then venue id.
        public static func < (l: Choice, r: Choice) -> Bool {
            (l.date, l.start, l.mode, l.venue?.rawValue ?? "") < (r.date, r.start, r.mode, r.venue?.rawValue ?? "")
        }
    }

    /// A rule whose total penalty over the year changed, before and after.
    public struct RuleChange: Sendable, Hashable {
        public var rule: RuleID
        public var before: Int
        public var after: Int
        public var change: Int { after - before }
    }


    /// One other choice and the year re-planned around it.
    public struct Alternative: Sendable {
        public var choice: Choice
        /// The forum at this choice.
        public var meeting: Meeting
        /// The year's total penalty with the forum here, its proven lower bound, and whether it is proven optimal.
        public var total: Int
        public var lowerBound: Int
        public var proven: Bool
        /// `total` less the current plan's total.
        public var change: Int
        /// Soft rules whose penalty over the year rose, in catalogue order.
        public var worse: [RuleChange]
        /// Soft rules whose penalty over the year fell, in catalogue order.
        public var better: [RuleChange]
        /// Other forums planned differently around this choice, in date order.
        public var moved: [Meeting]
        /// Every forum of the re-planned year, in date order.
        public var meetings: [Meeting]
    }

    /// What `find` gives: the current plan, the best other choices and how many were tried.
    public struct Report: Sendable {
        public var forum: ForumID
        /// The forum as it is in the current plan.
        public var current: Meeting
        /// The year planned as it stands (published forums pinned).
        public var currentPlan: Plan
        /// The best other choices, least change first (ties by date, start time, mode and venue).
        public var alternatives: [Alternative]
        /// How many other choices the forum has; each is planned again.
        public var examined: Int
        /// How many of them give a plan that keeps every hard rule.
        public var withPlan: Int
        /// How many give no plan: pinned there, some rule about several forums cannot be kept.
        public var noPlan: Int
        /// How many re-plans stopped at the node budget before proving their optimum, or before
        /// finding any plan (a listed choice's change is then the best found).
        public var unproven: Int
        /// How many searches were run for the choices (a choice that cannot be listed is often not searched).
        public var searched: Int
    }

    /// Why there are no alternatives to give.
    public enum Failure: Error, Sendable {
        /// The forum is not one of the year's forums.
        case unknownForum(ForumID)
        /// The year as it stands has no plan.
        case noPlan(Infeasibility)
        /// A plan failed the planner's own check (a bug in the planner).
        case internalError(SelfCheckFailure)
    }

    /// The `count` best other choices for `forum`, each with the year planned again around it.
    ///
    /// Every choice is planned with the same search as `Planner.plan`, over the same options (the
    /// forum's own replaced by the one choice), and re-checked by the plain rule checker. The
    /// choices are planned side by side on every core (`DispatchQueue.concurrentPerform`), cheapest
    /// own cost first. The current plan with the forum moved to a choice, when it keeps every hard
    /// rule, is a plan for that choice, so its total bounds the choice's from above. A choice among
    /// the `count` best known is searched in full; any other only for plans that could still be
    /// listed (`SolverOptions.cutoff`: at most the `count`-th best known total, or one less when
    /// that total's choice comes first among equals), so it stops as soon as its bound says it
    /// cannot be listed, and is not searched at all when the current optimum, or its own cost plus
    /// a bound on the rest of the year (`ChoiceSearch.restBound`), is already above. A choice
    /// stopped so is counted as giving a plan when the current plan with the forum moved there
    /// keeps every hard rule, else by a search for any plan. A listed choice that was searched with
    /// a cutoff is planned again without one, so its plan is the one `plan` makes.
    ///
    /// Not an error: a forum with no other choice (an empty list), or a choice with no plan (counted
    /// in `noPlan`).
    /// - Throws: `Failure` when the forum is unknown, the year has no plan, or a plan fails the
    ///   planner's own check.
    public static func find(_ forum: ForumID, in problem: PlanningProblem, count: Int, options: SolverOptions = SolverOptions()) throws(Failure)
        -> Report
    {
        let plan: Plan
        switch Planner.plan(problem, options: options) {
        case .planned(let p): plan = p
        case .infeasible(let why): throw .noPlan(why)
        case .internalError(let failure): throw .internalError(failure)
        }
        guard let current = plan.forums.first(where: { $0.meeting.id == forum })?.meeting else { throw .unknownForum(forum) }
        let search = ChoiceSearch(problem: problem, options: options, forum: current)
        let before = search.penaltiesByRule(plan.forums.map(\.meeting), slots: search.slots, context: RuleContext(problem))
        let choices = search.choices().filter { Choice($0.meeting) != Choice(current) }

        // The current plan with the forum moved to a choice, when it keeps every hard rule, is a
        // plan for that choice: its total bounds the choice's from above, and so bounds the count-th best.
        let currentMeetings = plan.forums.map(\.meeting)
        var upper = [Int?](repeating: nil, count: choices.count)
        upper.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: choices.count) { i in
                let m = choices[i].meeting
                out[i] = search.total(currentMeetings.map { $0.id == m.id ? m : $0 })
            }
        }
        let board = Board(count: count)
        for (i, u) in upper.enumerated() { if let u { board.offer(u, Choice(choices[i].meeting)) } }

        // Every choice, side by side, each searched only for plans that could still be listed.
        let rest = search.restBound(), least = plan.lowerBound
        var first = [ChoiceSearch.Outcome?](repeating: nil, count: choices.count)
        first.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: choices.count) { i in
                let choice = Choice(choices[i].meeting)
                let cutoff = board.cutoff(for: choice)
                // The year with the forum here costs at least the current optimum, and at least
                // its own cost plus the rest's bound: above the cutoff, it cannot be listed
                // (a total equal to the cutoff still can: the cutoff allows for ties).
                let bound = max(least, choices[i].cost + rest)
                if let cutoff, bound > cutoff {
                    out[i] = .cutOff
                    return
                }
                // A plan at the bound is optimal: the search stops there (`SolverOptions.knownBound`).
                let outcome = search.solve(choices[i].meeting, cutoff: cutoff, knownBound: bound)
                switch outcome {
                case .planned(let r): board.offer(r.total, choice)
                default: board.drop(choice)
                }
                out[i] = outcome
            }
        }
        // The count best (total, choice) pairs found are the best of all: a choice cut off could
        // not be among them. Those searched with a cutoff are planned again without one (the plan
        // `plan` would make). A choice cut off is counted as giving a plan when the current plan
        // with the forum moved there keeps every hard rule, else by a search for any plan.
        var outcomes = first.map { $0 ?? .noPlan }
        let solved: [(total: Int, choice: Choice)] = outcomes.indices.compactMap { i in
            guard case .planned(let r) = outcomes[i] else { return nil }
            return (r.total, Choice(choices[i].meeting))
        }
        let listed = Set(solved.sorted { ($0.total, $0.choice) < ($1.total, $1.choice) }.prefix(max(count, 0)).map(\.choice))
        let again = outcomes.indices.filter { i in
            switch outcomes[i] {
            case .cutOff: return upper[i] == nil
            case .planned(let r): return r.cutoff != nil && listed.contains(Choice(choices[i].meeting))
            default: return false
            }
        }
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: again.count) { j in
                let i = again[j]
                guard case .cutOff = out[i] else {
                    out[i] = search.solve(choices[i].meeting, cutoff: nil, knownBound: max(least, choices[i].cost + rest))
                    return
                }
                out[i] = search.solve(choices[i].meeting, cutoff: nil, firstOnly: true)
            }
        }
        var found: [Alternative] = []
        var withPlan = 0, noPlan = 0, unproven = 0
        for (i, (choice, outcome)) in zip(choices, outcomes).enumerated() {
            switch outcome {
            case .planned(let r):
                withPlan += 1
                if r.firstOnly { continue }
                if !r.proven { unproven += 1 }
                if listed.contains(Choice(choice.meeting)) { found.append(alternative(choice.meeting, r, current: plan, before: before)) }
            case .cutOff where upper[i] != nil: withPlan += 1
            case .noPlan: noPlan += 1
            case .gaveUp, .cutOff: unproven += 1
            case .failed(let failure): throw .internalError(failure)
            }
        }
        let searched = first.filter { if case .cutOff? = $0 { return false } else { return true } }.count + again.count
        found.sort { ($0.change, $0.choice) < ($1.change, $1.choice) }
        return Report(
            forum: forum, current: current, currentPlan: plan, alternatives: Array(found.prefix(max(count, 0))),
            examined: choices.count, withPlan: withPlan, noPlan: noPlan, unproven: unproven, searched: searched)
    }

    /// The problem with the forum pinned at `choice`, in place of any pin it had (as `move` records it).
    public static func pinned(_ problem: PlanningProblem, _ forum: ForumID, at choice: Choice) -> PlanningProblem {
        var p = problem
        let sequence = problem.pins.first { $0.forum == forum }?.sequence ?? 0
        p.pins = problem.pins.filter { $0.forum != forum }
            + [Pin(forum: forum, date: choice.date, start: choice.start, mode: choice.mode, venue: choice.venue, sequence: sequence)]
        return p
    }

    /// The alternative a re-planned year gives, compared with the current plan.
    static func alternative(_ meeting: Meeting, _ r: ChoiceSearch.Replanned, current: Plan, before: [RuleID: Int]) -> Alternative {
        let changes = RuleID.allCases.compactMap { rule -> RuleChange? in
            let b = before[rule] ?? 0, a = r.penalties[rule] ?? 0
            return a == b ? nil : RuleChange(rule: rule, before: b, after: a)
        }
        let was = Dictionary(current.forums.map { ($0.meeting.id, Choice($0.meeting)) }, uniquingKeysWith: { a, _ in a })
        let moved = r.meetings.filter { $0.id != meeting.id && was[$0.id] != Choice($0) }
        return Alternative(
            choice: Choice(meeting), meeting: meeting, total: r.total, lowerBound: r.lowerBound, proven: r.proven,
            change: r.total - current.objective, worse: changes.filter { $0.change > 0 }, better: changes.filter { $0.change < 0 },
            moved: moved, meetings: r.meetings)
    }

    /// The least known total of each choice (a plan's, or the bound a plan gives), shared by the
    /// choices planned side by side; the `count`-th best pair bounds what can still be listed.
    final class Board: @unchecked Sendable {
        private let count: Int
        private var known: [Choice: Int] = [:]
        private let lock = DispatchSemaphore(value: 1)
        init(count: Int) { self.count = max(count, 1) }

        /// The most points a plan for `choice` may cost and still be listed: the `count`-th best
        /// total of the other choices, less one when that total's choice comes first among equals;
        /// nil while fewer than `count` other totals are known, or when `choice` is itself among
        /// the best known (it is then searched in full, as `plan` would).
        func cutoff(for choice: Choice) -> Int? {
            lock.wait()
            defer { lock.signal() }
            let pairs = known.map { (total: $0.value, choice: $0.key) }.sorted { ($0.total, $0.choice) < ($1.total, $1.choice) }
            if pairs.prefix(count).contains(where: { $0.choice == choice }) { return nil }
            guard pairs.count >= count else { return nil }
            let last = pairs[count - 1]
            return choice < last.choice ? last.total : last.total - 1
        }

        /// A plan for `choice` costs `total` points.
        func offer(_ total: Int, _ choice: Choice) {
            lock.wait()
            defer { lock.signal() }
            known[choice] = min(known[choice] ?? total, total)
        }

        /// `choice` has no plan that could be listed.
        func drop(_ choice: Choice) {
            lock.wait()
            defer { lock.signal() }
            known[choice] = nil
        }
    }
}

/// Plans the year with one forum fixed at a choice: the options `Planner.plan` builds for the
/// problem with the forum pinned there, searched by `Planner.solve` and re-checked by the rule checker.
struct ChoiceSearch: Sendable {
    let problem: PlanningProblem
    let options: SolverOptions
    let forum: Meeting
    /// Every forum's options as `Planner.plan` builds them; the forum's own are replaced per choice.
    let slots: [ForumSlot]
    let index: Int
    /// The forum's options treated as pinned anywhere: the option builder's, for the problem with
    /// the forum pinned at its current place and that pin not binding.
    let free: ForumSlot?

    init(problem: PlanningProblem, options: SolverOptions, forum: Meeting) {
        self.problem = problem
        var options = options
        options.progress = nil
        self.options = options
        self.forum = forum
        slots = OptionBuilder(context: RuleContext(problem), disabled: options.disabledRules).build()
        index = slots.firstIndex { $0.id == forum.id } ?? -1
        let context = RuleContext(Alternatives.pinned(problem, forum.id, at: Alternatives.Choice(forum)))
        free = OptionBuilder(context: context, disabled: options.disabledRules.union([.pinnedForumStays])).build().first { $0.id == forum.id }
    }

    /// One re-planned year.
    struct Replanned: Sendable {
        var meetings: [Meeting]
        var total: Int
        var lowerBound: Int
        var proven: Bool
        /// Each soft rule's total penalty, by the plain rule checker.
        var penalties: [RuleID: Int]
        /// The cutoff searched with (nil: none).
        var cutoff: Int?
        /// Searched only for a first plan (not the best).
        var firstOnly: Bool
    }

    enum Outcome: Sendable {
        case planned(Replanned)
        /// No plan at or under the cutoff.
        case cutOff
        case noPlan
        /// The node budget ran out before any plan was found.
        case gaveUp
        case failed(SelfCheckFailure)
    }

    /// Each start time of each of the forum's options, treated as pinned (so a published forum may
    /// move to any day from today), cheapest own cost first, then by date, time, mode and venue.
    /// Each cost is the choice's own: the soft penalties of the rules about the forum alone, pinned there.
    func choices() -> [(meeting: Meeting, cost: Int)] {
        guard let slot = free else { return [] }
        var seen = Set<Alternatives.Choice>()
        var result: [(meeting: Meeting, cost: Int)] = []
        for option in slot.options {
            for start in option.starts {
                var m = option.meeting
                m.end = start.adding(minutes: m.end.minutes - m.start.minutes)
                m.start = start
                if seen.insert(Alternatives.Choice(m)).inserted { result.append((m, ownCost(m))) }
            }
        }
        return result.sorted { ($0.cost, Alternatives.Choice($0.meeting)) < ($1.cost, Alternatives.Choice($1.meeting)) }
    }

    /// The year planned with the forum pinned at `m`, searching only for plans of at most `cutoff` points.
    func solve(_ m: Meeting, cutoff: Int?, firstOnly: Bool = false, knownBound: Int? = nil) -> Outcome {
        guard slots.indices.contains(index) else { return .noPlan }
        let pinned = Alternatives.pinned(problem, m.id, at: Alternatives.Choice(m))
        let context = RuleContext(pinned)
        var local = slots
        let cost = ownCost(m, context: context)
        let venue = m.venue.flatMap { id in problem.venues.firstIndex { $0.id == id } } ?? -1
        local[index].options = [
            Option(meeting: m, day: m.date.dayNumber, weekday: m.date.weekday.index, starts: [m.start], inPerson: m.mode == .inPerson, venue: venue, cost: cost)
        ]
        local[index].movedBecause = nil
        local[index].movedRule = nil
        var settings = options
        settings.cutoff = cutoff
        settings.knownBound = knownBound
        switch Planner.solve(slots: local, problem: pinned, options: settings, firstOnly: firstOnly) {
        case .noPlan: return cutoff == nil ? .noPlan : .cutOff
        case .gaveUp: return .gaveUp
        case .contradiction(let why): return .failed(Planner.contradiction(why))
        case .found(let meetings, let total, let lower, let proven, _, let proof):
            let violations = Planner.checkedViolations(meetings, slots: local, context: context, disabled: options.disabledRules)
            if let failure = Planner.selfCheck(violations, claimed: total, bound: lower, method: proof.method) { return .failed(failure) }
            return .planned(Replanned(
                meetings: meetings.sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) }, total: total, lowerBound: lower,
                proven: proven && !firstOnly, penalties: penaltiesByRule(violations), cutoff: cutoff, firstOnly: firstOnly))
        }
    }

    /// The soft penalties of the rules about the forum alone, pinned at `m`, as the option builder prices it.
    func ownCost(_ m: Meeting, context: RuleContext? = nil) -> Int {
        let context = context ?? RuleContext(Alternatives.pinned(problem, m.id, at: Alternatives.Choice(m)))
        return Rules.softMeetingRules.filter { !options.disabledRules.contains($0.id) }.reduce(0) { $0 + $1.penalty(m, in: context) }
    }

    /// A lower bound on the rest of the year's penalty, wherever the forum is: the year planned with
    /// the forum free to take any choice at no cost of its own (its pairs with other forums still
    /// count). So a choice costs the year at least its own cost plus this.
    func restBound() -> Int {
        guard slots.indices.contains(index), var slot = free else { return 0 }
        for k in slot.options.indices { slot.options[k].cost = 0 }
        slot.movedBecause = nil
        slot.movedRule = nil
        var local = slots
        local[index] = slot
        guard case .found(_, _, let lower, _, _, _) = Planner.solve(slots: local, problem: problem, options: options, firstOnly: false) else { return 0 }
        return lower
    }

    /// The total penalty of `meetings` (the forum among them as pinned), by the plain rule
    /// checker; nil when they break a hard rule.
    func total(_ meetings: [Meeting]) -> Int? {
        guard let m = meetings.first(where: { $0.id == forum.id }) else { return nil }
        let context = RuleContext(Alternatives.pinned(problem, forum.id, at: Alternatives.Choice(m)))
        let violations = Planner.checkedViolations(meetings, slots: slots, context: context, disabled: options.disabledRules)
        return violations.contains { $0.rule.isHard } ? nil : Rules.objective(violations)
    }

    /// Each soft rule's total penalty over `meetings`, by the plain rule checker.
    func penaltiesByRule(_ meetings: [Meeting], slots: [ForumSlot], context: RuleContext) -> [RuleID: Int] {
        penaltiesByRule(Planner.checkedViolations(meetings, slots: slots, context: context, disabled: options.disabledRules))
    }

    func penaltiesByRule(_ violations: [Violation]) -> [RuleID: Int] {
        var totals: [RuleID: Int] = [:]
        for v in violations where !v.rule.isHard { totals[v.rule, default: 0] += v.penalty }
        return totals
    }
}
