import PlannerCore
import PlannerMIP
import Testing

/// CBC through its C API on small programs whose answers are known by hand.
@Suite("CBC")
struct CBCTests {
    typealias Column = MixedIntegerProgram.Column
    typealias Row = MixedIntegerProgram.Row

    /// Pick one of three items (costs 5, 3, 4), at least one of the first two: the optimum is 3.
    static func pickOne(cheapest: Int = 3) -> MixedIntegerProgram {
        MixedIntegerProgram(
            name: "pick-one",
            columns: [
                Column(name: "a", isInteger: true, lower: 0, upper: 1, cost: 5),
                Column(name: "b", isInteger: true, lower: 0, upper: 1, cost: cheapest),
                Column(name: "c", isInteger: true, lower: 0, upper: 1, cost: 4),
            ],
            rows: [
                Row(name: "one", columns: [0, 1, 2], coefficients: [1, 1, 1], sense: .equal, rhs: 1),
                Row(name: "first-two", columns: [0, 1], coefficients: [1, 1], sense: .greaterOrEqual, rhs: 1),
            ],
            objectiveConstant: 10)
    }

    @Test("an optimum is proven, with its values, bound and the objective's constant")
    func optimum() {
        let answer = CBC().solve(Self.pickOne(), start: [1, 0, 0], cutoff: nil)
        #expect(answer.status == .optimal)
        #expect(answer.objective == 13)
        #expect(answer.bound == 13)
        #expect(answer.values == [0, 1, 0])
    }

    @Test("a 0-1 column stays whole where the LP relaxation would split it")
    func integrality() {
        // Two items of weight 2 in a knapsack of 3, each worth 3 (cost -3): the LP takes 1.5 items.
        let program = MixedIntegerProgram(
            name: "knapsack",
            columns: [
                Column(name: "p", isInteger: true, lower: 0, upper: 1, cost: -3),
                Column(name: "q", isInteger: true, lower: 0, upper: 1, cost: -3),
            ],
            rows: [Row(name: "weight", columns: [0, 1], coefficients: [2, 2], sense: .lessOrEqual, rhs: 3)])
        let answer = CBC().solve(program, start: nil, cutoff: nil)
        #expect(answer.status == .optimal)
        #expect(answer.objective == -3)
    }

    @Test("a program with no solution is infeasible, and so is one with none within the cutoff")
    func infeasible() {
        var program = Self.pickOne()
        program.rows.append(Row(name: "last", columns: [2], coefficients: [1], sense: .equal, rhs: 1))
        #expect(CBC().solve(program, start: nil, cutoff: nil).status == .infeasible)
        let cut = CBC().solve(Self.pickOne(), start: nil, cutoff: 12)
        #expect(cut.status == .infeasible)
        #expect(cut.values == nil)
        #expect(CBC().solve(Self.pickOne(), start: nil, cutoff: 13).objective == 13)
    }

    @Test("the version is Debian's CBC 2.10")
    func version() {
        #expect(CBC.version.hasPrefix("2.10"))
    }
}
