/// Soft: venues with more of the preferred optional features are preferred: points for each
/// preferred feature not confirmed as yes.
public struct VenuePreferredFeaturesRule: MeetingRule {
    public let id = RuleID.venuePreferredFeatures
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v] else { return nil }
        let required = Set(VenueRequirements.requiredFeatures(for: context.areas[m.area], in: context.problem))
        let missing = context.problem.preferredFeatures.filter { !required.contains($0) && venue.value(of: $0) != .yes }
        guard !missing.isEmpty else { return nil }
        let list = missing.map(\.plainName).joined(separator: ", ")
        return Violation(rule: id, penalty: missing.count * context.problem.weights.missingPreferredFeature, forums: [m.id], venues: [v], dates: [m.date], message: "\(venue.name) has not confirmed \(list)")
    }
}
