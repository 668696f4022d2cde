/// A venue's access in one line, e.g. "step-free yes, toilet yes, loop unknown, Wi-Fi yes; 300 m to transport".
public enum VenueSummary {
    /// The features a line shows for `venue`: the trust's baseline, then the needs of the areas it serves.
    public static func features(of venue: Venue, in problem: PlanningProblem) -> [Feature] {
        var list: [Feature] = []
        for area in venue.areas {
            for feature in VenueRequirements.requiredFeatures(for: problem.area(area), in: problem)
            where !list.contains(feature) {
                list.append(feature)
            }
        }
        return venue.areas.isEmpty ? VenueRequirements.requiredFeatures(for: nil, in: problem) : list
    }

    /// Each shown feature with its recorded value (unknown when not recorded), then the distance to transport.
    public static func line(_ venue: Venue, in problem: PlanningProblem) -> String {
        let features = features(of: venue, in: problem).map { "\(shortName($0)) \(venue.value(of: $0).rawValue)" }
        let transport = venue.metresToTransport.map { "\($0) m to transport" } ?? "distance to transport unknown"
        return features.joined(separator: ", ") + "; " + transport
    }

    /// A short label, e.g. "loop" for `hearing_loop_room`; other features are named by their id with spaces.
    public static func shortName(_ feature: Feature) -> String {
        shortNames[feature.id] ?? String(feature.id.map { $0 == "_" ? " " : $0 })
    }

    static let shortNames: [String: String] = [
        "step_free_access": "step-free", "accessible_toilet": "toilet", "hearing_loop_room": "loop", "wifi": "Wi-Fi",
        "ground_floor_room": "ground floor", "calm_space": "calm space", "bsl_or_captioning_possible": "BSL sightlines",
        "changing_places_toilet": "Changing Places", "blue_badge_parking": "Blue Badge parking",
    ]
}
