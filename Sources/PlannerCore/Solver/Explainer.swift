/// Explains why no plan exists, cheapest evidence first:
/// 1. forums left with no option, with the rules that removed them and the venues and dates involved;
/// 2. forums that must fall on different days (a day capacity of one, such as a one-a-day
///    facilitator) with too few days between them;
/// 3. otherwise, the rules whose relaxation alone makes a plan possible (each shown by a plan), or,
///    when no single rule does, a minimal set of rules to relax together.
struct Explainer {
    let context: RuleContext
    let options: SolverOptions
    var problem: PlanningProblem { context.problem }

    func explain(_ slots: [ForumSlot]) -> Infeasibility {
        var conflicts = slots.filter { $0.options.isEmpty }.map(describeEmpty)
        if conflicts.isEmpty { conflicts = tooFewDays(slots) }
        if conflicts.isEmpty { conflicts = [minimalRuleSet()] }
        return Infeasibility(conflicts: conflicts)
    }

    // MARK: 1. A forum with no option

    func describeEmpty(_ slot: ForumSlot) -> Conflict {
        guard let area = context.areas[slot.area] else { return Conflict(rules: [], forums: [slot.id], message: "\(slot.id): unknown area") }
        let modes = allowedModes(area: area, round: slot.round)
        let head = "\(context.roundName(slot.round)), \(area.name)"
        let rules = slot.removed.keys.sorted()
        if modes == [.inPerson] {
            if let venueReason = venueProblem(area: area) {
                return Conflict(rules: venueReason.rules, forums: [slot.id], venues: venueReason.venues, message: "\(head), in person: \(venueReason.text)")
            }
        }
        let dateText = dateProblem(area: area, slot: slot, modes: modes)
        let modeText = modes.count == 1 ? ", \(modes[0].plainName)" : ""
        return Conflict(rules: rules, forums: [slot.id], message: "\(head)\(modeText): no date, time and venue keeps every rule. \(dateText)")
    }

    func allowedModes(area: Area, round: Int) -> [Mode] {
        if area.kind == .evening && !options.disabledRules.contains(.eveningAlwaysVirtual) { return [.virtual] }
        if case .table(let table) = problem.rotation, !options.disabledRules.contains(.rotationTable),
            let modes = table[area.id], round >= 1, round <= modes.count
        {
            return [modes[round - 1]]
        }
        return Mode.allCases
    }

    /// Why no venue of the area can host an in-person forum on any day, or nil if some venue can.
    func venueProblem(area: Area) -> (text: String, rules: [RuleID], venues: [Venue.ID])? {
        let venues = problem.venues.filter { $0.areas.contains(area.id) }.sorted { $0.id < $1.id }
        if venues.isEmpty { return ("no venue serves the area", [.venueInArea], []) }
        let required = VenueRequirements.requiredFeatures(for: area, in: problem)
        let results = venues.map {
            VenueRequirements.evaluate(venue: $0, features: required, expectedAttendance: area.expectedAttendance, maxMetresToTransport: problem.maxMetresToTransport, date: nil)
                .filter { !options.disabledRules.contains($0.rule) }
        }
        guard results.allSatisfy({ $0.contains { $0.status != .met } }) else { return nil }
        // A requirement no venue meets explains it in one line.
        for requirement in results[0].map(\.id) {
            let rows = results.map { $0.first { $0.id == requirement } }
            guard rows.allSatisfy({ $0 != nil && $0?.status != .met }), let rule = rows.first??.rule else { continue }
            let list = zip(venues, rows).map { v, r in
                requirement.hasPrefix("feature:") ? "\(v.name) (\(r?.status == .unknown ? "unknown" : "no"))" : "\(v.name) (\(r?.detail ?? ""))"
            }.joined(separator: ", ")
            let what: String
            if requirement.hasPrefix("feature:") {
                what = "no venue in the area has \(Feature(String(requirement.dropFirst("feature:".count))).plainName)"
            } else if requirement == "capacity" {
                what = "no venue in the area holds the \(area.expectedAttendance) people expected"
            } else {
                what = "no venue in the area is within \(problem.maxMetresToTransport) m of public transport"
            }
            return ("\(what): \(list)", [rule], venues.map(\.id))
        }
        let list = zip(venues, results).map { v, rs in
            "\(v.name): " + rs.filter { $0.status != .met }.map(\.detail).joined(separator: "; ")
        }.joined(separator: ". ")
        let rules = Set(results.flatMap { $0.filter { $0.status != .met }.map(\.rule) }).sorted()
        return ("no venue in the area meets the requirements. \(list)", rules, venues.map(\.id))
    }

    /// Counts the days of month 1 removed by each date rule, in plain English.
    func dateProblem(area: Area, slot: ForumSlot, modes: [Mode]) -> String {
        let month = problem.rounds.forumMonth(ofRound: slot.round)
        let dateRules: [any MeetingRule] = [WorkingDayRule(), RoundWindowRule(), OutsideSchoolHolidaysRule(), FacilitatorAvailableRule(), MinimumNoticeRule()]
            .filter { !options.disabledRules.contains($0.id) }
        var counts: [RuleID: Int] = [:]
        var open: [LocalDate] = []
        let facilitators = context.facilitators(for: area)
        for date in month.days {
            let probe = Meeting(id: slot.id, round: slot.round, area: area.id, mode: .virtual, date: date, start: problem.daytimeWindow.start, end: problem.daytimeWindow.start, venue: nil, facilitators: facilitators)
            if let rule = dateRules.first(where: { $0.check(probe, in: context) != nil }) { counts[rule.id, default: 0] += 1 } else { open.append(date) }
        }
        var parts = counts.keys.sorted().map { "\(counts[$0] ?? 0) removed by \($0.rawValue)" }
        if open.isEmpty {
            return "Of the \(month.days.count) days of \(month.name): \(parts.joined(separator: ", "))."
        }
        let list = open.prefix(8).map(\.uk).joined(separator: ", ") + (open.count > 8 ? ", ..." : "")
        parts.append("\(open.count) left (\(list))")
        let other = slot.removed.keys.sorted().filter { !counts.keys.contains($0) }.map(\.rawValue)
        let more = other.isEmpty ? "" : " On those days the forum also breaks: \(other.joined(separator: ", "))."
        return "Of the \(month.days.count) days of \(month.name): \(parts.joined(separator: ", ")).\(more)"
    }

    // MARK: 2. Too few days for forums that need different days

    /// Per day capacity of one (a facilitator who takes one forum a day, usually) and round: the
    /// forums that use it on every option, when fewer days can hold them than there are forums.
    func tooFewDays(_ slots: [ForumSlot]) -> [Conflict] {
        var result: [Conflict] = []
        for declared in Rules.blocks(in: context, disabled: options.disabledRules) {
            guard case .dayCapacity(let c) = declared.block, c.limit == 1, c.venues == nil else { continue }
            for round in 1...max(problem.roundCount, 1) {
                let members = slots.filter { $0.round == round && c.forums?.contains($0.id) ?? true }
                guard members.count >= 2 else { continue }
                let days = members.map { Set($0.options.map(\.day)) }
                guard let short = hallViolation(days) else { continue }
                let forums = short.map { members[$0] }
                let free = Set(short.flatMap { days[$0] }).sorted().map { LocalDate(dayNumber: $0) }
                let names = forums.map { context.areaName($0.area) }.joined(separator: ", ")
                let dayText = free.isEmpty ? "no day" : free.map(\.uk).joined(separator: ", ")
                result.append(Conflict(
                    rules: [declared.rule] + Set(forums.flatMap { $0.removed.keys }).sorted(),
                    forums: forums.map(\.id), dates: free,
                    message: "\(context.roundName(round)): \(forums.count) forums (\(names)) need \(context.describe(c.resource)) on different days, but only \(free.count) day\(free.count == 1 ? "" : "s") can hold them: \(dayText)"))
            }
        }
        return result
    }

    /// A set of rows that together can use fewer distinct columns than rows, if any (Hall's theorem).
    func hallViolation(_ rows: [Set<Int>]) -> [Int]? {
        var matchOfDay: [Int: Int] = [:]
        func augment(_ r: Int, _ seen: inout Set<Int>) -> Bool {
            for d in rows[r].sorted() where !seen.contains(d) {
                seen.insert(d)
                if let other = matchOfDay[d] {
                    if augment(other, &seen) { matchOfDay[d] = r; return true }
                } else { matchOfDay[d] = r; return true }
            }
            return false
        }
        for r in rows.indices {
            var seen = Set<Int>()
            if !augment(r, &seen) {
                // Rows reachable from r by alternating paths form the violating set.
                var reach: Set<Int> = [r]
                var queue = [r]
                while let x = queue.popLast() {
                    for d in rows[x] { if let y = matchOfDay[d], !reach.contains(y) { reach.insert(y); queue.append(y) } }
                }
                return reach.sorted()
            }
        }
        return nil
    }

    // MARK: 3. Which rules to relax

    /// The hard rules whose relaxation makes a plan possible, each checked by finding a plan.
    ///
    /// First every hard rule is relaxed on its own: those that then allow a plan are named under
    /// "relax one of them" (each is in every conflict). When none does, the conflicts are several:
    /// starting from every hard rule relaxed, rules are put back one at a time while a plan still
    /// exists, which leaves a smallest-by-inclusion set that must be relaxed together ("relax all
    /// of them"). A rule is only named when a plan was found and kept every other rule; a search
    /// that gives up counts as no plan, so the text never promises what was not shown.
    func minimalRuleSet() -> Conflict {
        let base = options.disabledRules
        let relaxable = RuleID.allCases.filter { $0.isHard && !base.contains($0) }
        let alone = relaxable.filter { hasPlan(disabled: base.union([$0])) }
        if !alone.isEmpty {
            let list = alone.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")
            let text = alone.count == 1
                ? "No plan keeps every hard rule; relaxing this rule alone makes one possible: \(list)"
                : "No plan keeps every hard rule; relaxing any one of these rules alone makes one possible, so relax one of them: \(list)"
            return Conflict(rules: alone, message: text)
        }
        guard hasPlan(disabled: base.union(relaxable)) else {
            return Conflict(rules: [], message: "No plan was found even with every hard rule relaxed; raise the node budget to search further.")
        }
        var relaxed = relaxable
        for rule in relaxable {
            let trial = relaxed.filter { $0 != rule }
            if hasPlan(disabled: base.union(trial)) { relaxed = trial }
        }
        let list = relaxed.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")
        return Conflict(rules: relaxed, message: "No one rule's relaxation makes a plan possible; relax all of them together: \(list)")
    }

    /// Whether a plan was found that keeps every rule not `disabled` (checked by the plain rule checker).
    func hasPlan(disabled: Set<RuleID>) -> Bool {
        let slots = OptionBuilder(context: context, disabled: disabled).build()
        if slots.contains(where: { $0.options.isEmpty }) { return false }
        var trial = SolverOptions(nodeBudget: min(options.nodeBudget, 20_000), disabledRules: disabled)
        trial.testingPlanRules = options.testingPlanRules
        // A part the group search cannot take goes to the MIP solver, which proves there is no plan
        // rather than running out of nodes.
        trial.mipSolver = options.mipSolver
        guard case .found(let meetings, _, _, _, _, _) = Planner.solve(slots: slots, problem: problem, options: trial, firstOnly: true) else {
            return false
        }
        let violations = Planner.checkedViolations(meetings, slots: slots, context: context, disabled: disabled)
        return !violations.contains { $0.rule.isHard }
    }
}
