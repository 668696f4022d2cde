import Foundation
import PlannerCore

/// The plan as JSON (`plan.json`): what coordinators' other tools and a later re-plan read.
enum PlanJSON {
    struct Penalty: Encodable { let rule: String; let penalty: Int; let message: String }
    struct Forum: Encodable {
        let id: String, round: Int, round_id: String, area: String, area_name: String, mode: String
        let date: String, start: String, end: String, venue: String?, venue_name: String?
        let facilitators: [String], penalty: Int, penalties: [Penalty], sequence: Int, moved_because: String?

        enum CodingKeys: String, CodingKey {
            case id, round, round_id, area, area_name, mode, date, start, end, venue, venue_name, facilitators, penalty, penalties, sequence, moved_because
        }

        /// Writes `null` for a missing venue or reason, rather than leaving the key out.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(round, forKey: .round); try c.encode(round_id, forKey: .round_id)
            try c.encode(area, forKey: .area); try c.encode(area_name, forKey: .area_name); try c.encode(mode, forKey: .mode)
            try c.encode(date, forKey: .date); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
            try c.encode(venue, forKey: .venue); try c.encode(venue_name, forKey: .venue_name)
            try c.encode(facilitators, forKey: .facilitators); try c.encode(penalty, forKey: .penalty)
            try c.encode(penalties, forKey: .penalties); try c.encode(sequence, forKey: .sequence)
            try c.encode(moved_because, forKey: .moved_because)
        }
    }
    struct Event: Encodable {
        let id: String, kind: String, round: Int, date: String, start: String?, end: String?, title: String
        enum CodingKeys: String, CodingKey { case id, kind, round, date, start, end, title }
        /// Writes `null` for an all-day deadline's times.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(kind, forKey: .kind); try c.encode(round, forKey: .round)
            try c.encode(date, forKey: .date); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
            try c.encode(title, forKey: .title)
        }
    }
    struct Cancelled: Encodable {
        let id: String, date: String, start: String, mode: String, venue: String?, sequence: Int
        enum CodingKeys: String, CodingKey { case id, date, start, mode, venue, sequence }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(date, forKey: .date); try c.encode(start, forKey: .start)
            try c.encode(mode, forKey: .mode); try c.encode(venue, forKey: .venue); try c.encode(sequence, forKey: .sequence)
        }
    }
    /// Which search proved what (`Proof`): for the whole plan, then per independent part.
    struct ProofObject: Encodable {
        struct Part: Encodable {
            let forums: Int, method: String, nodes: Int, objective: Int, bound: Int, proven: Bool, group_search_stepped_aside: String?
            enum CodingKeys: String, CodingKey { case forums, method, nodes, objective, bound, proven, group_search_stepped_aside }
            /// Writes `null` when the group search ran.
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(forums, forKey: .forums); try c.encode(method, forKey: .method); try c.encode(nodes, forKey: .nodes)
                try c.encode(objective, forKey: .objective); try c.encode(bound, forKey: .bound); try c.encode(proven, forKey: .proven)
                try c.encode(group_search_stepped_aside, forKey: .group_search_stepped_aside)
            }
        }
        let method: String, nodes: Int, bound: Int, gap: Int, checked_by: String, parts: [Part]
    }
    struct Document: Encodable {
        let status: String, objective: Int, lower_bound: Int, plan_year: Int, search_nodes: Int
        let proof: ProofObject
        let forums: [Forum], events: [Event], cancelled: [Cancelled]
    }

    static func proof(_ proof: Proof) -> ProofObject {
        ProofObject(
            method: proof.method, nodes: proof.nodes, bound: proof.bound, gap: proof.gap,
            checked_by: "rule checker: no hard rule broken, total penalty as the search claimed",
            parts: proof.parts.map {
                ProofObject.Part(
                    forums: $0.forums, method: $0.method.rawValue, nodes: $0.nodes, objective: $0.objective, bound: $0.bound,
                    proven: $0.proven, group_search_stepped_aside: $0.groupSearchSteppedAside)
            })
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
            search_nodes: plan.statistics.nodes, proof: proof(plan.proof), forums: forums, events: events, cancelled: cancelled)
    }

    /// Pretty-printed, sorted keys, ending in a newline: the same plan gives the same bytes.
    static func text(_ plan: Plan, context: RuleContext) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document(plan, context: context))
        return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
    }
}
