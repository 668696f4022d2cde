import PlannerCore

/// `venues:` and `venue_standards:`, and access features from the trust's vocabulary.
extension PlanReader {
    /// What every in-person venue must have, what is preferred, and how far from transport it may be.
    struct VenueStandards {
        var baseline: [Feature]
        var preferred: [Feature]
        var maxMetresToTransport: Int
    }

    /// `venue_standards:` (optional); defaults from seed §21 items 24–25.
    func readVenueStandards() throws(InputError) -> VenueStandards {
        var standards = Defaults.venueStandards
        guard let section = sections.optional("venue_standards") else { return standards }
        let map = try section.mapping(
            expected: "the venue standards: baseline_features, preferred_features, max_metres_to_transport",
            keys: ["baseline_features", "preferred_features", "max_metres_to_transport"])
        if let value = map.optional("baseline_features") { standards.baseline = try Self.features(value) }
        if let value = map.optional("preferred_features") { standards.preferred = try Self.features(value) }
        if let value = map.optional("max_metres_to_transport") {
            standards.maxMetresToTransport = try value.number(InputRanges.maxMetresToTransport)
        }
        return standards
    }

    /// A feature name from the vocabulary (policy-facts §3), with close names suggested when unknown.
    static func feature(_ value: YAMLValue) throws(InputError) -> Feature {
        let name = try value.text(expected: "a feature name, e.g. hearing_loop_room")
        try checkFeatureName(name, at: value)
        return Feature(name)
    }

    /// Refuses a feature name that is not in the vocabulary.
    static func checkFeatureName(_ name: String, at value: YAMLValue) throws(InputError) {
        guard Feature.vocabulary[name] == nil else { return }
        let hint =
            commonFeatureNames[name].map { ": did you mean `\(clipped($0))`?" }
            ?? UnknownName.suggestion(for: name, among: Feature.knownIDs)
        throw value.error(
            "unknown feature `\(clipped(name))`\(hint) (expected one of the \(Feature.knownIDs.count) names of the venue feature vocabulary, e.g. step_free_access)")
    }

    /// Everyday names for features, and the vocabulary's name for each.
    static let commonFeatureNames: [String: String] = [
        "quiet_room": "calm_space", "quiet_space": "calm_space", "breakout_room": "calm_space",
        "wheelchair_access": "step_free_access", "disabled_access": "step_free_access",
        "disabled_toilet": "accessible_toilet", "induction_loop": "hearing_loop_room",
        "internet": "wifi", "parking": "blue_badge_parking", "disabled_parking": "blue_badge_parking",
    ]

    /// A list of feature names, e.g. `[step_free_access, wifi]`; duplicates are refused.
    static func features(_ value: YAMLValue) throws(InputError) -> [Feature] {
        var result: [Feature] = []
        for item in try value.list(expected: "a list of feature names, e.g. [step_free_access, wifi]") {
            let feature = try feature(item)
            if result.contains(feature) { throw item.error("`\(clipped(feature))` is listed twice (expected each feature once)") }
            result.append(feature)
        }
        return result
    }

    /// Every venue, each in at least one declared daytime area.
    func readVenues(areas: [Area]) throws(InputError) -> [Venue] {
        var seen: [String: Int] = [:]
        var result: [Venue] = []
        for item in try listSection("venues", expected: "a list of venues, each with an id, a name and an area") {
            let map = try item.mapping(
                expected: "a venue: id, name, area, address, postcode, latitude, longitude, capacity, features...",
                keys: [
                    "id", "name", "area", "areas", "address", "postcode", "latitude", "longitude", "capacity",
                    "features", "metres_to_transport", "transport", "parking", "unavailable", "booking_lead_days",
                ])
            let id = try Self.uniqueID(in: map, kind: "venue", example: "st-marys-hall-redhill", seen: &seen)
            let name = try map.required("name", expected: "the venue's name").text(expected: "the venue's name")
            let servedAreas = try readVenueAreas(map, venue: id, areas: areas)
            let address = try map.required("address", expected: "the street address and town")
                .text(expected: "the street address and town")
            let postcode = try map.required("postcode", expected: "the postcode, e.g. RH1 1AA").text(expected: "the postcode, e.g. RH1 1AA")
            let latitude = try map.required("latitude", expected: InputRanges.latitude.expected).decimal(InputRanges.latitude)
            let longitude = try map.required("longitude", expected: InputRanges.longitude.expected).decimal(InputRanges.longitude)
            let capacity = try map.required("capacity", expected: InputRanges.capacity.expected).number(InputRanges.capacity)
            let features = try readFeatureValues(map.optional("features"))
            let metres = try map.optional("metres_to_transport")?.number(InputRanges.metresToTransport)
            let transport = try map.optional("transport")?.text(expected: "how to get there by bus or train") ?? ""
            let parking = try map.optional("parking")?.text(expected: "where to park") ?? ""
            let unavailable = try readDates(map.optional("unavailable"))
            let lead = try map.optional("booking_lead_days")?.number(InputRanges.bookingLeadDays) ?? Defaults.bookingLeadDays
            result.append(
                Venue(
                    id: .init(id), name: name, address: address, postcode: postcode, latitude: latitude,
                    longitude: longitude, areas: servedAreas, capacity: capacity, features: features,
                    metresToTransport: metres, transportNote: transport, parkingNote: parking,
                    unavailable: unavailable, bookingLeadDays: lead))
        }
        return result
    }

    /// `area: east-surrey` or `areas: [east-surrey, surrey-downs]`: daytime areas only.
    func readVenueAreas(_ map: YAMLMap, venue: String, areas: [Area]) throws(InputError) -> [Area.ID] {
        let known = areas.map(\.id.rawValue)
        let expected = "`area: <area id>`, or `areas: [<area id>, ...]` for a venue serving several areas"
        var values: [YAMLValue] = []
        if let single = map.optional("area") {
            if map.has("areas") { throw single.error("venue `\(clipped(venue))` gives both `area` and `areas` (expected one of them)") }
            values = [single]
        } else if let many = map.optional("areas") {
            values = try many.list(expected: "a list of area ids, e.g. [east-surrey]")
        }
        guard !values.isEmpty else { throw map.value.error("venue `\(clipped(venue))` is in no area (expected \(expected))") }
        var ids: [Area.ID] = []
        for value in values {
            let id = Area.ID(try Self.reference(value, kind: "area", known: known, example: "east-surrey"))
            if ids.contains(id) { throw value.error("`\(clipped(id))` is listed twice (expected each area once)") }
            if areas.first(where: { $0.id == id })?.kind == .evening {
                throw value.error("`\(clipped(id))` is an evening forum, which always meets online (expected a daytime area)")
            }
            ids.append(id)
        }
        return ids
    }

    /// `features:` a section of `feature_name: yes / no / unknown` lines.
    func readFeatureValues(_ value: YAMLValue?) throws(InputError) -> [Feature: Tristate] {
        guard let value else { return [:] }
        let map = try value.mapping(expected: "`feature_name: yes / no / unknown` lines", keys: nil)
        var result: [Feature: Tristate] = [:]
        for entry in map.entries {
            try Self.checkFeatureName(entry.key, at: entry.value)
            result[Feature(entry.key)] = try entry.value.tristate()
        }
        return result
    }
}
