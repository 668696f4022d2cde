/// Hard: an in-person venue is within the maximum walking distance of a bus stop or station
/// (an unrecorded distance does not count as near).
public struct VenueNearTransportRule: MeetingRule {
    public let id = RuleID.venueNearTransport
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v] else { return nil }
        let limit = context.problem.maxMetresToTransport
        guard let metres = venue.metresToTransport else {
            return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) has no recorded distance to public transport")
        }
        if metres <= limit { return nil }
        return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) is \(metres) m from public transport; at most \(limit) m allowed")
    }
}
