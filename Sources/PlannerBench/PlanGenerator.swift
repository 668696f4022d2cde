import PlannerCore

/// Builds a synthetic re-planned year of a given number of forums without solving it, for
/// benchmarks of what comes after the solver (calendars, claims checks). The same seed gives the
/// same problem and plan.
///
/// The areas, venues and facilitators come from `InstanceGenerator`; each area's forums are placed
/// directly: a working day of the forum month up to the latest allowed day, one of the format's
/// start times, in-person and online in turn (evening forums online), the area's first venue. The
/// year reads as re-planned: every forum was published (a pin), one in `movedEvery` has moved since
/// (its pin has the old date, its SEQUENCE is one higher), and one area in `withdrawnEvery` has been
/// withdrawn, so its published forums are cancelled.
public enum PlanGenerator {
    /// One forum in this many has moved since it was published.
    public static let movedEvery = 25
    /// One area in this many has been withdrawn, its published forums cancelled.
    public static let withdrawnEvery = 40

    /// A problem and a plan with `forums` forum events in all: planned forums plus cancelled ones.
    ///
    /// Areas are filled round by round, in the generator's order, until the count is reached, so
    /// the last area may have fewer forums than rounds; areas with no forum are left out. A
    /// template with no rounds, or a count of 0, gives an empty plan.
    ///
    /// - Complexity: O(n log n) for n forums.
    public static func generate(forums count: Int, seed: UInt64, template: PlanningProblem) -> (problem: PlanningProblem, plan: Plan) {
        let rounds = template.roundCount
        var problem = InstanceGenerator.generate(areas: 1, seed: seed, template: template)
        guard count > 0, rounds > 0 else {
            problem.areas = []
            return (problem, Plan(status: .feasible, objective: 0, lowerBound: 0, forums: [], events: [], statistics: SearchStatistics()))
        }
        // InstanceGenerator adds an evening forum to every five areas: about 6 forums for 5 areas.
        var areaCount = max(1, (count + rounds - 1) / rounds * 5 / 6)
        problem = InstanceGenerator.generate(areas: areaCount, seed: seed, template: template)
        while problem.areas.count * rounds < count {
            areaCount += 5
            problem = InstanceGenerator.generate(areas: areaCount, seed: seed, template: template)
        }
        var placer = Placer(problem: problem, seed: seed)
        var kept: [Area] = []
        var meetings: [Meeting] = []
        var pins: [Pin] = []
        var cancelled: [Pin] = []
        for (index, area) in problem.areas.enumerated() where pins.count < count {
            let withdrawn = index % withdrawnEvery == withdrawnEvery - 1
            if !withdrawn { kept.append(area) }
            for round in 1...rounds where pins.count < count {
                let meeting = placer.meeting(area: area, round: round, areaIndex: index)
                var pin = Pin(forum: meeting.id, date: meeting.date, start: meeting.start, mode: meeting.mode, venue: meeting.venue)
                if (pins.count + 1) % movedEvery == 0 { pin.date = pin.date.adding(days: -7) }
                pins.append(pin)
                if withdrawn { cancelled.append(pin) } else { meetings.append(meeting) }
            }
        }
        problem.areas = kept
        problem.pins = pins
        let context = RuleContext(problem)
        let forums = meetings.sorted { ($0.round, $0.date, $0.start, $0.id) < ($1.round, $1.date, $1.start, $1.id) }.map {
            PlannedForum(meeting: $0, penalties: [], sequence: Planner.sequence(of: $0, context: context))
        }
        let plan = Plan(
            status: .feasible, objective: 0, lowerBound: 0, forums: forums,
            events: RoundEvents.derive(for: meetings, in: context), statistics: SearchStatistics(),
            cancelled: cancelled.sorted { $0.forum < $1.forum })
        return (problem, plan)
    }

    /// Places one forum at a time: date, start, mode, venue and facilitators.
    struct Placer {
        let problem: PlanningProblem
        let firstVenue: [Area.ID: Venue.ID]
        let groups: [Group.ID: Group]
        /// The working days of each round's forum month, up to the latest allowed day.
        let days: [[LocalDate]]
        var rng: SplitMix64

        init(problem: PlanningProblem, seed: UInt64) {
            self.problem = problem
            var first: [Area.ID: Venue.ID] = [:]
            for venue in problem.venues { for area in venue.areas where first[area] == nil { first[area] = venue.id } }
            firstVenue = first
            groups = Dictionary(problem.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            days = problem.rounds.forumMonths.map { month in
                let working = month.days.filter { $0.day <= problem.rounds.latestDay && problem.calendars.isWorkingDay($0) }
                return working.isEmpty ? [month.firstDay] : working
            }
            rng = SplitMix64(seed: seed ^ 0x0050_4C41_4E47_454E)
        }

        mutating func meeting(area: Area, round: Int, areaIndex: Int) -> Meeting {
            let mode: Mode = area.kind == .evening || (areaIndex + round) % 2 == 1 ? .virtual : .inPerson
            let format = problem.format(for: area, mode: mode)
            let date = days[round - 1].randomElement(using: &rng) ?? days[round - 1][0]
            let start = format.startTimes.randomElement(using: &rng) ?? problem.daytimeWindow.start
            let venue = mode == .inPerson ? firstVenue[area.id] : nil
            return Meeting(
                id: problem.forumID(round: round, area: area.id), round: round, area: area.id, mode: mode, date: date,
                start: start, end: start.adding(minutes: format.minutes), venue: venue,
                facilitators: (groups[area.group]?.coordinators ?? []) + area.leads)
        }
    }
}
