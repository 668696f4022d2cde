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
    /// thousands of candidates; only a pin that no longer works gets its breach in words. Each rule
    /// is asked once per distinct value of what it reads (`MeetingRule.reads`), not once per candidate.
    func build() -> [ForumSlot] {
        let hard = Rules.hardMeetingRules.filter { !disabled.contains($0.id) && $0.id != .pinnedForumStays }
        let soft = Rules.softMeetingRules.filter { !disabled.contains($0.id) }
        let relaxed = Rules.relaxedPlanRules.filter { !disabled.contains($0.id) }
        let rules = SlotRules(hard: hard, soft: soft, relaxed: relaxed)
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
                    round: round, areaIdx: areaIdx, area: areas[areaIdx], rules: rules,
                    venueIndex: venueIndex, facIndex: facIndex, groupIndex: groupIndex)
            }
        }
        return built.compactMap { $0 }
    }

    /// The rules that build the options, in catalogue order.
    private struct SlotRules {
        var hard: [any MeetingRule]
        var soft: [any MeetingRule]
        var relaxed: [any RelaxedPlanRule]
    }

    /// The slot of one forum: every candidate of its round's month checked and priced.
    private func slot(
        round: Int, areaIdx: Int, area: Area, rules: SlotRules,
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
        let grid = CandidateGrid(
            forum: Meeting(id: id, round: round, area: area.id, mode: .virtual, date: month.firstDay, start: TimeOfDay(minutes: 0), end: TimeOfDay(minutes: 0), venue: nil, facilitators: facilitators),
            dates: month.days, venues: venues.map { ($0.id, venueIndex[$0.id] ?? -1) },
            formats: Mode.allCases.map { problem.format(for: area, mode: $0) })
        // A pin that still keeps every other hard rule is the forum's only option; a pin
        // before the day of re-planning is history and stays whatever the rules say now.
        if !disabled.contains(.pinnedForumStays), let pin = context.pins[id] {
            let format = problem.format(for: area, mode: pin.mode)
            let pinned = Meeting(id: id, round: round, area: area.id, mode: pin.mode, date: pin.date, start: pin.start, end: pin.start.adding(minutes: format.minutes), venue: pin.venue, facilitators: facilitators)
            let history = problem.today.map { pin.date < $0 } ?? false
            if !history, let breach = rules.hard.lazy.compactMap({ $0.check(pinned, in: context) }).first {
                slot.movedBecause = "the published \(pin.date.uk) \(pin.start) no longer works: \(breach.message) [\(breach.rule.rawValue)]"
                slot.movedRule = breach.rule
            } else {
                slot.candidates = 1
                slot.options = [option(pinned, venue: pinned.venue.flatMap { venueIndex[$0] } ?? -1, cost: price(pinned, rules: rules))]
                return slot
            }
        }
        slot.candidates = grid.count
        // Each rule's answers, worked out when a candidate first needs one and shared by the
        // candidates that differ only in what the rule does not read.
        var hard = rules.hard.map { grid.memo(reading: $0.reads(in: context)) }
        var soft = rules.soft.map { grid.memo(reading: $0.reads(in: context)) }
        var relaxed = rules.relaxed.map { grid.memo(reading: $0.optionReads(in: context)) }
        var removed = [Int](repeating: 0, count: hard.count)
        // The candidate, changed in place from one to the next.
        var m = grid.forum
        for d in grid.dates.indices {
            m.date = grid.dates[d]
            for p in grid.places.indices {
                let place = grid.places[p]
                m.mode = place.mode
                if m.venue != place.venue { m.venue = place.venue }
                candidates: for t in grid.times(of: p) {
                    m.start = grid.times[t].start
                    m.end = grid.times[t].end
                    for k in hard.indices where hard[k].answer(d, p, t, { rules.hard[k].isBroken(m, in: context) ? 1 : 0 }) != 0 {
                        removed[k] += 1
                        continue candidates
                    }
                    var cost = 0
                    for k in soft.indices { cost += soft[k].answer(d, p, t) { rules.soft[k].penalty(m, in: context) } }
                    for k in relaxed.indices { cost += relaxed[k].answer(d, p, t) { rules.relaxed[k].optionPenalty(m, in: context) } }
                    let day = m.date.dayNumber
                    if let last = slot.options.indices.last, slot.options[last].day == day,
                        slot.options[last].inPerson == (place.mode == .inPerson), slot.options[last].venue == place.index, slot.options[last].cost == cost
                    {
                        slot.options[last].starts.append(m.start)
                        continue
                    }
                    slot.options.append(option(m, venue: place.index, cost: cost))
                }
            }
        }
        for (rule, count) in zip(rules.hard, removed) where count > 0 { slot.removed[rule.id] = count }
        // Cheapest first; ties by date, time, mode and venue so the order is stable.
        slot.options.sort { ($0.cost, $0.day, $0.inPerson ? 1 : 0, $0.venue) < ($1.cost, $1.day, $1.inPerson ? 1 : 0, $1.venue) }
        return slot
    }

    /// The soft cost of one meeting: its soft rules' penalties and the relaxed rules' per-option parts.
    private func price(_ m: Meeting, rules: SlotRules) -> Int {
        rules.soft.reduce(0) { $0 + $1.penalty(m, in: context) } + rules.relaxed.reduce(0) { $0 + $1.optionPenalty(m, in: context) }
    }

    /// The option of one meeting, at `venue` (its index in the problem, -1 for none).
    private func option(_ m: Meeting, venue: Int, cost: Int) -> Option {
        Option(
            meeting: m, day: m.date.dayNumber, weekday: m.date.weekday.index, starts: [m.start], inPerson: m.mode == .inPerson,
            venue: venue, cost: cost)
    }
}

/// Every candidate meeting of one forum: each date of its month, each place (online, or in person
/// at each venue that serves the area: at none when no venue does, which no rule lets through),
/// and each start time of that place's mode, in that order.
struct CandidateGrid {
    /// A place: the mode, the venue, and the venue's index in the problem (-1 for none).
    struct Place {
        var mode: Mode
        var venue: Venue.ID?
        var index: Int
    }

    /// A time: the start and the end.
    struct Time {
        var start: TimeOfDay
        var end: TimeOfDay
    }

    /// The forum's meeting, whose id, round, area and facilitators every candidate shares.
    let forum: Meeting
    let dates: [LocalDate]
    let places: [Place]
    let times: [Time]
    /// Per place, the range of `times` of its mode.
    private let timesOfPlace: [Range<Int>]

    /// - Parameters:
    ///   - venues: the venues that serve the area, with their indices in the problem.
    ///   - formats: the forum's format for each mode, in `Mode.allCases` order.
    init(forum: Meeting, dates: [LocalDate], venues: [(id: Venue.ID, index: Int)], formats: [MeetingFormat]) {
        self.forum = forum
        self.dates = dates
        var places: [Place] = []
        var times: [Time] = []
        var ranges: [Range<Int>] = []
        for (mode, format) in zip(Mode.allCases, formats) {
            let first = times.count
            for start in format.startTimes.sorted() { times.append(Time(start: start, end: start.adding(minutes: format.minutes))) }
            let range = first..<times.count
            if mode == .virtual || venues.isEmpty {
                places.append(Place(mode: mode, venue: nil, index: -1))
                ranges.append(range)
            } else {
                for venue in venues {
                    places.append(Place(mode: mode, venue: venue.id, index: venue.index))
                    ranges.append(range)
                }
            }
        }
        self.places = places
        self.times = times
        timesOfPlace = ranges
    }

    /// How many candidates there are.
    var count: Int { dates.count * timesOfPlace.reduce(0) { $0 + $1.count } }

    /// The indices into `times` of the start times at a place.
    func times(of place: Int) -> Range<Int> { timesOfPlace[place] }

    /// An empty memo of one rule's answers, one per distinct value of the facets `reads`.
    func memo(reading reads: MeetingFacets) -> Memo {
        let byDate = reads.contains(.date), byPlace = reads.contains(.place), byTime = reads.contains(.time)
        let timeStride = byTime ? 1 : 0
        let placeStride = byPlace ? (byTime ? times.count : 1) : 0
        let dateStride = byDate ? (byPlace ? places.count : 1) * (byTime ? times.count : 1) : 0
        let count = max(dateStride * dates.count, placeStride * places.count, timeStride * times.count, 1)
        return Memo(values: [Int](repeating: Memo.unknown, count: count), dateStride: dateStride, placeStride: placeStride, timeStride: timeStride)
    }

    /// One rule's answers for the candidates, each worked out by the first candidate that asks.
    struct Memo {
        static var unknown: Int { Int.min }
        private var values: [Int]
        private let dateStride: Int
        private let placeStride: Int
        private let timeStride: Int

        init(values: [Int], dateStride: Int, placeStride: Int, timeStride: Int) {
            self.values = values; self.dateStride = dateStride; self.placeStride = placeStride; self.timeStride = timeStride
        }

        /// The answer for the candidate on date `d` at place `p` and time `t`: `work()` the first time it is asked.
        @inline(__always)
        mutating func answer(_ d: Int, _ p: Int, _ t: Int, _ work: () -> Int) -> Int {
            let index = d * dateStride + p * placeStride + t * timeStride
            if values[index] == Memo.unknown { values[index] = work() }
            return values[index]
        }
    }
}
