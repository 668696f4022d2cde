/// Hard: an in-person venue holds at least the attendance expected for the area.
public struct VenueCapacityRule: MeetingRule {
    public let id = RuleID.venueCapacity
    public init() {}
    public func check(_ m: Meeting, in context: RuleContext) -> Violation? {
        guard m.mode == .inPerson, let v = m.venue, let venue = context.venues[v], let area = context.areas[m.area],
            venue.capacity < area.expectedAttendance
        else { return nil }
        return Violation(rule: id, forums: [m.id], venues: [v], dates: [m.date], message: "\(context.describe(m)): \(venue.name) holds \(venue.capacity) but \(area.expectedAttendance) are expected")
    }
}
