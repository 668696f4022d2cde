import PlannerCore

/// Generates synthetic planning problems of any size from a template (calendars, formats, policies),
/// for tests of the solver's invariants and for benchmarks. The same seed gives the same problem.
///
/// Areas come in groups of five (the last group takes any remainder), each group with its own
/// coordinator and evening forum; two to four venues per area with random features and unavailable
/// dates; a regional venue shared by each pair of neighbouring groups; co-production leads who cover
/// two areas; one BSL interpreter pool shared by all groups; random facilitator unavailability.
public enum InstanceGenerator {
    public static func generate(areas count: Int, seed: UInt64, template: PlanningProblem, balanced: Bool = true) -> PlanningProblem {
        var rng = SplitMix64(seed: seed)
        let total = max(count, 1)
        let groupCount = max(total / 5, 1)
        var groups: [Group] = []
        var areas: [Area] = []
        var venues: [Venue] = []
        var facilitators: [Facilitator] = []
        let months = template.rounds.forumMonths
        let allDays = months.flatMap { $0.days }
        let baseline = template.baselineFeatures
        let optional = template.preferredFeatures
        func randomDays(_ n: Int) -> Set<LocalDate> {
            var set = Set<LocalDate>()
            for _ in 0..<n { if let d = allDays.randomElement(using: &rng) { set.insert(d) } }
            return set
        }
        func pad(_ i: Int) -> String { i < 10 ? "00\(i)" : i < 100 ? "0\(i)" : "\(i)" }
        var areaNumber = 0
        for g in 0..<groupCount {
            let size = g == groupCount - 1 ? total - 5 * (groupCount - 1) : 5
            let gid = Group.ID("g\(pad(g + 1))")
            let coordinator = Facilitator(id: Facilitator.ID("\(gid)-coordinator"), name: "Coordinator, group \(g + 1)", role: .coordinator, unavailable: randomDays(Int.random(in: 0...4, using: &rng)))
            facilitators.append(coordinator)
            groups.append(Group(id: gid, name: "Group \(g + 1)", coordinators: [coordinator.id], inPersonPerRound: (size + 1) / 2))
            var leads: [Facilitator.ID] = []
            for l in 0..<((size + 1) / 2) {
                let lead = Facilitator(id: Facilitator.ID("\(gid)-lead-\(l + 1)"), name: "Co-production lead \(l + 1), group \(g + 1)", role: .coProductionLead, unavailable: randomDays(Int.random(in: 0...3, using: &rng)))
                facilitators.append(lead)
                leads.append(lead.id)
            }
            for a in 0..<size {
                areaNumber += 1
                let aid = Area.ID("\(gid)-area-\(a + 1)")
                let needs = Int.random(in: 0..<4, using: &rng) == 0 ? [optional.randomElement(using: &rng)].compactMap { $0 } : []
                let expected = Int.random(in: 12...35, using: &rng)
                areas.append(Area(id: aid, name: "Area \(areaNumber)", kind: .daytime, group: gid, leads: [leads[a / 2]], needs: needs, expectedAttendance: expected, needsInterpreter: Int.random(in: 0..<5, using: &rng) == 0))
                for v in 0..<Int.random(in: 2...4, using: &rng) {
                    // The first venue of each area meets the baseline and the area's needs, so most
                    // instances have a plan; the others are random and often fall short.
                    let good = v == 0
                    var features: [Feature: Tristate] = [:]
                    for f in baseline { features[f] = good || Int.random(in: 0..<10, using: &rng) < 8 ? .yes : (Bool.random(using: &rng) ? .no : .unknown) }
                    for f in optional { features[f] = [Tristate.yes, .no, .unknown].randomElement(using: &rng) ?? .unknown }
                    if good { for f in needs { features[f] = .yes } }
                    let capacity = good ? expected + Int.random(in: 5...40, using: &rng) : Int.random(in: 15...80, using: &rng)
                    let metres = good ? Int.random(in: 50...700, using: &rng) : Int.random(in: 50...1000, using: &rng)
                    venues.append(Venue(id: Venue.ID("\(aid)-venue-\(v + 1)"), name: "Venue \(v + 1), area \(areaNumber)", address: "\(v + 1) High Street", postcode: "ZZ\(areaNumber % 99) \(v + 1)AA", latitude: 51.0 + Double(areaNumber) * 0.01, longitude: -0.5 + Double(v) * 0.01, areas: [aid], capacity: capacity, features: features, metresToTransport: metres, unavailable: randomDays(Int.random(in: 0...6, using: &rng))))
                }
            }
            areas.append(Area(id: Area.ID("\(gid)-evening"), name: "Group \(g + 1) evening forum", kind: .evening, group: gid, leads: [], needs: [], expectedAttendance: 20))
        }
        // A regional venue for each pair of neighbouring groups, serving the first area of each.
        if groupCount >= 2 {
            for g in 0..<(groupCount - 1) {
                let served = [Area.ID("g\(pad(g + 1))-area-1"), Area.ID("g\(pad(g + 2))-area-1")]
                var features: [Feature: Tristate] = [:]
                for f in baseline + optional { features[f] = .yes }
                venues.append(Venue(id: Venue.ID("regional-\(g + 1)"), name: "Regional hall \(g + 1)", address: "1 Civic Way", postcode: "ZZ1 1RH", latitude: 51.2, longitude: -0.4, areas: served, capacity: 120, features: features, metresToTransport: 100, unavailable: randomDays(2)))
            }
        }
        var problem = template
        problem.groups = groups
        problem.areas = areas
        problem.venues = venues
        problem.facilitators = facilitators
        problem.interpreterPools = [InterpreterPool(id: "bsl", perDay: max(1, groupCount / 4), groups: groups.map(\.id))]
        problem.rotation = balanced ? .balanced(maxRun: 2) : problem.rotation
        problem.pins = []
        // The template's poll and governors name the template's areas, which are not generated.
        problem.poll = AvailabilityPoll()
        problem.governors = []
        return problem
    }
}
