/// Hard: no facilitator attends more forums in one day than they can (one by default), so nobody
/// is expected in two places at once.
public struct FacilitatorOnePlaceADayRule: PlanRule {
    public let id = RuleID.facilitatorOnePlaceADay
    public init() {}
    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        var byKey: [String: [Meeting]] = [:]
        var keys: [(Facilitator.ID, LocalDate)] = []
        for m in meetings {
            for f in m.facilitators {
                let key = "\(f.rawValue)|\(m.date.dayNumber)"
                if byKey[key] == nil { keys.append((f, m.date)) }
                byKey[key, default: []].append(m)
            }
        }
        return keys.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.compactMap { f, date in
            let list = byKey["\(f.rawValue)|\(date.dayNumber)"] ?? []
            let limit = context.facilitators[f]?.maxForumsPerDay ?? 1
            guard list.count > limit else { return nil }
            let names = list.map { context.areaName($0.area) }.joined(separator: " and ")
            return Violation(rule: id, forums: list.map(\.id), dates: [date], message: "\(context.facilitatorName(f)) would facilitate \(list.count) forums on \(date.uk) (\(names)); at most \(limit) a day")
        }
    }
}
