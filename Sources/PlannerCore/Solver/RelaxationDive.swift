/// The rounding dive on a part's linear relaxation (`Planner.MIPHandover.relaxation`): it looks for
/// a plan whose total is exactly the relaxation's bound, which is then optimal with no search.
///
/// Each step fixes at 1 every choice (forum, option and start) already at 1, and in each group the
/// largest fractional choice (the first, on a tie), then solves the relaxation again from its last
/// basis. A step that lifts the optimum above the bound is undone the other way: those choices are
/// fixed at 0 instead (a setback; the dive gives up after `maxSetbacks`). It ends when every choice
/// is 0 or 1. Groups step side by side, so a part of many groups needs about as many steps as one.
struct RelaxationDive {
    let program: MixedIntegerProgram
    /// Per forum, per option, per start: its column (`ModelBuilder.x`).
    let x: [[[Int]]]
    /// Per forum, its group (`ForumSlot.groupIndex`).
    let groups: [Int]
    /// The relaxation's bound in whole points.
    let bound: Int
    static let maxSetbacks = 8

    /// The values the dive ends at (every choice 0 or 1, the total the bound), or nil when it cannot get there.
    func run(_ lp: any LinearRelaxation, from first: LinearSolution) -> [Double]? {
        let choices = x.flatMap { $0.flatMap { $0 } }
        var group = Array(repeating: 0, count: program.columns.count)
        for (f, options) in x.enumerated() { for column in options.flatMap({ $0 }) { group[column] = groups[f] } }
        var solution = first
        var fixed = Set<Int>()
        var setbacks = 0
        for _ in 0...(x.count + Self.maxSetbacks) {
            let values = solution.values
            let open = choices.filter { values[$0] > 1e-6 && values[$0] < 1 - 1e-6 }
            if open.isEmpty { return exact(values, choices: choices) }
            for c in choices where values[c] >= 1 - 1e-6 && !fixed.contains(c) {
                lp.fix(c, at: 1)
                fixed.insert(c)
            }
            var largest: [Int: Int] = [:]
            for c in open where largest[group[c]].map({ values[c] > values[$0] }) ?? true { largest[group[c]] = c }
            let picked = largest.values.sorted()
            for c in picked { lp.fix(c, at: 1) }
            if let again = lp.solve(), program.objective(at: again.values) < Double(bound) + 1e-6 {
                fixed.formUnion(picked)
                solution = again
                continue
            }
            setbacks += 1
            guard setbacks <= Self.maxSetbacks else { return nil }
            for c in picked { lp.fix(c, at: 0) }
            guard let again = lp.solve(), program.objective(at: again.values) < Double(bound) + 1e-6 else { return nil }
            solution = again
        }
        return nil
    }

    /// `values` with every choice made exactly 0 or 1, when that keeps every row and column bound
    /// (within 10⁻⁵, in the planner's own arithmetic, not the solver's tolerances) and costs exactly
    /// the bound; else nil.
    private func exact(_ values: [Double], choices: [Int]) -> [Double]? {
        var rounded = values
        for c in choices { rounded[c] = values[c] > 0.5 ? 1 : 0 }
        guard program.keeps(rounded, within: 1e-5), abs(program.objective(at: rounded) - Double(bound)) < 1e-5 else { return nil }
        return rounded
    }
}
