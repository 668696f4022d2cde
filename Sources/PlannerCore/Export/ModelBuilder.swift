/// Builds the planner's exact problem as a 0-1 program, from the same forum options the solver
/// searches (`OptionBuilder`), so the program's optimum is the planner's objective.
///
/// Variables: `x<f>_<k>_<t>` is 1 when forum `f` takes its option `k` at that option's start
/// time `t` (a date, mode, venue and start). Each forum takes exactly one. The rules across forums
/// are written from their building blocks (`ModelBuilder+Blocks.swift`): hard ones as rows, soft
/// ones priced with continuous auxiliaries; each x costs its option's own penalty.
///
/// Built `named: false` (for a solver in memory, `Planner.MIPHandover.program`), the same columns
/// and rows in the same order carry empty names and no comments: names are made only for a file.
struct ModelBuilder {
    let problem: PlanningProblem
    let slots: [ForumSlot]
    let disabled: Set<RuleID>
    /// The building blocks of the rules about several forums that are switched on.
    let blocks: [DeclaredBlock]
    var model: LinearModel
    /// The x columns: per forum, per option, per start time.
    var x: [[[Int]]] = []
    /// Each forum's x columns, sorted by what the blocks ask of them (made by `addChoices`).
    var index: [ForumColumns] = []
    /// By venue (index into `problem.venues`): the x columns that meet in person there (made by `addChoices`).
    var atVenue: [[(forum: Int, day: Int, column: Int)]]
    /// Each venue's index in `problem.venues` (the first, should an id repeat).
    let venueIndex: [Venue.ID: Int]

    init(problem: PlanningProblem, slots: [ForumSlot], disabled: Set<RuleID>) {
        self.init(context: RuleContext(problem), slots: slots, disabled: disabled)
    }

    /// The model of the rules in force in `context` (`RuleContext.planRules`), from their building
    /// blocks when already worked out (`blocks`, for the same context and rules switched off);
    /// without names and comments when `named` is false.
    init(context: RuleContext, slots: [ForumSlot], disabled: Set<RuleID>, blocks: [DeclaredBlock]? = nil, named: Bool = true) {
        self.problem = context.problem
        self.slots = slots
        self.disabled = disabled
        self.blocks = blocks ?? Rules.blocks(in: context, disabled: disabled)
        model = LinearModel(name: "forum-planner", named: named)
        atVenue = Array(repeating: [], count: context.problem.venues.count)
        venueIndex = Dictionary(context.problem.venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    var balancedMaxRun: Int? {
        if case .balanced(let maxRun) = problem.rotation { return maxRun }
        return nil
    }

    /// The whole model: choices, hard rows, soft terms, and (when named) the comments that map names back.
    mutating func build() -> LinearModel {
        addChoices()
        addBlocks()
        if model.named { model.comments = comments() }
        return model
    }

    /// One x per forum, option and start time, costing the option's own penalty; each forum takes
    /// exactly one. A forum left with no option gets a column fixed at 0, so its row cannot hold.
    mutating func addChoices() {
        for (f, slot) in slots.enumerated() {
            var columns: [[Int]] = []
            for (k, option) in slot.options.enumerated() {
                columns.append(option.starts.indices.map { t in
                    model.addColumn(label("x\(f)_\(k)_\(t)"), kind: .binary, cost: option.cost)
                })
            }
            x.append(columns)
            index.append(ForumColumns(slot.options, x: columns))
            for (k, option) in slot.options.enumerated() where option.inPerson && atVenue.indices.contains(option.venue) {
                atVenue[option.venue] += columns[k].map { (f, option.day, $0) }
            }
            var all = columns.flatMap { $0 }
            if all.isEmpty { all = [model.addColumn(label("none\(f)"), kind: .continuous, lower: 0, upper: 0)] }
            model.addRow(label("forum\(f)"), ones(all), .equal, 1)
        }
    }

    // MARK: - Columns of one forum

    /// The x columns that put forum `f` on day `day` (its day indicator).
    func onDay(_ f: Int, _ day: Int) -> [Int] { index[f].onDay(day) }

    /// The x columns that put forum `f` in person (or online).
    func inMode(_ f: Int, inPerson: Bool) -> [Int] { inPerson ? index[f].inPerson : index[f].online }

    /// The days forum `f` can take, earliest first.
    func days(_ f: Int) -> [Int] { index[f].days }

    /// `text` when the model is named, else empty (and `text` is never made).
    func label(_ text: @autoclosure () -> String) -> String { model.named ? text() : "" }

    func ones(_ columns: [Int]) -> [LinearModel.Term] { columns.map { LinearModel.Term(column: $0, coefficient: 1) } }

    /// `20270608`: a day number as a name-safe date.
    func dayName(_ day: Int) -> String { String(LocalDate(dayNumber: day).iso.filter { $0 != "-" }) }
}

/// One forum's x columns, listed once so that each block reads its columns without going through
/// every option again: by day, by mode, by weekday and by start time (each list in option and
/// start order).
struct ForumColumns: Sendable {
    /// The days the forum can take, earliest first.
    var days: [Int] = []
    /// `byDay[d - firstDay]`: the columns on day d, for every day from the first to the last.
    private var byDay: [[Int]] = []
    private var firstDay = 0
    var inPerson: [Int] = []
    var online: [Int] = []
    /// `byWeekday[w]`: the columns on weekday w (`Weekday.allCases` order).
    var byWeekday: [[Int]] = Array(repeating: [], count: Weekday.allCases.count)
    /// The start times the forum can take, earliest first, and the columns at each.
    var starts: [TimeOfDay] = []
    var byStart: [[Int]] = []

    /// - Parameter x: the columns of each option's starts (`ModelBuilder.x[f]`).
    init(_ options: [Option], x: [[Int]]) {
        guard let first = options.map(\.day).min(), let last = options.map(\.day).max() else { return }
        firstDay = first
        byDay = Array(repeating: [], count: last - first + 1)
        var allStarts = options.flatMap(\.starts)
        allStarts.sort()
        starts = allStarts.indices.compactMap { $0 > 0 && allStarts[$0 - 1] == allStarts[$0] ? nil : allStarts[$0] }
        byStart = Array(repeating: [], count: starts.count)
        for (k, option) in options.enumerated() {
            for (t, start) in option.starts.enumerated() {
                let column = x[k][t]
                byDay[option.day - first].append(column)
                if option.inPerson { inPerson.append(column) } else { online.append(column) }
                if byWeekday.indices.contains(option.weekday) { byWeekday[option.weekday].append(column) }
                if let s = starts.firstIndex(of: start) { byStart[s].append(column) }
            }
        }
        days = byDay.indices.filter { !byDay[$0].isEmpty }.map { $0 + first }
    }

    /// The columns on day `day` (none outside the forum's days).
    func onDay(_ day: Int) -> [Int] {
        let i = day - firstDay
        return byDay.indices.contains(i) ? byDay[i] : []
    }

    /// The columns at start `start` (none when the forum cannot start then).
    func at(_ start: TimeOfDay) -> [Int] {
        starts.firstIndex(of: start).map { byStart[$0] } ?? []
    }
}
