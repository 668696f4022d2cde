import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// The model built for a solver in memory (`Planner.MIPHandover.program`: no names, no comments)
/// is the exported model less its names; the builder's lists of each forum's columns
/// (`ForumColumns`) agree with the options; `LinearModel.addRow` merges terms as it says.
@Suite("Model build for a solver in memory")
struct ModelBuildTests {
    typealias Case = ProblemCase

    /// Surrey, with governors (the matching block) and with a poll (starts split into options),
    /// and a tiny balanced problem (quotas and runs), also with forums free to share a day (pairs
    /// on consecutive days priced forum by forum).
    static func cases() throws -> [Case] {
        var cases = try ["surrey-2027-28", "surrey-2027-28-governors", "surrey-2027-28-poll"].map(Case.fixture)
        var tiny = TestProblems.tiny(areas: 3, rounds: 3, latestDay: 8, balanced: true)
        tiny.weights.sameWeekday = 12
        cases.append(Case(name: "tiny, balanced", problem: tiny))
        cases.append(Case(name: "tiny, balanced, forums may share a day", problem: tiny, disabled: [.facilitatorOnePlaceADay]))
        return cases
    }

    /// Never asked to solve: `MIPHandover.program` only builds.
    struct Unused: MIPSolver {
        var name: String { "Unused" }
        func solve(_ program: MixedIntegerProgram, start: [Int]?, cutoff: Int?) -> MIPAnswer {
            MIPAnswer(status: .failed, objective: nil, values: nil, bound: nil, nodes: 0)
        }
    }

    @Test("the hand-over's program is the exported model column for column and row for row, with empty names", arguments: try cases())
    func unnamedEqualsNamed(_ c: Case) throws {
        let context = RuleContext(c.problem)
        let slots = OptionBuilder(context: context, disabled: c.disabled).build()
        var builder = ModelBuilder(context: context, slots: slots, disabled: c.disabled)
        let model = builder.build()
        let (program, x) = try #require(Planner.MIPHandover(solver: Unused(), disabled: c.disabled, context: context).program(slots))

        var expected = MixedIntegerProgram(model)
        for i in expected.columns.indices { expected.columns[i].name = "" }
        for i in expected.rows.indices { expected.rows[i].name = "" }
        #expect(program == expected)
        #expect(x == builder.x)
        // The named model is named throughout, and has rows past each forum's own.
        #expect(model.columns.allSatisfy { !$0.name.isEmpty } && model.rows.allSatisfy { !$0.name.isEmpty })
        #expect(!model.comments.isEmpty)
        #expect(model.rows.count > slots.count)
    }

    @Test("each forum's columns by day, mode, weekday, start and venue are its options' columns that match", arguments: try cases())
    func forumColumns(_ c: Case) throws {
        let context = RuleContext(c.problem)
        let slots = OptionBuilder(context: context, disabled: c.disabled).build()
        var builder = ModelBuilder(context: context, slots: slots, disabled: c.disabled)
        builder.addChoices()
        for (f, slot) in slots.enumerated() {
            let index = builder.index[f]
            let columns = slot.options.indices.flatMap { k in slot.options[k].starts.indices.map { (option: slot.options[k], start: slot.options[k].starts[$0], column: builder.x[f][k][$0]) } }
            func matching(_ test: (Option, TimeOfDay) -> Bool) -> [Int] { columns.filter { test($0.option, $0.start) }.map(\.column) }

            // By venue: the day and column of each of the forum's options in person there.
            for v in c.problem.venues.indices {
                let listed = builder.atVenue[v].filter { $0.forum == f }.map { [$0.day, $0.column] }
                #expect(listed == columns.filter { $0.option.inPerson && $0.option.venue == v }.map { [$0.option.day, $0.column] }, "\(slot.id) venue \(v)")
            }
            let days = Set(slot.options.map(\.day)).sorted()
            #expect(index.days == days)
            for day in (days.first ?? 0) - 2...(days.last ?? 0) + 2 {
                #expect(index.onDay(day) == matching { o, _ in o.day == day }, "\(slot.id) day \(day)")
            }
            #expect(index.inPerson == matching { o, _ in o.inPerson })
            #expect(index.online == matching { o, _ in !o.inPerson })
            for weekday in Weekday.allCases.indices {
                #expect(index.byWeekday[weekday] == matching { o, _ in o.weekday == weekday }, "\(slot.id) weekday \(weekday)")
            }
            let starts = Set(columns.map(\.start)).sorted()
            #expect(index.starts == starts)
            for start in starts + [TimeOfDay(minutes: 1)] {
                #expect(index.at(start) == matching { _, t in t == start }, "\(slot.id) start \(start)")
            }
        }
    }

    @Test("addRow: a column's terms summed at its first place, zeros dropped, order kept; as a dictionary does it")
    func merged() {
        // Terms drawn from a small range of columns so that many repeat, with coefficients -2…2.
        var seed: UInt64 = 20_261_207
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        var unchanged = 0
        for trial in 0..<500 {
            let count = next(12)
            let increasing = trial % 3 == 0
            var terms: [LinearModel.Term] = []
            for i in 0..<count {
                terms.append(LinearModel.Term(column: increasing ? 2 * i + next(2) : next(8), coefficient: next(5) - 2))
            }
            var order: [Int] = []
            var sums: [Int: Int] = [:]
            for t in terms {
                if sums[t.column] == nil { order.append(t.column) }
                sums[t.column, default: 0] += t.coefficient
            }
            let expected = order.compactMap { c in sums[c].flatMap { $0 == 0 ? nil : LinearModel.Term(column: c, coefficient: $0) } }
            var model = LinearModel(name: "m")
            model.addRow("r", terms, .lessOrEqual, 1)
            #expect(model.rows.first?.terms == expected, "trial \(trial): \(terms)")
            if expected == terms { unchanged += 1 }
        }
        // Both paths taken: rows kept as they are, and rows merged.
        #expect(unchanged > 50 && unchanged < 450)
    }
}
