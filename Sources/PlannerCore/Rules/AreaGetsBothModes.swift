/// Hard: every area forum (not the evening forum) meets both online and in person at least once in the year.
public struct AreaGetsBothModesRule: PlanRule {
    public let id = RuleID.areaGetsBothModes
    public init() {}

    /// With two rounds or more, per daytime area: both modes in the year.
    public func blocks(in context: RuleContext) -> [RuleBlock] {
        guard context.problem.roundCount >= 2 else { return [] }
        return context.problem.areas.filter { $0.kind == .daytime }.map {
            .modeSequence(ModeSequence(area: $0.id, forums: context.forums(of: $0), bothModes: true))
        }
    }

    public func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        context.blocks(of: id).flatMap { block -> [Violation] in
            guard case .modeSequence(let sequence) = block else { return [] }
            let (own, missing) = sequence.missingModes(meetings)
            return missing.map { Violation(rule: id, forums: own.map(\.id), message: "\(context.areaName(sequence.area)) never meets \($0.plainName) this year") }
        }
    }
}
