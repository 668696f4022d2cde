/// Hard: a venue hosts at most one forum a day.
public struct VenueOneBookingADayRule: PlanRule {
    public let id = RuleID.venueOneBookingADay
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var byKey: [String: [Meeting]] = [:]
        for m in meetings where m.mode == .inPerson {
            guard let v = m.venue else { continue }
            byKey["\(m.date.iso)|\(v.rawValue)", default: []].append(m)
        }
        return byKey.keys.sorted().compactMap { key in
            guard let list = byKey[key], list.count > 1, let v = list[0].venue else { return nil }
            let names = list.map { context.areaName($0.area) }.joined(separator: " and ")
            return Violation(rule: id, forums: list.map(\.id), venues: [v], dates: [list[0].date], message: "\(context.venueName(v)) would host \(list.count) forums on \(list[0].date.uk) (\(names))")
        }
    }
}
