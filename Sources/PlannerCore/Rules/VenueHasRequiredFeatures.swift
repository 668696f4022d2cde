/// Hard: an in-person venue has every required access feature (the trust's baseline plus the
/// area's declared needs) confirmed as yes; unknown is never yes.
public struct VenueHasRequiredFeaturesRule: MeetingRule {
    public let id = RuleID.venueHasRequiredFeatures
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let (v, venue, missing) = missing(m, in: context) else { return nil }
        let list = missing.map { "\($0.plainName) (\(venue.value(of: $0).rawValue))" }.joined(separator: ", ")
        return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) lacks \(list)")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { missing(m, in: context) != nil }

    /// An in-person meeting's venue and the required features it has not confirmed as yes; nil when none is missing.
    private func missing(_ m: Meeting, in context: RuleContext) -> (Venue.ID, Venue, [Feature])? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v] else { return nil }
        let missing = context.requiredFeatures(for: m.area).filter { venue.value(of: $0) != .yes }
        return missing.isEmpty ? nil : (v, venue, missing)
    }
}
