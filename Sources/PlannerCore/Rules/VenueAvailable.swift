/// Hard: an in-person venue is not marked unavailable on the forum's date.
public struct VenueAvailableRule: MeetingRule {
    public let id = RuleID.venueAvailable
    public func reads(in context: RuleContext) -> MeetingFacets { [.date, .place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let (v, venue) = unavailableVenue(m, in: context) else { return nil }
        return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) is unavailable on \(m.date.uk)")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { unavailableVenue(m, in: context) != nil }

    /// An in-person meeting's venue when it is marked unavailable on the meeting's date; else nil.
    private func unavailableVenue(_ m: Meeting, in context: RuleContext) -> (Venue.ID, Venue)? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v], venue.unavailable.contains(m.date) else { return nil }
        return (v, venue)
    }
}
