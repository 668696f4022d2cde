/// The planner's problem as a 0-1 mixed-integer program, so any MIP solver (HiGHS, CBC, SCIP…)
/// can check the planner's optimum independently.
///
/// The program is built from the same forum options the solver searches (every hard rule about one
/// forum already applied, pins included), with every hard rule across forums as constraints and
/// the same weighted objective, rules switched off the same way. Its optimum equals
/// `Plan.objective` whenever the planner proves its plan optimal, and is at least
/// `Plan.lowerBound` otherwise.
public enum ModelExport {
    /// The file format: CPLEX LP, or free MPS (names longer than eight characters).
    public enum Format: String, Sendable, CaseIterable {
        case lp, mps
    }

    /// A written model and its size.
    public struct Document: Sendable {
        public var text: String
        public var variables: Int
        public var binaries: Int
        public var constraints: Int
    }

    /// The model of `problem` in `format`, with the rules in `disabled` switched off (as
    /// `SolverOptions.disabledRules` switches them off for the planner).
    ///
    /// Not an error: a problem with no plan; its model is then infeasible too (a forum with no
    /// option left has a row that cannot hold).
    /// - Throws: `ModelExportError.negativeWeight` when a pair weight is below 0 (the plan file
    ///   never allows it), as the linear form of the pair penalties needs weights of 0 or more.
    public static func document(_ problem: PlanningProblem, format: Format, disabled: Set<RuleID> = []) throws(ModelExportError) -> Document {
        let model = try model(problem, disabled: disabled)
        let text = format == .lp ? LPWriter.text(model) : MPSWriter.text(model)
        return Document(text: text, variables: model.columns.count, binaries: model.binaryCount, constraints: model.rows.count)
    }

    /// The model in CPLEX LP format. - Throws: as `document(_:format:disabled:)`.
    public static func lp(_ problem: PlanningProblem, disabled: Set<RuleID> = []) throws(ModelExportError) -> String {
        try document(problem, format: .lp, disabled: disabled).text
    }

    /// The model in free MPS format. - Throws: as `document(_:format:disabled:)`.
    public static func mps(_ problem: PlanningProblem, disabled: Set<RuleID> = []) throws(ModelExportError) -> String {
        try document(problem, format: .mps, disabled: disabled).text
    }

    /// The model in memory, built from the solver's own options.
    static func model(_ problem: PlanningProblem, disabled: Set<RuleID>) throws(ModelExportError) -> LinearModel {
        let context = RuleContext(problem)
        let blocks = Rules.blocks(in: context, disabled: disabled)
        try checkWeights(blocks)
        let slots = OptionBuilder(context: context, disabled: disabled).build()
        var builder = ModelBuilder(context: context, slots: slots, disabled: disabled, blocks: blocks)
        return builder.build()
    }

    /// The pair costs' weights (the plan file's `weights:` keys), as the rules switched on declare
    /// them in their `blocks` (`Rules.blocks(in:disabled:)`).
    /// - Throws: `ModelExportError.negativeWeight` for a pair weight below 0.
    static func checkWeights(_ blocks: [DeclaredBlock]) throws(ModelExportError) {
        for case .pairCost(let pair) in blocks.map(\.block) {
            for (name, value) in [("same_weekday", pair.sameWeekday), ("same_start_time", pair.sameStart), ("consecutive_days", pair.adjacentDays)] {
                if let value, value < 0 { throw .negativeWeight(name: name, value: value) }
            }
        }
    }
}

/// Why a problem cannot be exported.
public enum ModelExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A pair weight below 0: `weights.<name>` is `value`.
    case negativeWeight(name: String, value: Int)

    public var description: String {
        switch self {
        case .negativeWeight(let name, let value):
            return "weights.\(name): \(value) is below 0 (expected penalty points, 0 or more, for the exported model's pair counts)"
        }
    }
}
