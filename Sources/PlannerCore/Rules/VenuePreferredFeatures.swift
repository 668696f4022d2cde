/// Soft: venues with more of the preferred optional features are preferred: points for each
/// preferred feature not confirmed as yes.
public struct VenuePreferredFeaturesRule: MeetingRule {
    public let id = RuleID.venuePreferredFeatures
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let (v, venue, missing, penalty) = unconfirmed(m, in: context) else { return nil }
        let list = missing.map(\.plainName).joined(separator: ", ")
        return Violation(rule: id, penalty: penalty, forums: [m.id], venues: [v], dates: [m.date], message: "\(venue.name) has not confirmed \(list)")
    }

    public func penalty(_ m: Meeting, in context: RuleContext) -> Int { unconfirmed(m, in: context)?.penalty ?? 0 }

    /// An in-person meeting's venue, the preferred features (beyond the required ones) it has not
    /// confirmed as yes, and the points they cost; nil when none is missing.
    private func unconfirmed(_ m: Meeting, in context: RuleContext) -> (Venue.ID, Venue, features: [Feature], penalty: Int)? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v] else { return nil }
        let missing = context.preferredOnlyFeatures(for: m.area).filter { venue.value(of: $0) != .yes }
        return missing.isEmpty ? nil : (v, venue, missing, missing.count * context.problem.weights.missingPreferredFeature)
    }
}
