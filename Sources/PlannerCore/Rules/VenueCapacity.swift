/// Hard: an in-person venue holds at least the attendance expected for the area.
public struct VenueCapacityRule: MeetingRule {
    public let id = RuleID.venueCapacity
    public func reads(in context: RuleContext) -> MeetingFacets { [.place] }
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard let (v, venue, area) = tooSmall(m, in: context) else { return nil }
        return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) holds \(venue.capacity) but \(area.expectedAttendance) are expected")
    }

    public func isBroken(_ m: Meeting, in context: RuleContext) -> Bool { tooSmall(m, in: context) != nil }

    /// An in-person meeting's venue and area when the venue holds fewer than the area expects; else nil.
    private func tooSmall(_ m: Meeting, in context: RuleContext) -> (Venue.ID, Venue, Area)? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v], let area = context.areas[m.area],
            venue.capacity < area.expectedAttendance
        else { return nil }
        return (v, venue, area)
    }
}
