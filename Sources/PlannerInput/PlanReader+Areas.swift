import PlannerCore

/// `areas:` the area forums and the trust-wide evening forum(s).
extension PlanReader {
    /// Every area, in file order; each belongs to a declared group and names declared leads, and
    /// an area needing an interpreter has a pool serving its group.
    func readAreas(
        groups: [Group], facilitators: [Facilitator], pools: [InterpreterPool], schoolCalendars: [SchoolCalendar]
    ) throws(InputError) -> [Area] {
        let knownGroups = groups.map(\.id.rawValue)
        let knownPeople = facilitators.map(\.id.rawValue)
        var seen: [String: Int] = [:]
        var result: [Area] = []
        let expected = "a list of areas, each starting with `- id:`, with a name, a group and leads"
        let items = try requiredList("areas", expected: expected)
        if let problem = InputRanges.areaCount.countProblem(items.count, of: "areas") {
            throw try sections.required("areas", expected: expected).error(problem)
        }
        for item in items {
            let map = try item.mapping(
                expected: "an area: id, name, kind, group, leads, needs, expected_attendance, interpreter, school_calendars",
                keys: ["id", "name", "kind", "group", "leads", "needs", "expected_attendance", "interpreter", "school_calendars"])
            let id = try Self.uniqueID(in: map, kind: "area", example: "east-surrey", seen: &seen)
            let name = try map.required("name", expected: "the name people know, e.g. East Surrey")
                .text(expected: "the name people know, e.g. East Surrey")
            let kind = try readAreaKind(map.optional("kind"))
            let group = try Self.reference(
                try map.required("group", expected: "the id of the group this area belongs to, e.g. surrey"),
                kind: "group", known: knownGroups, example: "surrey")
            let leads =
                try map.optional("leads").map { (value: YAMLValue) throws(InputError) -> [String] in
                    try Self.references(value, kind: "facilitator", known: knownPeople, example: "cp-lead-east-surrey")
                } ?? []
            let needs = try map.optional("needs").map { (value: YAMLValue) throws(InputError) -> [Feature] in
                try Self.features(value)
            } ?? []
            let attendance = try map.required("expected_attendance", expected: InputRanges.attendance.expected)
                .number(InputRanges.attendance)
            let interpreterValue = map.optional("interpreter")
            let interpreter = try interpreterValue?.yesNo() ?? false
            if interpreter, let interpreterValue, !pools.contains(where: { $0.groups.contains(.init(group)) }) {
                throw interpreterValue.error(
                    "area `\(clipped(id))` needs an interpreter, but no interpreter pool serves its group `\(clipped(group))` (expected an entry in `interpreter_pools` listing `\(clipped(group))` in its groups)")
            }
            let followed = try Self.areaSchoolCalendars(map.optional("school_calendars"), known: schoolCalendars)
            result.append(
                Area(
                    id: .init(id), name: name, kind: kind, group: .init(group), leads: leads.map { .init($0) },
                    needs: needs, expectedAttendance: attendance, needsInterpreter: interpreter, schoolCalendars: followed))
        }
        return result
    }

    /// `daytime` (the default) or `evening`.
    func readAreaKind(_ value: YAMLValue?) throws(InputError) -> Area.Kind {
        guard let value else { return .daytime }
        let raw = try value.text(expected: "daytime or evening")
        guard let kind = Area.Kind(rawValue: raw.lowercased()) else {
            throw value.error("\(quoted(raw)) is not a kind of forum (expected daytime or evening)")
        }
        return kind
    }
}
