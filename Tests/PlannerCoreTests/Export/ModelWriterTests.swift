import Testing

@testable import PlannerCore

/// The LP and MPS writers on a tiny hand-made model: the whole text, so the format is reviewed.
@Suite("Model writers")
struct ModelWriterTests {
    /// Two binaries, a continuous column in [0, 1], a column fixed at 0, and one row of each sense.
    static func tiny() -> LinearModel {
        typealias T = LinearModel.Term
        var m = LinearModel(name: "tiny")
        m.comments = ["a tiny model", "", "var x0_0_0 2027-r1-a 2027-06-01 10:00 virtual -"]
        let a = m.addColumn("x0_0_0", kind: .binary, cost: 3)
        let b = m.addColumn("x0_1_0", kind: .binary, cost: 1)
        let z = m.addColumn("z", kind: .continuous, lower: 0, upper: 1, cost: 2)
        let none = m.addColumn("none1", kind: .continuous, lower: 0, upper: 0)
        m.addRow("forum0", [T(column: a, coefficient: 1), T(column: b, coefficient: 1)], .equal, 1)
        // Terms on one column are merged: 1 + 1 = 2 for x0_0_0.
        m.addRow(
            "count", [T(column: a, coefficient: 1), T(column: b, coefficient: 2), T(column: z, coefficient: -1), T(column: a, coefficient: 1)],
            .lessOrEqual, 1)
        m.addRow("forum1", [T(column: none, coefficient: 1)], .equal, 1)
        m.addRow("atleast", [T(column: b, coefficient: -1)], .greaterOrEqual, -1)
        return m
    }

    @Test("LP: comments, Minimize, Subject To, Bounds for continuous columns, Binaries, End")
    func lp() {
        #expect(
            LPWriter.text(Self.tiny()) == """
                \\ a tiny model
                \\
                \\ var x0_0_0 2027-r1-a 2027-06-01 10:00 virtual -
                Minimize
                 obj: 3 x0_0_0 + x0_1_0 + 2 z
                Subject To
                 forum0: x0_0_0 + x0_1_0 = 1
                 count: 2 x0_0_0 + 2 x0_1_0 - z <= 1
                 forum1: none1 = 1
                 atleast: - x0_1_0 >= -1
                Bounds
                 0 <= z <= 1
                 none1 = 0
                Binaries
                 x0_0_0 x0_1_0
                End

                """)
    }

    @Test("MPS: the same model, column-wise, binaries as BV, the fixed column as FX")
    func mps() {
        #expect(
            MPSWriter.text(Self.tiny()) == """
                * a tiny model
                *
                * var x0_0_0 2027-r1-a 2027-06-01 10:00 virtual -
                NAME tiny
                ROWS
                 N obj
                 E forum0
                 L count
                 E forum1
                 G atleast
                COLUMNS
                 x0_0_0 obj 3
                 x0_0_0 forum0 1
                 x0_0_0 count 2
                 x0_1_0 obj 1
                 x0_1_0 forum0 1
                 x0_1_0 count 2
                 x0_1_0 atleast -1
                 z obj 2
                 z count -1
                 none1 forum1 1
                RHS
                 RHS forum0 1
                 RHS count 1
                 RHS forum1 1
                 RHS atleast -1
                BOUNDS
                 BV BND x0_0_0
                 BV BND x0_1_0
                 UP BND z 1
                 FX BND none1 0
                ENDATA

                """)
    }

    @Test("an objective constant: `+ 5` in LP, the negated RHS of obj in MPS")
    func constant() {
        var m = Self.tiny()
        m.objectiveConstant = 5
        #expect(LPWriter.text(m).contains("\n obj: 3 x0_0_0 + x0_1_0 + 2 z + 5\n"))
        #expect(MPSWriter.text(m).contains("RHS\n RHS obj -5\n RHS forum0 1\n"))
    }

    @Test("a long row wraps onto indented lines of at most 200 characters, losing no term")
    func wrapping() {
        var m = LinearModel(name: "wide")
        let columns = (0..<60).map { m.addColumn("x\($0)_0_0", kind: .binary, cost: 0) }
        m.addRow("forum0", columns.map { LinearModel.Term(column: $0, coefficient: 1) }, .equal, 1)
        let text = LPWriter.text(m)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= LPWriter.lineLength })
        let row = lines.drop { !$0.hasPrefix(" forum0:") }.prefix { !$0.hasPrefix("Bounds") && !$0.hasPrefix("Binaries") }
        #expect(row.count > 1)
        #expect(row.dropFirst().allSatisfy { $0.hasPrefix("   + x") || $0.hasPrefix("   = 1") })
        let joined = row.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(joined == "forum0: " + (0..<60).map { "x\($0)_0_0" }.joined(separator: " + ") + " = 1")
    }
}
