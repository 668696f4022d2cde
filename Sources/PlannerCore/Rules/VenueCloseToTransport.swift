/// Soft: venues closer to public transport are preferred: a point per 100 metres (rounded down).
public struct VenueCloseToTransportRule: MeetingRule {
    public let id = RuleID.venueCloseToTransport
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v], let metres = venue.metresToTransport else { return nil }
        let penalty = metres / 100 * context.problem.weights.transportPer100m
        guard penalty > 0 else { return nil }
        return Violation(rule: id, penalty: penalty, forums: [m.id], venues: [v], dates: [m.date], message: "\(venue.name) is \(metres) m from public transport")
    }
}
