/// Hard: a venue hosts at most one forum a day.
public struct VenueOneBookingADayRule: PlanRule {
    public let id = RuleID.venueOneBookingADay
    public init() {}

    /// Per venue: any forum held there in person, at most one a day.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        context.problem.venues.map { .dayCapacity(DayCapacity(resource: .venue($0.id), limit: 1, forums: nil, venues: [$0.id])) }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var breaches: [(v: Venue.ID, date: LocalDate, list: [Meeting])] = []
        for case .dayCapacity(let block) in context.blocks(of: id) {
            guard case .venue(let v) = block.resource else { continue }
            breaches += block.overbooked(meetings).map { (v: v, date: $0.date, list: $0.meetings) }
        }
        return breaches.sorted { ($0.date, $0.v) < ($1.date, $1.v) }.map { v, date, list in
            let names = list.map { context.areaName($0.area) }.joined(separator: " and ")
            return Violation(rule: id, forums: list.map(\.id), venues: [v], dates: [date], message: "\(context.venueName(v)) would host \(list.count) forums on \(date.uk) (\(names))")
        }
    }
}
