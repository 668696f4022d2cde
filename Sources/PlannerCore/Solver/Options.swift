import Dispatch

/// One way a forum can be held: a date, mode and venue, the start times that fit, and its own soft cost.
///
/// Start times that cost the same share one option; a rule that prices the start time (the
/// attendee poll) splits a day's starts into one option per cost. Within an option, start times
/// matter only for the variety of an area's start times across the year, chosen exactly per area
/// once the dates are placed (see `StartTimes`).
struct Option: Sendable {
    /// The meeting at the first allowed start time.
    var meeting: Meeting
    var day: Int
    var weekday: Int
    /// Start times that keep every hard rule, earliest first.
    var starts: [TimeOfDay]
    var inPerson: Bool
    /// Index into the problem's venues, or -1 for an online forum.
    var venue: Int
    /// Sum of the soft penalties of the rules about this meeting alone, and of the parts of rules
    /// about several meetings that it carries whatever the others do (`RelaxedPlanRule`).
    var cost: Int
}

/// One forum to place (an area in a round) with every option left after the hard rules about one forum.
struct ForumSlot: Sendable {
    var id: ForumID
    var round: Int
    var area: Area.ID
    var areaIndex: Int
    var groupIndex: Int
    var evening: Bool
    var facilitators: [Int]
    var pools: [Int]
    var options: [Option]
    /// How many candidates each hard rule removed (each candidate counted once, under the first rule it breaks).
    var removed: [RuleID: Int]
    var candidates: Int
    /// Set when a pin had to be released, saying why.
    var movedBecause: String?
    /// The hard rule the released pin broke.
    var movedRule: RuleID?
}

/// Builds every forum's options by applying the hard rules about one forum to every candidate
/// (date in month 1, mode, start time, venue), and scores each option with the soft rules about one
/// forum and the per-option parts of the relaxed rules about several (`RelaxedPlanRule`).
struct OptionBuilder {
    let context: RuleContext
    let disabled: Set<RuleID>

    init(context: RuleContext, disabled: Set<RuleID>) {
        self.context = context
        self.disabled = disabled
    }

    var problem: PlanningProblem { context.problem }

    /// Every forum's slot, in round then area order.
    ///
    /// Each candidate is counted under the first hard rule it breaks (`MeetingRule.isBroken`) and
    /// survivors are priced with `MeetingRule.penalty`, so no violation message is written for the
    /// thousands of candidates; only a pin that no longer works gets its breach in words.
    func build() -> [ForumSlot] {
        let hard = Rules.hardMeetingRules.filter { !disabled.contains($0.id) && $0.id != .pinnedForumStays }
        let soft = Rules.softMeetingRules.filter { !disabled.contains($0.id) }
        let relaxed = Rules.relaxedPlanRules.filter { !disabled.contains($0.id) }
        let venueIndex = Dictionary(problem.venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let facIndex = Dictionary(problem.facilitators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let groupIndex = Dictionary(problem.groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Each forum's options depend on its round and area alone: they are built side by side on
        // the machine's cores, each into its own place, so the result does not depend on timing.
        let areas = problem.areas
        let rounds = problem.roundCount > 0 ? Array(1...problem.roundCount) : []
        var built = [ForumSlot?](repeating: nil, count: rounds.count * areas.count)
        built.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: out.count) { index in
                let round = rounds[index / areas.count]
                let areaIdx = index % areas.count
                out[index] = slot(
                    round: round, areaIdx: areaIdx, area: areas[areaIdx], hard: hard, soft: soft, relaxed: relaxed,
                    venueIndex: venueIndex, facIndex: facIndex, groupIndex: groupIndex)
            }
        }
        return built.compactMap { $0 }
    }

    /// The slot of one forum: every candidate of its round's month checked and priced.
    private func slot(
        round: Int, areaIdx: Int, area: Area, hard: [any MeetingRule], soft: [any MeetingRule], relaxed: [any RelaxedPlanRule],
        venueIndex: [Venue.ID: Int], facIndex: [Facilitator.ID: Int], groupIndex: [Group.ID: Int]
    ) -> ForumSlot {
        let month = problem.rounds.forumMonth(ofRound: round)
        let id = problem.forumID(round: round, area: area.id)
        let facilitators = context.facilitators(for: area)
        let venues = problem.venues.filter { $0.areas.contains(area.id) }
        let pools = area.needsInterpreter
            ? problem.interpreterPools.enumerated().filter { $0.element.groups.contains(area.group) }.map(\.offset) : []
        var slot = ForumSlot(
            id: id, round: round, area: area.id, areaIndex: areaIdx, groupIndex: groupIndex[area.group] ?? 0,
            evening: area.kind == .evening, facilitators: facilitators.compactMap { facIndex[$0] }, pools: pools,
            options: [], removed: [:], candidates: 0)
        // Per mode: where the forum can be, its start times and its length.
        let places: [Venue.ID?] = venues.isEmpty ? [nil] : venues.map { $0.id }
        let modes = Mode.allCases.map { mode in
            let format = problem.format(for: area, mode: mode)
            return (mode: mode, places: mode == .virtual ? [nil] : places, starts: format.startTimes.sorted(), minutes: format.minutes)
        }
        var candidates: [Meeting] = []
        for date in month.days {
            for (mode, places, starts, minutes) in modes {
                for venue in places {
                    for start in starts {
                        let end = start.adding(minutes: minutes)
                        candidates.append(Meeting(id: id, round: round, area: area.id, mode: mode, date: date, start: start, end: end, venue: venue, facilitators: facilitators))
                    }
                }
            }
        }
        // A pin that still keeps every other hard rule is the forum's only option; a pin
        // before the day of re-planning is history and stays whatever the rules say now.
        var history = false
        if !disabled.contains(.pinnedForumStays), let pin = context.pins[id] {
            let format = problem.format(for: area, mode: pin.mode)
            let pinned = Meeting(id: id, round: round, area: area.id, mode: pin.mode, date: pin.date, start: pin.start, end: pin.start.adding(minutes: format.minutes), venue: pin.venue, facilitators: facilitators)
            if let today = problem.today, pin.date < today {
                history = true
                candidates = [pinned]
            } else if let breach = hard.lazy.compactMap({ $0.check(pinned, in: context) }).first {
                slot.movedBecause = "the published \(pin.date.uk) \(pin.start) no longer works: \(breach.message) [\(breach.rule.rawValue)]"
                slot.movedRule = breach.rule
            } else {
                candidates = [pinned]
            }
        }
        slot.candidates = candidates.count
        for m in candidates {
            if !history, let rule = hard.first(where: { $0.isBroken(m, in: context) }) {
                slot.removed[rule.id, default: 0] += 1
                continue
            }
            var cost = 0
            for rule in soft { cost += rule.penalty(m, in: context) }
            for rule in relaxed { cost += rule.optionPenalty(m, in: context) }
            let venue = m.venue.flatMap { venueIndex[$0] } ?? -1
            if let last = slot.options.indices.last, slot.options[last].day == m.date.dayNumber,
                slot.options[last].inPerson == (m.mode == .inPerson), slot.options[last].venue == venue, slot.options[last].cost == cost
            {
                slot.options[last].starts.append(m.start)
                continue
            }
            slot.options.append(
                Option(meeting: m, day: m.date.dayNumber, weekday: m.date.weekday.index, starts: [m.start], inPerson: m.mode == .inPerson, venue: venue, cost: cost))
        }
        // Cheapest first; ties by date, time, mode and venue so the order is stable.
        slot.options.sort { ($0.cost, $0.day, $0.inPerson ? 1 : 0, $0.venue) < ($1.cost, $1.day, $1.inPerson ? 1 : 0, $1.venue) }
        return slot
    }
}
