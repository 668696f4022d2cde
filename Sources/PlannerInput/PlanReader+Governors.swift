import PlannerCore

/// `governors:` (optional): governors who may attend forums, known only by role ids.
extension PlanReader {
    /// Each governor's role id, the days they cannot come and (optional) the areas they cover.
    /// Absent or empty: no governors, and the rule `governor-at-forum` has no effect.
    func readGovernors(areas: [Area]) throws(InputError) -> [Governor] {
        let known = areas.map(\.id.rawValue)
        var seen: [String: Int] = [:]
        var result: [Governor] = []
        for item in try listSection("governors", expected: "a list of governors, each with a role id such as governor-1") {
            let map = try item.mapping(expected: "a governor: id, unavailable, areas", keys: ["id", "unavailable", "areas"])
            let id = try Self.uniqueID(in: map, kind: "governor", example: "governor-1", seen: &seen)
            if !GovernorRoleID.isValid(id, areaIDs: known), let value = map.optional("id") {
                throw value.error("\(quoted(id)) is not a governor role id (expected \(GovernorRoleID.expected))")
            }
            let unavailable = try readDates(map.optional("unavailable"))
            var covered: Set<Area.ID>?
            if let value = map.optional("areas") {
                let ids = try Self.references(value, kind: "area", known: known, example: "east-surrey")
                guard !ids.isEmpty else {
                    throw value.error("is an empty list (expected the ids of the areas this governor covers; leave `areas` out for every area)")
                }
                covered = Set(ids.map { Area.ID($0) })
            }
            result.append(Governor(id: .init(id), unavailable: unavailable, areas: covered))
        }
        return result
    }
}

/// The shape of a governor's role id, so that a name can never pass for one: words joined by
/// hyphens that include `governor`, end in a number, and are otherwise numbers, words of a role
/// (`public`, `staff`, `lead`...) or words of an area's id: `governor-1`, `staff-governor-2`,
/// `public-governor-east-surrey-1`. Refused: `jane-smith`, `governor-jane-1`, `governor`.
/// Why: the plan, its JSON and the coordinators' calendar name the governor expected at each forum,
/// and those files are shared; a role id means nothing outside the trust's own records.
enum GovernorRoleID {
    /// Words of a governor's role, besides `governor` itself.
    static let roleWords: Set<Substring> = ["public", "staff", "appointed", "lead", "deputy", "partner", "elected", "carer", "service", "user"]

    static let expected =
        "the word governor and a number last, with otherwise only numbers, role words (public, staff, appointed, lead, deputy, partner, elected, carer, service, user) or words of an area's id, e.g. governor-1 or public-governor-east-surrey-2; never a name"

    /// Whether `id` (already a valid kebab-case id) has the shape above, given the plan's area ids.
    static func isValid(_ id: String, areaIDs: [String]) -> Bool {
        let words = id.split(separator: "-")
        guard let last = words.last, last.allSatisfy(\.isNumber), words.contains("governor") else { return false }
        let areaWords = Set(areaIDs.flatMap { $0.split(separator: "-") })
        return words.allSatisfy { word in
            word == "governor" || word.allSatisfy(\.isNumber) || roleWords.contains(word) || areaWords.contains(word)
        }
    }
}
