import PlannerBench
import Testing

/// The benchmark's comparison of the planner with HiGHS (`SideBySide`): when two answers agree, when
/// they can both be right, when one is a bug; and the summary under a table, compared whole.
@Suite("Planner and HiGHS side by side")
struct SideBySideTests {
    typealias P = SideBySide.PlannerResult
    typealias H = SideBySide.HighsResult

    static func planner(_ status: P.Status, _ objective: Int?, _ bound: Int?, ms: Double = 10) -> P {
        P(status: status, objective: objective, bound: bound, nodes: objective == nil ? nil : 42, ms: ms)
    }
    static func highs(_ status: String, _ objective: Double?, _ bound: Double?, ms: Double = 20) -> H {
        H(status: status, objective: objective, bound: bound, seconds: ms / 1000, nodes: 3)
    }

    @Test("agreement of each pair of answers")
    func agreement() {
        let cases: [(P, H, SideBySide.Agreement)] = [
            (Self.planner(.proven, 434, 434), Self.highs("Optimal", 434.0000001, 434), .agree),
            (Self.planner(.proven, 434, 434), Self.highs("Optimal", 433, 433), .disagree("the planner proves 434, HiGHS proves 433")),
            (Self.planner(.feasible, 345, 343), Self.highs("Optimal", 344, 344), .consistent),
            (Self.planner(.feasible, 345, 343), Self.highs("Optimal", 342, 342), .disagree("HiGHS proves 342, outside the planner's [343, 345]")),
            (Self.planner(.noPlan, nil, nil), Self.highs("Infeasible", nil, nil), .agree),
            (Self.planner(.noPlan, nil, nil), Self.highs("Optimal", 12, 12), .disagree("the planner finds no plan, HiGHS finds one of 12")),
            (Self.planner(.proven, 100, 100), Self.highs("Infeasible", nil, nil), .disagree("the planner has a plan of 100, HiGHS says the model is infeasible")),
            (Self.planner(.proven, 100, 100), Self.highs("Time limit reached", 103, 97.5), .consistent),
            (Self.planner(.proven, 100, 100), Self.highs("Time limit reached", 103, 101), .disagree("HiGHS's bound 101 is above the planner's plan of 100")),
            (Self.planner(.feasible, 100, 98), Self.highs("Time limit reached", 97, 90), .disagree("HiGHS has a plan of 97, below the planner's bound 98")),
            (Self.planner(.internalError, nil, nil), Self.highs("Optimal", 5, 5), .disagree("the planner's own check failed (internal error)")),
        ]
        for (planner, highs, expected) in cases {
            #expect(SideBySide.agreement(planner, highs) == expected, "\(planner) \(highs)")
        }
    }

    @Test("a row's cells")
    func cells() {
        #expect(
            SideBySide.cells(Self.planner(.feasible, 345, 343, ms: 9700), Self.highs("Optimal", 344, 344, ms: 120))
                == ["feasible", "345", "343", "2", "42", "9700.0", "proven", "344", "344", "120.0", "consistent", "80.83"])
        #expect(
            SideBySide.cells(Self.planner(.noPlan, nil, nil, ms: 5), Self.highs("Infeasible", nil, nil, ms: 10))
                == ["no plan", "-", "-", "-", "-", "5.0", "no plan", "-", "-", "10.0", "yes", "0.50"])
        #expect(SideBySide.header.count == SideBySide.cells(Self.planner(.proven, 1, 1), Self.highs("Optimal", 1, 1)).count)
    }

    @Test("the summary of a batch, whole")
    func summary() {
        let rows = [
            SideBySide.Row(name: "perturb-01", planner: Self.planner(.proven, 434, 434, ms: 5), highs: Self.highs("Optimal", 434, 434, ms: 30)),
            SideBySide.Row(name: "perturb-02", planner: Self.planner(.feasible, 345, 343, ms: 9700), highs: Self.highs("Optimal", 343, 343, ms: 120)),
            SideBySide.Row(name: "perturb-03", planner: Self.planner(.proven, 400, 400, ms: 10), highs: Self.highs("Optimal", 399, 399, ms: 40)),
        ]
        #expect(SideBySide.summary(rows) == [
            "planner proven 2 of 3; HiGHS proven 3 of 3",
            "planner ms: median 10.0, max 9700.0; HiGHS ms: median 40.0, max 120.0",
            "planner/HiGHS: median of the ratios 0.25, ratio of the medians 0.25, ratio of the maxima 80.83",
            "targets: every problem proven: no (1 not); planner at most HiGHS's time on each: no (slower on 1); planner's median at most a third of HiGHS's: yes",
            "not proven: perturb-02: 345, bound 343, gap 2, 42 nodes, 9700.0 ms; HiGHS proven 343 in 120.0 ms",
            "DISAGREEMENT (a bug, please report): perturb-03: the planner proves 400, HiGHS proves 399",
            "agreement: 1 DISAGREEMENT",
        ])
        #expect(SideBySide.anyDisagreement(rows))
        #expect(!SideBySide.anyDisagreement(Array(rows.prefix(2))))
        #expect(SideBySide.summary(Array(rows.prefix(1))).last == "agreement: no answer contradicts the other")
    }
}
