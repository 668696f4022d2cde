/// Hard: in balanced rotation, no area meets in the same mode for more rounds running than allowed.
public struct NoLongModeRunsRule: PlanRule {
    public let id = RuleID.noLongModeRuns
    public init() {}

    /// In balanced rotation, per daytime area: at most `max_run` rounds running in one mode.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        guard case .balanced(let maxRun) = context.problem.rotation else { return [] }
        return context.problem.areas.filter { $0.kind == .daytime }.map {
            .modeSequence(ModeSequence(area: $0.id, forums: context.forums(of: $0), maxRun: maxRun))
        }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        context.blocks(of: id).flatMap { block -> [Violation] in
            guard case .modeSequence(let sequence) = block, let maxRun = sequence.maxRun else { return [] }
            return sequence.longRuns(meetings).compactMap { run in
                guard let last = run.last else { return nil }
                let rounds = run.map { String($0.round) }.joined(separator: ", ")
                return Violation(rule: id, forums: run.map(\.id), message: "\(context.areaName(sequence.area)) meets \(last.mode.plainName) \(run.count) rounds running (rounds \(rounds)); at most \(maxRun)")
            }
        }
    }
}
