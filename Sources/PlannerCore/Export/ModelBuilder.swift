/// Builds the planner's exact problem as a 0-1 program, from the same forum options the solver
/// searches (`OptionBuilder`), so the program's optimum is the planner's objective.
///
/// Variables: `x<f>_<k>_<t>` is 1 when forum `f` takes its option `k` at that option's start
/// time `t` (a date, mode, venue and start). Each forum takes exactly one. The rules across forums
/// are written from their building blocks (`ModelBuilder+Blocks.swift`): hard ones as rows, soft
/// ones priced with continuous auxiliaries; each x costs its option's own penalty.
struct ModelBuilder {
    let problem: PlanningProblem
    let slots: [ForumSlot]
    let disabled: Set<RuleID>
    /// The building blocks of the rules about several forums that are switched on.
    let blocks: [DeclaredBlock]
    var model: LinearModel
    /// The x columns: per forum, per option, per start time.
    var x: [[[Int]]] = []
    /// Each venue's index in `problem.venues` (the first, should an id repeat).
    let venueIndex: [Venue.ID: Int]

    init(problem: PlanningProblem, slots: [ForumSlot], disabled: Set<RuleID>) {
        self.init(context: RuleContext(problem), slots: slots, disabled: disabled)
    }

    /// The model of the rules in force in `context` (`RuleContext.planRules`), from their building
    /// blocks when already worked out (`blocks`, for the same context and rules switched off).
    init(context: RuleContext, slots: [ForumSlot], disabled: Set<RuleID>, blocks: [DeclaredBlock]? = nil) {
        self.problem = context.problem
        self.slots = slots
        self.disabled = disabled
        self.blocks = blocks ?? Rules.blocks(in: context, disabled: disabled)
        model = LinearModel(name: "forum-planner")
        venueIndex = Dictionary(context.problem.venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    var balancedMaxRun: Int? {
        if case .balanced(let maxRun) = problem.rotation { return maxRun }
        return nil
    }

    /// The whole model: choices, hard rows, soft terms, and the comments that map names back.
    mutating func build() -> LinearModel {
        addChoices()
        addBlocks()
        model.comments = comments()
        return model
    }

    /// One x per forum, option and start time, costing the option's own penalty; each forum takes
    /// exactly one. A forum left with no option gets a column fixed at 0, so its row cannot hold.
    mutating func addChoices() {
        for (f, slot) in slots.enumerated() {
            var columns: [[Int]] = []
            for (k, option) in slot.options.enumerated() {
                columns.append(option.starts.indices.map { t in
                    model.addColumn("x\(f)_\(k)_\(t)", kind: .binary, cost: option.cost)
                })
            }
            x.append(columns)
            var all = columns.flatMap { $0 }
            if all.isEmpty { all = [model.addColumn("none\(f)", kind: .continuous, lower: 0, upper: 0)] }
            model.addRow("forum\(f)", ones(all), .equal, 1)
        }
    }

    // MARK: - Columns of one forum

    /// The x columns of forum `f` whose option and start pass `test`.
    func columns(_ f: Int, where test: (Option, TimeOfDay) -> Bool) -> [Int] {
        var result: [Int] = []
        for (k, option) in slots[f].options.enumerated() {
            for (t, start) in option.starts.enumerated() where test(option, start) { result.append(x[f][k][t]) }
        }
        return result
    }

    /// The x columns that put forum `f` on day `day` (its day indicator).
    func onDay(_ f: Int, _ day: Int) -> [Int] { columns(f) { o, _ in o.day == day } }

    /// The x columns that put forum `f` in person (or online).
    func inMode(_ f: Int, inPerson: Bool) -> [Int] { columns(f) { o, _ in o.inPerson == inPerson } }

    /// The days forum `f` can take, earliest first.
    func days(_ f: Int) -> [Int] { Array(Set(slots[f].options.map(\.day))).sorted() }

    func ones(_ columns: [Int]) -> [LinearModel.Term] { columns.map { LinearModel.Term(column: $0, coefficient: 1) } }

    /// `20270608`: a day number as a name-safe date.
    func dayName(_ day: Int) -> String { String(LocalDate(dayNumber: day).iso.filter { $0 != "-" }) }
}
