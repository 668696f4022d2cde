/// Checks one venue against the access requirements of a forum or area, for venue bookers.
///
/// The requirements are the solver's own (`VenueRequirements`): the trust's baseline features,
/// the area's needs and any extra needs; capacity against the area's expected attendance;
/// distance to public transport against the plan's threshold; and availability on a date when
/// one is given. On top of those, the venue must serve the area (the solver's `venue-in-area`).
public enum VenueCheck {
    /// Checks `request` against `problem`.
    ///
    /// Not an error: a venue that fails every requirement (the report says so), or an area with
    /// no other venue (the alternatives are empty).
    ///
    /// - Throws: `VenueCheckError` for an unknown venue, area, forum or feature, an evening forum
    ///   (always online), or no area given for a venue that serves several.
    /// - Complexity: O(v · r) for v venues and r requirements.
    public static func run(_ request: VenueCheckRequest, in problem: PlanningProblem) throws(VenueCheckError)
        -> VenueReport
    {
        guard let venue = problem.venue(request.venue) else {
            throw .unknownVenue(request.venue.rawValue, known: problem.venues.map(\.id.rawValue).sorted())
        }
        for need in request.needs where Feature.vocabulary[need.id] == nil {
            throw .unknownFeature(need.id, known: Feature.knownIDs)
        }
        let target = try resolve(request.target, venue: venue, in: problem)
        let requirements = self.requirements(
            venue: venue, area: target.area, needs: request.needs, date: request.date, in: problem)
        let alternatives = problem.venues
            .filter { $0.id != venue.id && $0.areas.contains(target.area.id) }
            .filter {
                verdict(
                    of: self.requirements(
                        venue: $0, area: target.area, needs: request.needs, date: request.date, in: problem))
                    == .suitable
            }
            .map(\.id).sorted()
        return VenueReport(
            venue: venue, area: target.area, round: target.round,
            forum: target.round.map { problem.forumID(round: $0, area: target.area.id) },
            date: request.date, requirements: requirements, verdict: verdict(of: requirements),
            alternatives: alternatives,
            modeInRound: target.round.flatMap { plannedMode(of: target.area, round: $0, in: problem) })
    }

    /// Every requirement for `venue` hosting `area`'s forum, in order: the area, features, capacity,
    /// transport, then availability when `date` is given.
    public static func requirements(
        venue: Venue, area: Area, needs: [Feature], date: LocalDate?, in problem: PlanningProblem
    ) -> [VenueRequirements.Result] {
        let serves = venue.areas.contains(area.id)
        let served = venue.areas.map { id in problem.area(id)?.name ?? id.rawValue }.joined(separator: ", ")
        let areaResult = VenueRequirements.Result(
            id: "area", rule: .venueInArea, status: serves ? .met : .unmet,
            detail: serves ? "serves \(area.name)" : "does not serve \(area.name) (it serves \(served))")
        let features = VenueRequirements.requiredFeatures(for: area, extra: needs, in: problem)
        return [areaResult]
            + VenueRequirements.evaluate(
                venue: venue, features: features, expectedAttendance: area.expectedAttendance,
                maxMetresToTransport: problem.maxMetresToTransport, date: date)
    }

    /// `unsuitable` if anything is unmet, else `unconfirmed` if anything is unknown, else `suitable`.
    public static func verdict(of requirements: [VenueRequirements.Result]) -> VenueReport.Verdict {
        if requirements.contains(where: { $0.status == .unmet }) { return .unsuitable }
        if requirements.contains(where: { $0.status == .unknown }) { return .unconfirmed }
        return .suitable
    }

    /// The area (and round, for a forum) the venue is checked for.
    static func resolve(
        _ target: VenueCheckRequest.Target, venue: Venue, in problem: PlanningProblem
    ) throws(VenueCheckError) -> (area: Area, round: Int?) {
        let daytime = problem.areas.filter { $0.kind == .daytime }
        switch target {
        case .venueAreas:
            guard venue.areas.count == 1, let only = venue.areas.first, let area = problem.area(only) else {
                throw .severalAreas(venue.id, venue.areas)
            }
            return (area, nil)
        case .area(let id):
            guard let area = problem.area(id) else {
                throw .unknownArea(id.rawValue, known: daytime.map(\.id.rawValue))
            }
            guard area.kind == .daytime else { throw .eveningForum(area.id) }
            return (area, nil)
        case .forum(let text):
            let known = (1...max(problem.roundCount, 1)).flatMap { round in
                daytime.map { problem.forumID(round: round, area: $0.id).rawValue }
            }
            for round in 1...max(problem.roundCount, 1) {
                for area in problem.areas where problem.forumID(round: round, area: area.id).rawValue == text {
                    guard area.kind == .daytime else { throw .eveningForum(area.id) }
                    return (area, round)
                }
            }
            throw .unknownForum(text, known: known)
        }
    }

    /// The mode the rotation table gives the forum, or nil when the solver chooses (balanced rotation).
    static func plannedMode(of area: Area, round: Int, in problem: PlanningProblem) -> Mode? {
        guard case .table(let table) = problem.rotation, let modes = table[area.id], round >= 1, round <= modes.count
        else {
            return nil
        }
        return modes[round - 1]
    }
}
