import PlannerCore

/// The plan as a readable table, UK style ("Tue 13 Apr 2027, 10:00–13:00"), with each forum's penalties.
enum PlanTable {
    static func render(_ plan: Plan, context: RuleContext) -> String {
        let problem = context.problem
        let governors = GovernorText(plan.forums.map(\.meeting), problem: problem)
        var lines: [String] = []
        lines.append("\(problem.forumName) forums, \(problem.trustName), plan year \(problem.planYear)")
        for round in 1...max(problem.roundCount, 1) {
            lines.append("")
            lines.append("\(context.roundName(round))")
            for f in plan.forums where f.meeting.round == round {
                let m = f.meeting
                let place = m.venue.map { context.venueName($0) } ?? "online"
                let what = "\(m.date.uk), \(m.start)–\(m.end)".padding(30)
                lines.append("  \(what) \(context.areaName(m.area).padding(28)) \(m.mode.plainName.padding(10)) \(place)")
                if let moved = f.movedBecause { lines.append("      moved: \(moved)") }
                if f.penalties.isEmpty {
                    lines.append("      penalty 0")
                } else {
                    let detail = f.penalties.map { "\($0.rule.rawValue) \($0.penalty) (\($0.message))" }.joined(separator: "; ")
                    lines.append("      penalty \(f.penalty): \(detail)")
                }
                if let governors { lines.append("      governor: \(governors.expected(at: m.id))") }
            }
            for e in plan.events where e.round == round && e.kind != .venueBookingDeadline {
                let time = e.start.map { s in e.end.map { ", \(s)–\($0)" } ?? ", \(s)" } ?? ""
                lines.append("  \("\(e.date.uk)\(time)".padding(30)) \(e.title)")
            }
        }
        for c in plan.cancelled {
            lines.append("")
            lines.append("Cancelled: \(c.forum) (was \(c.date.uk) \(c.start))")
        }
        if let governors {
            lines.append("")
            lines.append("Governors")
            lines += governors.lines(context: context).map { "  " + $0 }
        }
        lines.append("")
        let proof = plan.status == .optimal
            ? "proven optimal"
            : "best found; the optimum is at least \(plan.lowerBound)"
        let handed = plan.proof.mipSolver.map { ", then \($0): \(plan.proof.mipNodes) nodes" } ?? ""
        let relaxed = plan.proof.relaxationSolver.map { "bound \(plan.proof.relaxationBound) from \($0)'s linear relaxation, " } ?? ""
        lines.append("Total penalty \(plan.objective) (\(proof); \(relaxed)\(plan.statistics.nodes) search nodes\(handed), \(plan.statistics.components) independent part\(plan.statistics.components == 1 ? "" : "s")).")
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Pads with spaces to at least `width` characters.
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
