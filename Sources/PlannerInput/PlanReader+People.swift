import PlannerCore

/// Facilitators, groups and interpreter pools.
extension PlanReader {
    /// A required list section that must have at least one item.
    func requiredList(_ key: String, expected: String) throws(InputError) -> [YAMLValue] {
        let value = try sections.required(key, expected: expected)
        let items = try value.list(expected: expected)
        guard !items.isEmpty else { throw value.error("is an empty list (expected \(expected))") }
        return items
    }

    /// `facilitators:` the coordinator(s), co-production leads and governors, with dates they cannot make.
    func readFacilitators() throws(InputError) -> [Facilitator] {
        let expected = "a list of facilitators, each with an id, a name and a role"
        var seen: [String: Int] = [:]
        var result: [Facilitator] = []
        for item in try requiredList("facilitators", expected: expected) {
            let map = try item.mapping(
                expected: "a facilitator: id, name, role, unavailable",
                keys: ["id", "name", "role", "unavailable", "max_forums_per_day"])
            let id = try Self.uniqueID(in: map, kind: "facilitator", example: "cp-lead-east-surrey", seen: &seen)
            let name = try map.required("name", expected: "a role name, e.g. Co-production lead, East Surrey")
                .text(expected: "a role name, e.g. Co-production lead, East Surrey")
            let role = try readRole(try map.required("role", expected: "coordinator, co-production-lead or governor"))
            let unavailable = try readDates(map.optional("unavailable"))
            let perDay = try map.optional("max_forums_per_day")?.number(InputRanges.forumsPerDay) ?? 1
            result.append(Facilitator(id: .init(id), name: name, role: role, unavailable: unavailable, maxForumsPerDay: perDay))
        }
        return result
    }

    /// `coordinator`, `co-production-lead` (or `co-production lead`) or `governor`.
    func readRole(_ value: YAMLValue) throws(InputError) -> Facilitator.Role {
        let expected = "coordinator, co-production-lead or governor"
        let raw = try value.text(expected: expected)
        guard let role = Facilitator.Role(rawValue: raw.lowercased().replacingOccurrences(of: " ", with: "-")) else {
            throw value.error("\(quoted(raw)) is not a facilitator role (expected \(expected))")
        }
        return role
    }

    /// A list of dates and date ranges (`2027-08-02 to 2027-08-13`), as a set of days.
    func readDates(_ value: YAMLValue?) throws(InputError) -> Set<LocalDate> {
        guard let value else { return [] }
        var days = Set<LocalDate>()
        for item in try value.list(expected: "a list of dates or ranges, e.g. [2027-06-08, 2027-08-02 to 2027-08-13]") {
            days.formUnion(try item.datesOrRange())
        }
        return days
    }

    /// `groups:` areas served by the same coordinator(s).
    func readGroups(facilitators: [Facilitator]) throws(InputError) -> [Group] {
        let known = facilitators.map(\.id.rawValue)
        var seen: [String: Int] = [:]
        var result: [Group] = []
        for item in try requiredList("groups", expected: "a list of groups, each with an id, a name and coordinators") {
            let map = try item.mapping(
                expected: "a group: id, name, coordinators, in_person_per_round",
                keys: ["id", "name", "coordinators", "in_person_per_round"])
            let id = try Self.uniqueID(in: map, kind: "group", example: "surrey", seen: &seen)
            let name = try map.required("name", expected: "the group's name, e.g. Surrey").text(expected: "the group's name, e.g. Surrey")
            let coordinators = try Self.references(
                try map.required("coordinators", expected: "the ids of the coordinators who attend every forum"),
                kind: "facilitator", known: known, example: "focus-coordinator")
            let perRound = try map.required("in_person_per_round", expected: InputRanges.inPersonPerRound.expected)
                .number(InputRanges.inPersonPerRound)
            result.append(
                Group(id: .init(id), name: name, coordinators: coordinators.map { .init($0) }, inPersonPerRound: perRound))
        }
        return result
    }

    /// `interpreter_pools:` (optional) shared interpreters, e.g. BSL, with a limit per day.
    func readInterpreterPools(groups: [Group]) throws(InputError) -> [InterpreterPool] {
        let known = groups.map(\.id.rawValue)
        var seen: [String: Int] = [:]
        var result: [InterpreterPool] = []
        for item in try listSection("interpreter_pools", expected: "a list of interpreter pools, each with an id, per_day and groups") {
            let map = try item.mapping(expected: "an interpreter pool: id, per_day, groups", keys: ["id", "per_day", "groups"])
            let id = try Self.uniqueID(in: map, kind: "interpreter pool", example: "bsl", seen: &seen)
            let perDay = try map.required("per_day", expected: InputRanges.poolPerDay.expected).number(InputRanges.poolPerDay)
            let served = try Self.references(
                try map.required("groups", expected: "the ids of the groups the pool serves, e.g. [surrey]"),
                kind: "group", known: known, example: "surrey")
            result.append(InterpreterPool(id: id, perDay: perDay, groups: served.map { .init($0) }))
        }
        return result
    }
}
