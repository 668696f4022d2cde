/// Hard: an in-person venue has every required access feature (the trust's baseline plus the
/// area's declared needs) confirmed as yes; unknown is never yes.
public struct VenueHasRequiredFeaturesRule: MeetingRule {
    public let id = RuleID.venueHasRequiredFeatures
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v] else { return nil }
        let required = VenueRequirements.requiredFeatures(for: context.areas[m.area], in: context.problem)
        let missing = required.filter { venue.value(of: $0) != .yes }
        guard !missing.isEmpty else { return nil }
        let list = missing.map { "\($0.plainName) (\(venue.value(of: $0).rawValue))" }.joined(separator: ", ")
        return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) lacks \(list)")
    }
}
