import Foundation
import PlannerCore

/// The plan as JSON (`plan.json`): what coordinators' other tools, `import-published` and the
/// checks read. Written from a schedule (every forum ever published, cancelled ones in
/// `cancelled`), with the solver's summary and, once published, the version and its changes.
enum PlanJSON {
    struct Penalty: Codable { let rule: String; let penalty: Int; let message: String }
    struct Announced: Encodable { let date: String, start: String, mode: String, venue: String? }
    struct Forum: Encodable {
        let id: String, round: Int, round_id: String, area: String, area_name: String, mode: String
        let date: String, start: String, end: String, venue: String?, venue_name: String?
        let facilitators: [String], penalty: Int, penalties: [Penalty], sequence: Int, moved_because: String?
        let first_announced: Announced?
        /// The governor expected (null when none is free); the key is written only when the plan lists governors.
        var governor: String?
        var governorsListed = false

        enum CodingKeys: String, CodingKey {
            case id, round, round_id, area, area_name, mode, date, start, end, venue, venue_name, facilitators, penalty, penalties, sequence, moved_because, first_announced
            case governor
        }

        /// Writes `null` for a missing venue, reason or first announcement, rather than leaving the key out.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(round, forKey: .round); try c.encode(round_id, forKey: .round_id)
            try c.encode(area, forKey: .area); try c.encode(area_name, forKey: .area_name); try c.encode(mode, forKey: .mode)
            try c.encode(date, forKey: .date); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
            try c.encode(venue, forKey: .venue); try c.encode(venue_name, forKey: .venue_name)
            try c.encode(facilitators, forKey: .facilitators); try c.encode(penalty, forKey: .penalty)
            try c.encode(penalties, forKey: .penalties); try c.encode(sequence, forKey: .sequence)
            try c.encode(moved_because, forKey: .moved_because); try c.encode(first_announced, forKey: .first_announced)
            if governorsListed { try c.encode(governor, forKey: .governor) }
        }
    }
    /// One round's governor coverage: how many forums, how many with a governor, which without.
    struct GovernorCoverage: Encodable {
        let round: Int, round_id: String, forums: Int, with_governor: Int, without_governor: [String]
    }
    struct Event: Encodable {
        let id: String, kind: String, round: Int, date: String, start: String?, end: String?, title: String, status: String, sequence: Int
        enum CodingKeys: String, CodingKey { case id, kind, round, date, start, end, title, status, sequence }
        /// Writes `null` for an all-day deadline's times.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(kind, forKey: .kind); try c.encode(round, forKey: .round)
            try c.encode(date, forKey: .date); try c.encode(start, forKey: .start); try c.encode(end, forKey: .end)
            try c.encode(title, forKey: .title); try c.encode(status, forKey: .status); try c.encode(sequence, forKey: .sequence)
        }
    }
    struct Cancelled: Encodable {
        let id: String, round: Int, area: String, area_name: String, date: String, start: String, end: String, mode: String
        let venue: String?, sequence: Int, reason: String?
        enum CodingKeys: String, CodingKey { case id, round, area, area_name, date, start, end, mode, venue, sequence, reason }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(round, forKey: .round); try c.encode(area, forKey: .area)
            try c.encode(area_name, forKey: .area_name); try c.encode(date, forKey: .date); try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end); try c.encode(mode, forKey: .mode); try c.encode(venue, forKey: .venue)
            try c.encode(sequence, forKey: .sequence); try c.encode(reason, forKey: .reason)
        }
    }
    struct Change: Encodable { let version: Int, published_on: String, forum: String, kind: String, text: String }
    /// Which search proved what (`Proof`): for the whole plan, then per independent part.
    struct ProofObject: Codable {
        /// The MIP solver's run on a part the search handed over (`Proof.MIPRun`).
        struct MIP: Codable {
            /// `after` is `null` when no search ran first (the group search stepped aside).
            let solver: String, status: String, nodes: Int, after: String?
            /// Choices fixed at 0 by the linear relaxation's reduced costs before the hand-over; left out when none.
            var fixed_by_reduced_costs: Int?
            enum CodingKeys: String, CodingKey { case solver, status, nodes, after, fixed_by_reduced_costs }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(solver, forKey: .solver); try c.encode(status, forKey: .status); try c.encode(nodes, forKey: .nodes)
                try c.encode(after, forKey: .after)
                try c.encodeIfPresent(fixed_by_reduced_costs, forKey: .fixed_by_reduced_costs)
            }
        }
        /// The linear relaxation's bound the group search started from (`Proof.Relaxation`).
        struct Relaxation: Codable { let solver: String, bound: Int }
        struct Part: Codable {
            let forums: Int, method: String, nodes: Int, objective: Int, bound: Int, proven: Bool, group_search_stepped_aside: String?
            /// Left out when no MIP solver ran on the part.
            var mip: MIP?
            /// Left out when no linear relaxation was solved for the part.
            var relaxation: Relaxation?
            enum CodingKeys: String, CodingKey { case forums, method, nodes, objective, bound, proven, group_search_stepped_aside, mip, relaxation }
            /// Writes `null` when the group search ran.
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(forums, forKey: .forums); try c.encode(method, forKey: .method); try c.encode(nodes, forKey: .nodes)
                try c.encode(objective, forKey: .objective); try c.encode(bound, forKey: .bound); try c.encode(proven, forKey: .proven)
                try c.encode(group_search_stepped_aside, forKey: .group_search_stepped_aside)
                try c.encodeIfPresent(mip, forKey: .mip)
                try c.encodeIfPresent(relaxation, forKey: .relaxation)
            }
        }
        let method: String, nodes: Int, bound: Int, gap: Int, checked_by: String, parts: [Part]
        /// Points the governor rule adds where parts compete for a governor (`Proof.acrossParts`); left out when 0.
        var across_parts: Int?
    }
    struct Document: Encodable {
        let version: Int?, published_on: String?, note: String?
        let status: String, objective: Int, lower_bound: Int, plan_year: Int, search_nodes: Int
        /// Which search proved the plan; nil (written `null`) for a version imported from a plan.json.
        let proof: ProofObject?
        let forums: [Forum], events: [Event], cancelled: [Cancelled], changes: [Change]
        /// Per round; nil (the key left out) when the plan lists no governors.
        var governor_coverage: [GovernorCoverage]?
        enum CodingKeys: String, CodingKey {
            case version, published_on, note, status, objective, lower_bound, plan_year, search_nodes, proof, forums, events, cancelled
            case changes, governor_coverage
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(version, forKey: .version); try c.encode(published_on, forKey: .published_on); try c.encode(note, forKey: .note)
            try c.encode(status, forKey: .status); try c.encode(objective, forKey: .objective); try c.encode(lower_bound, forKey: .lower_bound)
            try c.encode(plan_year, forKey: .plan_year); try c.encode(search_nodes, forKey: .search_nodes)
            try c.encode(proof, forKey: .proof)
            try c.encode(forums, forKey: .forums); try c.encode(events, forKey: .events); try c.encode(cancelled, forKey: .cancelled)
            try c.encode(changes, forKey: .changes)
            try c.encodeIfPresent(governor_coverage, forKey: .governor_coverage)
        }
    }

    /// What the solver said about the plan: kept in the draft's plan.json and read back when publishing.
    struct Summary: Codable {
        struct ForumPenalties: Codable { let id: String; let penalties: [Penalty] }
        let status: String, objective: Int, lower_bound: Int, search_nodes: Int
        let proof: ProofObject?
        let forums: [ForumPenalties]

        init(_ plan: Plan) {
            status = plan.status.rawValue; objective = plan.objective; lower_bound = plan.lowerBound; search_nodes = plan.statistics.nodes
            proof = PlanJSON.proof(plan.proof)
            forums = plan.forums.map { f in
                ForumPenalties(id: f.meeting.id.rawValue, penalties: f.penalties.map { Penalty(rule: $0.rule.rawValue, penalty: $0.penalty, message: $0.message) })
            }
        }

        /// The summary in a plan.json written by this tool, or nil when it has none.
        static func read(_ planJSON: String) -> Summary? {
            try? JSONDecoder().decode(Summary.self, from: Data(planJSON.utf8))
        }
    }

    /// A published version's place in the JSON: its number, date, note and every change published so far.
    struct Publication {
        let version: Int, publishedOn: LocalDate, note: String
        let changes: [(version: Int, publishedOn: LocalDate, change: ScheduleChange)]
    }

    static func proof(_ proof: Proof) -> ProofObject {
        var object = ProofObject(
            method: proof.method, nodes: proof.nodes, bound: proof.bound, gap: proof.gap,
            checked_by: "rule checker: no hard rule broken, total penalty as the search claimed",
            parts: proof.parts.map {
                ProofObject.Part(
                    forums: $0.forums, method: $0.method.rawValue, nodes: $0.nodes, objective: $0.objective, bound: $0.bound,
                    proven: $0.proven, group_search_stepped_aside: $0.groupSearchSteppedAside,
                    mip: $0.mip.map {
                        ProofObject.MIP(
                            solver: $0.solver, status: $0.status.rawValue, nodes: $0.nodes, after: $0.after?.rawValue,
                            fixed_by_reduced_costs: $0.fixed > 0 ? $0.fixed : nil)
                    },
                    relaxation: $0.relaxation.map { ProofObject.Relaxation(solver: $0.solver, bound: $0.bound) })
            })
        object.across_parts = proof.acrossParts == 0 ? nil : proof.acrossParts
        return object
    }

    static func document(_ schedule: Schedule, summary: Summary?, publication: Publication?, context: RuleContext) -> Document {
        let problem = context.problem
        let penalties = Dictionary((summary?.forums ?? []).map { ($0.id, $0.penalties) }, uniquingKeysWith: { a, _ in a })
        let confirmed = schedule.forums.filter { $0.status == .confirmed }
        let governors = GovernorText(confirmed.map(\.meeting), problem: problem)
        let forums = confirmed.map { f -> Forum in
            let m = f.meeting
            let p = penalties[m.id.rawValue] ?? []
            var forum = Forum(
                id: m.id.rawValue, round: m.round, round_id: problem.roundID(m.round), area: m.area.rawValue,
                area_name: f.areaName, mode: m.mode.rawValue, date: m.date.iso, start: "\(m.start)",
                end: "\(m.end)", venue: m.venue?.rawValue, venue_name: f.venueName,
                facilitators: m.facilitators.map(\.rawValue), penalty: p.reduce(0) { $0 + $1.penalty }, penalties: p,
                sequence: f.sequence, moved_because: f.reason,
                first_announced: f.firstAnnounced.map { Announced(date: $0.date.iso, start: "\($0.start)", mode: $0.mode.rawValue, venue: $0.venue?.rawValue) })
            if let governors {
                forum.governorsListed = true
                forum.governor = governors.matching.governor[m.id]?.rawValue
            }
            return forum
        }
        let events = schedule.events.map {
            Event(
                id: $0.event.id, kind: $0.event.kind.rawValue, round: $0.event.round, date: $0.event.date.iso,
                start: $0.event.start.map { "\($0)" }, end: $0.event.end.map { "\($0)" }, title: $0.event.title,
                status: $0.status.rawValue, sequence: $0.sequence)
        }
        let cancelled = schedule.forums.filter { $0.status == .cancelled }.sorted { $0.meeting.id < $1.meeting.id }.map { f in
            let m = f.meeting
            return Cancelled(
                id: m.id.rawValue, round: m.round, area: m.area.rawValue, area_name: f.areaName, date: m.date.iso, start: "\(m.start)",
                end: "\(m.end)", mode: m.mode.rawValue, venue: m.venue?.rawValue, sequence: f.sequence, reason: f.reason)
        }
        let changes = (publication?.changes ?? []).map {
            Change(version: $0.version, published_on: $0.publishedOn.iso, forum: $0.change.forum.rawValue, kind: $0.change.kind.rawValue, text: $0.change.text)
        }
        var document = Document(
            version: publication?.version, published_on: publication?.publishedOn.iso, note: publication?.note,
            status: summary?.status ?? "published", objective: summary?.objective ?? 0, lower_bound: summary?.lower_bound ?? 0,
            plan_year: problem.planYear, search_nodes: summary?.search_nodes ?? 0, proof: summary?.proof,
            forums: forums, events: events, cancelled: cancelled, changes: changes)
        document.governor_coverage = governors?.coverage.map {
            GovernorCoverage(
                round: $0.round, round_id: problem.roundID($0.round), forums: $0.forums, with_governor: $0.withGovernor,
                without_governor: $0.without.map(\.id.rawValue))
        }
        return document
    }

    /// Pretty-printed, sorted keys, ending in a newline: the same schedule gives the same bytes.
    static func text(_ schedule: Schedule, summary: Summary?, publication: Publication?, context: RuleContext) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(document(schedule, summary: summary, publication: publication, context: context))
        return (String(data: data, encoding: .utf8) ?? "{}") + "\n"
    }

    /// The plan on its own (no plan book), as `bench` writes it.
    static func text(_ plan: Plan, context: RuleContext) throws -> String {
        try text(Replan.schedule(of: plan, context: context), summary: Summary(plan), publication: nil, context: context)
    }
}
