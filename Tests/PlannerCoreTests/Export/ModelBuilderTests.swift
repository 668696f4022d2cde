import Testing

@testable import PlannerCore

/// The exported model's shape on tiny problems: one x per forum, option and start; each rule's rows
/// present exactly when the solver keeps the rule.
@Suite("Model builder")
struct ModelBuilderTests {
    static func model(_ p: PlanningProblem, disabled: Set<RuleID> = []) throws -> LinearModel {
        try ModelExport.model(p, disabled: disabled)
    }

    static func rows(_ m: LinearModel, _ prefix: String) -> [LinearModel.Row] { m.rows.filter { $0.name.hasPrefix(prefix) } }

    @Test("one binary per forum, option and start; each forum's row takes exactly one")
    func choices() throws {
        let p = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 6)
        let slots = OptionBuilder(context: RuleContext(p), disabled: []).build()
        let m = try Self.model(p)
        let starts = slots.reduce(0) { $0 + $1.options.reduce(0) { $0 + $1.starts.count } }
        #expect(m.binaryCount == starts)
        let forums = Self.rows(m, "forum")
        #expect(forums.count == slots.count)
        #expect(forums.allSatisfy { $0.sense == .equal && $0.rhs == 1 && $0.terms.allSatisfy { $0.coefficient == 1 } })
        #expect(forums.reduce(0) { $0 + $1.terms.count } == starts)
        // Each x costs its option's own penalty.
        for (f, slot) in slots.enumerated() {
            for (k, option) in slot.options.enumerated() {
                #expect(m.columns.first { $0.name == "x\(f)_\(k)_0" }?.cost == option.cost)
            }
        }
    }

    @Test("balanced rotation: quota, both modes and run rows; a table: both modes only")
    func rotation() throws {
        let balanced = try Self.model(TestProblems.tiny(areas: 2, rounds: 3, latestDay: 4, balanced: true))
        #expect(Self.rows(balanced, "quota_in_").map(\.rhs) == [1, 1, 1])
        #expect(Self.rows(balanced, "quota_online_").map(\.rhs) == [2, 2, 2])
        #expect(Self.rows(balanced, "both_").map(\.name) == ["both_in_a0", "both_online_a0", "both_in_a1", "both_online_a1"])
        // max_run 2 over 3 rounds: one window per area and mode.
        #expect(Self.rows(balanced, "run_").map(\.name) == ["run_in_a0_r1", "run_online_a0_r1", "run_in_a1_r1", "run_online_a1_r1"])
        #expect(Self.rows(balanced, "run_").allSatisfy { $0.sense == .lessOrEqual && $0.rhs == 2 })

        let table = try Self.model(TestProblems.tiny(areas: 2, rounds: 3, latestDay: 4, balanced: false))
        #expect(Self.rows(table, "quota_").isEmpty)
        #expect(Self.rows(table, "run_").isEmpty)
        #expect(Self.rows(table, "both_").count == 4)
    }

    @Test("a disabled rule loses its rows and terms, as the solver switches it off")
    func disabled() throws {
        let p = TestProblems.tiny(areas: 2, rounds: 3, latestDay: 4, balanced: true)
        let all = try Self.model(p)
        #expect(!Self.rows(all, "facilitator").isEmpty)
        #expect(!Self.rows(all, "count_").isEmpty)
        // One coordinator takes every forum of the group, one a day: the tight day-pair form.
        #expect(!Self.rows(all, "spread_g0_r1_").isEmpty)

        for (rule, prefix) in [
            (RuleID.inPersonQuota, "quota_"), (.areaGetsBothModes, "both_"), (.noLongModeRuns, "run_"),
            (.weekdayAndTimeVariety, "count_"), (.spreadRound, "spread"), (.facilitatorOnePlaceADay, "facilitator"),
        ] {
            let m = try Self.model(p, disabled: [rule])
            #expect(Self.rows(m, prefix).isEmpty, "\(rule)")
            if rule != .facilitatorOnePlaceADay { #expect(m.rows.count < all.rows.count, "\(rule)") }
        }
        // Without the one-a-day rule, forums may share a day: spread is priced pair by pair.
        let pairs = try Self.model(p, disabled: [.facilitatorOnePlaceADay])
        #expect(Self.rows(pairs, "spread_g").isEmpty)
        #expect(!Self.rows(pairs, "spread0_1_").isEmpty)
    }

    @Test("pair counts: for R forums that can meet on a weekday, z_2 … z_R cost 1, 2, … times the weight")
    func pairCounts() throws {
        var p = TestProblems.tiny(areas: 1, rounds: 3, latestDay: 8, balanced: false)
        p.weights.sameWeekday = 12
        let slots = OptionBuilder(context: RuleContext(p), disabled: []).build()
        let m = try Self.model(p)
        var checked = 0
        for (w, weekday) in Weekday.allCases.enumerated() {
            let name = "a0_\(weekday.rawValue.prefix(3))"
            let r = slots.filter { $0.areaIndex == 0 && $0.options.contains { $0.weekday == w } }.count
            let zs = m.columns.filter { $0.name.hasPrefix("z_\(name)_") }
            guard r >= 2 else {
                #expect(zs.isEmpty, "\(name)")
                continue
            }
            checked += 1
            #expect(zs.map(\.name) == (2...r).map { "z_\(name)_\($0)" })
            #expect(zs.map(\.cost) == (2...r).map { ($0 - 1) * 12 })
            #expect(zs.allSatisfy { $0.kind == .continuous && $0.lower == 0 && $0.upper == 1 })
            let row = try #require(m.rows.first { $0.name == "count_\(name)" })
            #expect(row.sense == .lessOrEqual && row.rhs == 1)
            #expect(row.terms.filter { $0.coefficient == -1 }.count == r - 1)
        }
        #expect(checked >= 1)
    }

    @Test("a negative pair weight is refused, naming the weight")
    func negativeWeight() {
        var p = TestProblems.tiny()
        p.weights.consecutiveDays = -3
        #expect(throws: ModelExportError.negativeWeight(name: "consecutive_days", value: -3)) { try ModelExport.lp(p) }
        #expect(
            ModelExportError.negativeWeight(name: "consecutive_days", value: -3).description
                == "weights.consecutive_days: -3 is below 0 (expected penalty points, 0 or more, for the exported model's pair counts)")
        // Not an error when the rule is switched off.
        #expect(throws: Never.self) { try ModelExport.lp(p, disabled: [.spreadRound]) }
    }

    @Test("a forum with no option left gets a column fixed at 0, so the model has no solution")
    func noOption() throws {
        var p = TestProblems.tiny(areas: 1, rounds: 2, latestDay: 6, balanced: false)
        p.facilitators[0].unavailable = Set(p.rounds.forumMonths[0].days)
        let m = try Self.model(p)
        let none = try #require(m.columns.firstIndex { $0.name == "none0" })
        #expect(m.columns[none].lower == 0 && m.columns[none].upper == 0)
        #expect(m.rows.first { $0.name == "forum0" }?.terms.map(\.column) == [none])
    }
}
