/// An access feature of a venue, from the trust's vocabulary (policy-facts §3), e.g. `hearing_loop_room`.
public struct Feature: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let id: String
    public init(_ id: String) { self.id = id }
    public var description: String { id }
    public static func < (l: Feature, r: Feature) -> Bool { l.id < r.id }

    /// Plain-English name, e.g. "a hearing loop in the meeting room".
    public var plainName: String { Feature.vocabulary[id] ?? String(id.map { $0 == "_" ? " " : $0 }) }

    /// Every feature a venue can record, with the phrase used in messages.
    public static let vocabulary: [String: String] = [
        "public_transport_nearby": "a bus stop or station within walking distance",
        "step_free_route_from_transport": "a step-free route from transport",
        "drop_off_point": "a drop-off point",
        "blue_badge_parking": "Blue Badge parking",
        "parking_free_or_reimbursed": "free or reimbursed parking",
        "step_free_access": "step-free access",
        "level_entrance": "a level entrance",
        "ramped_entrance": "a ramped entrance",
        "same_entrance_for_all": "the same entrance for everyone",
        "automatic_doors": "automatic doors",
        "lift": "a lift",
        "ground_floor_room": "a ground-floor room",
        "evacuation_plan": "an evacuation plan",
        "seating_choice": "chairs with arms and space for wheelchairs",
        "adjustable_lighting": "adjustable lighting",
        "clear_signage": "clear signage",
        "accessible_toilet": "an accessible toilet",
        "changing_places_toilet": "a Changing Places toilet",
        "universal_toilet": "a universal toilet",
        "baby_changing": "baby changing",
        "hearing_loop_room": "a hearing loop",
        "hearing_loop_reception": "a hearing loop at reception",
        "bsl_or_captioning_possible": "space and sightlines for a BSL interpreter",
        "hybrid_capable": "equipment for joining remotely",
        "wifi": "Wi-Fi for visitors",
        "calm_space": "a calm space",
        "prayer_faith_room": "a prayer or faith room",
        "assistance_dogs_welcome": "assistance dogs welcome",
        "refreshments_accessible": "accessible refreshments",
        "kitchen_or_catering": "a kitchen or catering",
        "staff_disability_aware": "disability-aware staff",
        "access_audit_done": "an access audit",
        "non_clinical_setting": "a non-clinical community setting",
    ]

    /// All known feature ids, sorted.
    public static let knownIDs: [String] = vocabulary.keys.sorted()
}

/// A recorded answer about a venue feature. `unknown` is never treated as `yes`.
public enum Tristate: String, Sendable, Codable, Hashable {
    case yes, no, unknown
}
