/// Hard: an in-person forum has a venue that serves its area; an online forum has none.
public struct VenueInAreaRule: MeetingRule {
    public let id = RuleID.venueInArea
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        switch (m.mode, m.venue) {
        case (.virtual, nil): return nil
        case (.virtual, .some(let v)):
            return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): an online forum has no venue, but \(context.venueName(v)) is given")
        case (.inPerson, nil):
            return Violation(rule: id, forums: [m.id], dates: [m.date], message: "\(context.describe(m)): no venue")
        case (.inPerson, .some(let v)):
            guard let venue = context.venues[v] else {
                return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): unknown venue \(v)")
            }
            if venue.areas.contains(m.area) { return nil }
            return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) does not serve \(context.areaName(m.area))")
        }
    }
}
