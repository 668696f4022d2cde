/// Soft: venues closer to public transport are preferred: a point per 100 metres (rounded down).
public struct VenueCloseToTransportRule: MeetingRule {
    public let id = RuleID.venueCloseToTransport
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let (v, venue, metres, penalty) = distance(m, in: context) else { return nil }
        return Violation(rule: id, penalty: penalty, forums: [m.id], venues: [v], dates: [m.date], message: "\(venue.name) is \(metres) m from public transport")
    }

    public func penalty(_ m: Meeting, in context: RuleContext) -> Int { distance(m, in: context)?.penalty ?? 0 }

    /// An in-person meeting's venue, its recorded distance to transport and the points it costs;
    /// nil when there is no venue or distance, or no points.
    private func distance(_ m: Meeting, in context: RuleContext) -> (Venue.ID, Venue, metres: Int, penalty: Int)? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v], let metres = venue.metresToTransport else { return nil }
        let penalty = metres / 100 * context.problem.weights.transportPer100m
        guard penalty > 0 else { return nil }
        return (v, venue, metres, penalty)
    }
}
