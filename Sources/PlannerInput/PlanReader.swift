import PlannerCore

/// Turns a plan's merged top-level sections into a validated `PlanningProblem`.
///
/// Sections are read in dependency order (people, then groups, areas, venues...), so that every
/// reference can be checked as soon as it is read; the first problem found is thrown.
struct PlanReader {
    let sections: YAMLMap

    /// The whole problem, validated, with no pins.
    func problem() throws(InputError) -> PlanningProblem {
        let forumName = try sections.required("forum", expected: "the forum's name, e.g. FoCUS")
            .text(expected: "the forum's name, e.g. FoCUS")
        let trustName = try sections.required("trust", expected: "the trust's name")
            .text(expected: "the trust's name")
        let planYear = try readPlanYear()
        let stamp = try sections.required("stamp", expected: "the date calendars are stamped with, e.g. 2027-01-15").date()
        let rounds = try readRounds(planYear: planYear)
        let facilitators = try readFacilitators()
        let groups = try readGroups(facilitators: facilitators)
        let pools = try readInterpreterPools(groups: groups)
        let calendars = try readCalendars()
        let areas = try readAreas(groups: groups, facilitators: facilitators, pools: pools, schoolCalendars: calendars.schoolCalendars)
        let standards = try readVenueStandards()
        let venues = try readVenues(areas: areas)
        let windows = try readWindows()
        let formats = try readFormats(windows: windows)
        let rotation = try readRotation(areas: areas, groups: groups, rounds: rounds)
        var problem = PlanningProblem(
            forumName: forumName, trustName: trustName, planYear: planYear, groups: groups, areas: areas,
            venues: venues, facilitators: facilitators, interpreterPools: pools, calendars: calendars,
            rounds: rounds, rotation: rotation, inPersonFormat: formats.inPerson, virtualFormat: formats.online,
            eveningFormat: formats.evening, daytimeWindow: windows.daytime, eveningWindow: windows.evening,
            baselineFeatures: standards.baseline, preferredFeatures: standards.preferred,
            maxMetresToTransport: standards.maxMetresToTransport, notice: try readNotice(),
            reimbursement: try readReimbursement(), weights: try readWeights(), joining: try readJoining(),
            pins: [], stamp: stamp, publishing: try readPublishing())
        problem.governors = try readGovernors(areas: areas)
        problem.poll = try readPoll(for: problem)
        return problem
    }

    /// `plan_year: 2027`.
    func readPlanYear() throws(InputError) -> Int {
        let value = try sections.required("plan_year", expected: InputRanges.planYear.expected)
        return try value.number(InputRanges.planYear)
    }
}

/// Shared helpers for reading lists of things with ids and references between them.
extension PlanReader {
    /// Reads a list item's `id`, refusing one already used in the same list.
    ///
    /// `seen` maps each id to the line it was first used on.
    static func uniqueID(
        in item: YAMLMap, kind: String, example: String, seen: inout [String: Int]
    ) throws(InputError) -> String {
        let value = try item.required("id", expected: "an id for this \(kind), e.g. \(example)")
        let id = try value.id(example: example)
        if let line = seen[id] {
            throw value.error("duplicate \(kind) id `\(clipped(id))`, first used at line \(line) (expected every \(kind) to have its own id)")
        }
        seen[id] = value.line ?? 0
        return id
    }

    /// Reads a reference to something declared elsewhere (an area, a facilitator...).
    static func reference(_ value: YAMLValue, kind: String, known: [String], example: String) throws(InputError) -> String {
        let id = try value.text(expected: "the id of \(article(kind)) \(kind), e.g. \(example)")
        guard known.contains(id) else { throw value.error(UnknownName.message(kind: kind, name: id, known: known)) }
        return id
    }

    /// A list of references, e.g. `leads: [cp-lead-east-surrey]`; duplicates are refused.
    static func references(_ value: YAMLValue, kind: String, known: [String], example: String) throws(InputError) -> [String] {
        var ids: [String] = []
        for item in try value.list(expected: "a list of \(kind) ids, e.g. [\(example)]") {
            let id = try reference(item, kind: kind, known: known, example: example)
            if ids.contains(id) { throw item.error("`\(clipped(id))` is listed twice (expected each \(kind) once)") }
            ids.append(id)
        }
        return ids
    }

    /// A list section such as `venues:`; absent or empty gives no items.
    func listSection(_ key: String, expected: String) throws(InputError) -> [YAMLValue] {
        guard let value = sections.optional(key) else { return [] }
        return try value.list(expected: expected)
    }

    /// "a" or "an".
    static func article(_ word: String) -> String {
        guard let first = word.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
