/// The one check of a venue against a forum's access requirements, used by the solver's venue
/// rules and by the venue bookers' `check-venue` command alike.
public enum VenueRequirements {
    /// Whether a requirement is met. `unknown` is never met.
    public enum Status: String, Sendable, Hashable, Codable { case met, unmet, unknown }

    /// One requirement and how the venue stands against it.
    public struct Result: Sendable, Hashable {
        /// Stable id: `feature:<feature id>`, `capacity`, `transport`, `available`.
        public var id: String
        /// The rule this requirement belongs to.
        public var rule: RuleID
        public var status: Status
        public var detail: String
    }

    /// Features required for an in-person forum of `area`: the trust's baseline, the area's needs and `extra`.
    public static func requiredFeatures(for area: Area?, extra: [Feature] = [], in problem: PlanningProblem) -> [Feature] {
        var seen = Set<Feature>()
        var list: [Feature] = []
        for f in problem.baselineFeatures + (area?.needs ?? []) + extra where seen.insert(f).inserted { list.append(f) }
        return list
    }

    /// Checks every requirement, in a fixed order: features, capacity, transport, then availability if a date is given.
    public static func evaluate(
        venue: Venue, features: [Feature], expectedAttendance: Int, maxMetresToTransport: Int, date: LocalDate?
    ) -> [Result] {
        var results: [Result] = []
        for feature in features {
            let value = venue.value(of: feature)
            let recorded = venue.features[feature] != nil
            let status: Status = value == .yes ? .met : value == .no ? .unmet : .unknown
            let detail: String
            switch status {
            case .met: detail = "has \(feature.plainName)"
            case .unmet: detail = "lacks \(feature.plainName)"
            case .unknown: detail = recorded ? "\(feature.plainName): recorded as unknown" : "\(feature.plainName): not recorded"
            }
            results.append(Result(id: "feature:\(feature.id)", rule: .venueHasRequiredFeatures, status: status, detail: detail))
        }
        let capacityOK = venue.capacity >= expectedAttendance
        results.append(
            Result(
                id: "capacity", rule: .venueCapacity, status: capacityOK ? .met : .unmet,
                detail: "holds \(venue.capacity); \(expectedAttendance) expected"))
        if let metres = venue.metresToTransport {
            results.append(
                Result(
                    id: "transport", rule: .venueNearTransport, status: metres <= maxMetresToTransport ? .met : .unmet,
                    detail: "\(metres) m to the nearest bus stop or station; at most \(maxMetresToTransport) m allowed"))
        } else {
            results.append(
                Result(
                    id: "transport", rule: .venueNearTransport, status: .unknown,
                    detail: "distance to the nearest bus stop or station not recorded"))
        }
        if let date {
            let free = !venue.unavailable.contains(date)
            results.append(
                Result(
                    id: "available", rule: .venueAvailable, status: free ? .met : .unmet,
                    detail: free ? "free on \(date.uk)" : "unavailable on \(date.uk)"))
        }
        return results
    }
}
