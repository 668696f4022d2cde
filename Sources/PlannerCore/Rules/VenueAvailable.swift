/// Hard: an in-person venue is not marked unavailable on the forum's date.
public struct VenueAvailableRule: MeetingRule {
    public let id = RuleID.venueAvailable
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v], venue.unavailable.contains(m.date) else { return nil }
        return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) is unavailable on \(m.date.uk)")
    }
}
