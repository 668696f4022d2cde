/// Hard: an in-person venue is within the maximum walking distance of a bus stop or station
/// (an unrecorded distance does not count as near).
public struct VenueNearTransportRule: MeetingRule {
    public let id = RuleID.venueNearTransport
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        switch breach(m, in: context) {
        case nil:
            return nil
        case .notRecorded(let v, let venue)?:
            return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) has no recorded distance to public transport")
        case .tooFar(let v, let venue, let metres, let limit)?:
            return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) is \(metres) m from public transport; at most \(limit) m allowed")
        }
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { breach(m, in: context) != nil }

    private enum Breach {
        case notRecorded(Venue.ID, Venue)
        case tooFar(Venue.ID, Venue, metres: Int, limit: Int)
    }

    /// Why an in-person meeting's venue is not near transport; nil when it is, or there is no venue to judge.
    private func breach(_ m: Meeting, in context: RuleContext) -> Breach? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v] else { return nil }
        let limit = context.problem.maxMetresToTransport
        guard let metres = venue.metresToTransport else { return .notRecorded(v, venue) }
        return metres <= limit ? nil : .tooFar(v, venue, metres: metres, limit: limit)
    }
}
