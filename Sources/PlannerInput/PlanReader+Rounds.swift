import PlannerCore

/// `rounds:` (forum months, how early in the month, committee time) and `rotation:`.
extension PlanReader {
    /// The round policy; every key is optional (seed §21 items 1, 3 and 14).
    func readRounds(planYear: Int) throws(InputError) -> RoundPolicy {
        var policy = Defaults.rounds(planYear: planYear)
        guard let section = sections.optional("rounds") else { return policy }
        let map = try section.mapping(
            expected: "forum_months, preferred_last_day, latest_day, committee_start, committee_minutes",
            keys: ["forum_months", "preferred_last_day", "latest_day", "committee_start", "committee_minutes"])
        if let value = map.optional("forum_months") {
            policy.forumMonths = try readForumMonths(value, planYear: planYear)
        }
        if let value = map.optional("preferred_last_day") { policy.preferredLastDay = try value.number(InputRanges.dayOfMonth) }
        if let value = map.optional("latest_day") { policy.latestDay = try value.number(InputRanges.dayOfMonth) }
        if policy.preferredLastDay > policy.latestDay, let value = map.optional("latest_day") ?? map.optional("preferred_last_day") {
            throw value.error(
                "the preferred last day \(policy.preferredLastDay) is after the latest day \(policy.latestDay) (expected preferred_last_day on or before latest_day)")
        }
        if let value = map.optional("committee_start") { policy.committeeStart = try value.time() }
        if let value = map.optional("committee_minutes") {
            policy.committeeMinutes = try value.number(InputRanges.committeeMinutes)
        }
        let committeeEnd = policy.committeeStart.minutes + policy.committeeMinutes
        if committeeEnd >= 24 * 60, let value = map.optional("committee_start") ?? map.optional("committee_minutes") {
            throw value.error(
                "the committee from \(policy.committeeStart) for \(policy.committeeMinutes) minutes would end at or after midnight (expected a committee that ends by 23:59)")
        }
        return policy
    }

    /// `[2027-06, 2027-09, 2027-12, 2028-03]`: at least one month, in order, no repeats, in the plan
    /// year (the last round may fall in the year after: a year from June ends in March).
    func readForumMonths(_ value: YAMLValue, planYear: Int) throws(InputError) -> [YearMonth] {
        let items = try value.list(expected: "a list of months, e.g. [2027-06, 2027-09, 2027-12, 2028-03]")
        guard !items.isEmpty else {
            throw value.error("is an empty list (expected at least one month, e.g. [2027-06, 2027-09, 2027-12, 2028-03])")
        }
        var months: [YearMonth] = []
        for item in items {
            let month = try item.yearMonth()
            if let previous = months.last, month <= previous {
                throw item.error("\(quoted(month.description)) does not come after \(previous) (expected the months in order, each once)")
            }
            months.append(month)
        }
        for (index, month) in months.enumerated() {
            let last = index == months.count - 1
            guard month.year == planYear || (last && month.year == planYear + 1) else {
                let allowed = last ? "in \(planYear), or \(planYear + 1) for the last round" : "in \(planYear); only the last round may fall in \(planYear + 1)"
                throw items[index].error(
                    "\(quoted(month.description)) is outside the plan year \(planYear) (expected a month \(allowed))")
            }
        }
        return months
    }

    /// `rotation:` either `mode: table` with one row per area, or `mode: balanced` with `max_run`.
    ///
    /// When balanced, no group may ask for more in-person forums a round than it has daytime areas.
    func readRotation(areas: [Area], groups: [Group], rounds: RoundPolicy) throws(InputError) -> Rotation {
        let expected = "`mode: table` with a `table`, or `mode: balanced` with `max_run`"
        let section = try sections.required("rotation", expected: expected)
        let map = try section.mapping(expected: expected, keys: ["mode", "table", "max_run"])
        let modeValue = try map.required("mode", expected: "table or balanced")
        let mode = try modeValue.text(expected: "table or balanced")
        switch mode {
        case "table":
            if let extra = map.optional("max_run") { throw extra.error("`max_run` is only used with `mode: balanced` (expected no max_run with a table)") }
            let table = try map.required("table", expected: "one row per area: `area-id: [online, in person, ...]`")
            return .table(try readRotationTable(table, areas: areas, rounds: rounds))
        case "balanced":
            if let extra = map.optional("table") { throw extra.error("`table` is only used with `mode: table` (expected no table with balanced)") }
            let maxRun = try map.optional("max_run")?.number(InputRanges.maxRun) ?? Defaults.maxRun
            try checkInPersonQuotas(areas: areas, groups: groups)
            return .balanced(maxRun: maxRun)
        default:
            throw modeValue.error("\(quoted(mode)) is not a rotation mode (expected table or balanced)")
        }
    }

    /// Each group's `in_person_per_round` is at most its number of daytime areas.
    func checkInPersonQuotas(areas: [Area], groups: [Group]) throws(InputError) {
        for (index, group) in groups.enumerated() {
            let daytime = areas.filter { $0.group == group.id && $0.kind == .daytime }.count
            guard group.inPersonPerRound > daytime else { continue }
            var place = sections.value
            if let list = sections.optional("groups"), case .sequence(let items) = list.node, index < items.count {
                let item = list.item(index, items[index])
                if case .mapping(let mapping) = item.node, let node = mapping["in_person_per_round"] {
                    place = item.child("in_person_per_round", node)
                }
            }
            throw place.error(
                "group `\(clipped(group.id))` asks for \(group.inPersonPerRound) in-person forums a round but has \(daytime) daytime area\(daytime == 1 ? "" : "s") (expected at most \(daytime) with `mode: balanced`)")
        }
    }

    /// One row per area, one mode per round; evening forums online in every round.
    func readRotationTable(_ value: YAMLValue, areas: [Area], rounds: RoundPolicy) throws(InputError) -> [Area.ID: [Mode]] {
        let known = areas.map(\.id.rawValue)
        let months = rounds.forumMonths.map(\.description).joined(separator: ", ")
        let map = try value.mapping(expected: "one row per area: `area-id: [online, in person, ...]`", keys: nil)
        var table: [Area.ID: [Mode]] = [:]
        for entry in map.entries {
            guard let area = areas.first(where: { $0.id.rawValue == entry.key }) else {
                throw entry.value.error(UnknownName.message(kind: "area", name: entry.key, known: known))
            }
            let cells = try entry.value.list(expected: "one mode per round, e.g. [online, in person, online, in person]")
            guard cells.count == rounds.forumMonths.count else {
                throw entry.value.error(
                    "has \(cells.count) round\(cells.count == 1 ? "" : "s") (expected \(rounds.forumMonths.count), one for each forum month: \(months))")
            }
            var modes: [Mode] = []
            for (index, cell) in cells.enumerated() {
                let mode = try Self.mode(cell)
                if area.kind == .evening, mode == .inPerson {
                    throw cell.error(
                        "round \(index + 1) is in person, but `\(clipped(area.id))` is an evening forum (expected online in every round: evening forums always meet online)")
                }
                modes.append(mode)
            }
            table[area.id] = modes
        }
        let missing = areas.filter { table[$0.id] == nil }.map { "`\(clipped($0.id))`" }
        guard missing.isEmpty else {
            throw value.error("no row for \(missing.joined(separator: ", ")) (expected one row for every area)")
        }
        return table
    }

    /// `online` (or `virtual`) and `in person` (or `in-person`).
    static func mode(_ value: YAMLValue) throws(InputError) -> Mode {
        let expected = "online or in person"
        let raw = try value.text(expected: expected)
        switch raw.lowercased() {
        case "online", "virtual": return .virtual
        case "in person", "in-person": return .inPerson
        default: throw value.error("\(quoted(raw)) is not a mode (expected \(expected))")
        }
    }
}
