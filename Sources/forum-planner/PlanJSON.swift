import Foundation
import PlannerCore

/// The plan as JSON (`plan.json`): what coordinators' other tools and a later re-plan read.
enum PlanJSON {
    struct Penalty: Encodable { let rule: String; let penalty: Int; let message: String }
    struct Forum: Encodable {
        let id: String, round: Int, round_id: String, area: String, area_name: String, mode: String
        let date: String, start: String, end: String, venue: String?, venue_name: String?
        let facilitators: [String], penalty: Int, penalties: [Penalty], sequence: Int, moved_because: String?
    }
    struct Event: Encodable { let id: String, kind: String, round: Int, date: String, start: String?, end: String?, title: String }
    struct Cancelled: Encodable { let id: String, date: String, start: String, mode: String, venue: String?, sequence: Int }
    struct Document: Encodable {
        let status: String, objective: Int, lower_bound: Int, plan_year: Int, search_nodes: Int
        let forums: [Forum], events: [Event], cancelled: [Cancelled]
    }

    static func document(_ plan: Plan, context: RuleContext) -> Document {
        let problem = context.problem
        let forums = plan.forums.map { f -> Forum in
            let m = f.meeting
            return Forum(
                id: m.id.rawValue, round: m.round, round_id: problem.roundID(m.round), area: m.area.rawValue,
                area_name: context.areaName(m.area), mode: m.mode.rawValue, date: m.date.iso, start: "\(m.start)",
                end: "\(m.end)", venue: m.venue?.rawValue, venue_name: m.venue.map { context.venueName($0) },
                facilitators: m.facilitators.map(\.rawValue), penalty: f.penalty,
                penalties: f.penalties.map { Penalty(rule: $0.rule.rawValue, penalty: $0.penalty, message: $0.message) },
                sequence: f.sequence, moved_because: f.movedBecause)
        }
        let events = plan.events.map {
            Event(id: $0.id, kind: $0.kind.rawValue, round: $0.round, date: $0.date.iso, start: $0.start.map { "\($0)" }, end: $0.end.map { "\($0)" }, title: $0.title)
        }
        let cancelled = plan.cancelled.map {
            Cancelled(id: $0.forum.rawValue, date: $0.date.iso, start: "\($0.start)", mode: $0.mode.rawValue, venue: $0.venue?.rawValue, sequence: $0.sequence + 1)
        }
        return Document(
            status: plan.status.rawValue, objective: plan.objective, lower_bound: plan.lowerBound, plan_year: problem.planYear,
            search_nodes: plan.statistics.nodes, forums: forums, events: events, cancelled: cancelled)
    }

    /// Pretty-printed, sorted keys, ending in a newline: the same plan gives the same bytes.
    static func text(_ plan: Plan, context: RuleContext) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document(plan, context: context))
        return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
    }
}
