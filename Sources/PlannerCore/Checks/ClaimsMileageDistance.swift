/// Hold: the miles claimed are at most the estimated return road distance, from the centre of the
/// person's outward postcode to the venue (straight line × road factor × 2), plus the tolerance;
/// a longer journey is held for the coordinator to ask about the route. Lines that cannot be
/// estimated (postcode not in the table) get a note.
public struct MileageDistanceRule: ClaimRule {
    public let id = ClaimRuleID.mileageDistance
    public init() {}
    public func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding? {
        guard claim.expense == .mileage, let miles = claim.miles, let (forum, person) = context.subjects(of: claim),
            let venueID = forum.venue, let venue = context.venues[venueID]
        else { return nil }
        guard let home = context.postcodes[person.outwardPostcode.uppercased()] else {
            return ClaimFinding(
                rule: id, effect: .note,
                message: "the distance could not be checked: outward postcode \(person.outwardPostcode) is not in the postcode table")
        }
        let policy = context.policy
        let estimate = RoadDistance.returnRoadMiles(
            from: home, to: GeoPoint(latitude: venue.latitude, longitude: venue.longitude), roadFactor: policy.roadFactor)
        let limit = estimate * (1 + policy.mileageTolerance)
        guard miles.decimal > limit else { return nil }
        let percent = Int((policy.mileageTolerance * 100).rounded())
        return ClaimFinding(
            rule: id, effect: .hold,
            message: "\(miles) miles claimed; the return journey from \(person.outwardPostcode) to \(venue.name) is about \(Self.oneDecimal(estimate)) miles by road (up to \(Self.oneDecimal(limit)) with the \(percent)% tolerance): ask for the route before paying")
    }

    /// `12.3`
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
