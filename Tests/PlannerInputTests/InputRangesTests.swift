import Foundation
import Testing

@testable import PlannerInput

/// The range table in code and in `Documentation/PlanFile-Ranges.md` are the same, and each kind
/// of range refuses what lies outside it with the whole message.
@Suite("Input ranges")
struct InputRangesTests {
    static let documentation = FixturePaths.path("Documentation/PlanFile-Ranges.md")
    static let begin = "<!-- ranges: generated from InputRanges.markdownTable(); do not edit by hand -->\n"
    static let end = "<!-- ranges: end -->"

    /// Set `FORUM_PLANNER_WRITE_RANGES=1` to rewrite the table in the documentation from the code.
    @Test("Documentation/PlanFile-Ranges.md holds the table of the code")
    func documentationTable() throws {
        let text = try String(contentsOfFile: Self.documentation, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "no generated-table marker in the documentation")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let table = InputRanges.markdownTable()
        if ProcessInfo.processInfo.environment["FORUM_PLANNER_WRITE_RANGES"] == "1" {
            try (text[..<start.upperBound] + table + text[stop.lowerBound...]).write(
                toFile: Self.documentation, atomically: true, encoding: .utf8)
        }
        #expect(String(text[start.upperBound..<stop.lowerBound]) == table)
    }

    @Test("every range is in the table once, with as many keys as files, and holds its example")
    func table() {
        var seen = Set<String>()
        for range in InputRanges.all {
            #expect(range.keys.count >= range.sources.count, "\(range.keys)")
            for key in range.keys { #expect(seen.insert("\(range.sources) \(key)").inserted, "\(key) twice") }
            switch range.bounds {
            case .decimal: #expect((try? range.parseDecimal(range.example).get()) != nil, "\(range.keys)")
            default: #expect((try? range.parse(range.example).get()) != nil, "\(range.keys)")
            }
        }
    }

    /// A range, a written value and the whole message (or the value read).
    struct Case: Sendable, CustomTestStringConvertible {
        let range: InputRange
        let raw: String
        let result: Result<Int, InputRange.Problem>
        var testDescription: String { "\(range.keys[0]) = \(raw)" }
    }

    static let cases: [Case] = [
        Case(range: InputRanges.weight, raw: "10000", result: .success(10_000)),
        Case(range: InputRanges.weight, raw: "10001", result: .failure(.init(text: #""10001" is out of range (expected penalty points from 0 to 10,000, e.g. 10)"#))),
        Case(range: InputRanges.weight, raw: "20000000000000000", result: .failure(.init(text: #""20000000000000000" is out of range (expected penalty points from 0 to 10,000, e.g. 10)"#))),
        Case(range: InputRanges.weight, raw: "99999999999999999999999", result: .failure(.init(text: #""99999999999999999999999" is out of range (expected penalty points from 0 to 10,000, e.g. 10)"#))),
        Case(range: InputRanges.weight, raw: "-1", result: .failure(.init(text: #""-1" is out of range (expected penalty points from 0 to 10,000, e.g. 10)"#))),
        Case(range: InputRanges.weight, raw: "1e3", result: .failure(.init(text: #""1e3" is not a whole number (expected penalty points from 0 to 10,000, e.g. 10)"#))),
        Case(range: InputRanges.capPence, raw: "£10000", result: .success(1_000_000)),
        Case(range: InputRanges.capPence, raw: "92233720368547758.07", result: .failure(.init(text: #""92233720368547758.07" is out of range (expected pounds and pence from £0.00 to £10,000.00, e.g. 60.00)"#))),
        Case(range: InputRanges.capPence, raw: "10000.01", result: .failure(.init(text: #""10000.01" is out of range (expected pounds and pence from £0.00 to £10,000.00, e.g. 60.00)"#))),
        Case(range: InputRanges.claimMiles, raw: "12.4", result: .success(1240)),
        Case(range: InputRanges.claimMiles, raw: "1700000000000000", result: .failure(.init(text: #""1700000000000000" is out of range (expected the miles of the return journey, to at most two decimal places, from 0 to 2000, e.g. 12.4)"#))),
        Case(range: InputRanges.claimMiles, raw: "1.234", result: .failure(.init(text: #""1.234" is not a number with at most two decimal places (expected the miles of the return journey, to at most two decimal places, from 0 to 2000, e.g. 12.4)"#))),
    ]

    @Test("whole numbers, money and miles: in range, out of range, too large to hold, not a number", arguments: cases)
    func parse(_ example: Case) {
        #expect(example.range.parse(example.raw) == example.result)
    }

    @Test("a value longer than 80 characters is cut, with …")
    func clippedValue() {
        let long = String(repeating: "7", count: 3_000_000)
        let text = (try? InputRanges.weight.parse(long).get()).map { "\($0)" } ?? ""
        #expect(text.isEmpty)
        guard case .failure(let problem) = InputRanges.weight.parse(long) else { return }
        #expect(problem.text == "\"\(String(repeating: "7", count: 80))…\" is out of range (expected penalty points from 0 to 10,000, e.g. 10)")
    }

    @Test("a long name used as a key is cut in the key path and in the message")
    func longKey() {
        let name = String(repeating: "x", count: 1_000)
        let text = TestPlans.minimal(replacing: [("wifi: yes }", "wifi: yes, \(name): yes }")])
        var message = ""
        do { _ = try PlanFile.load(text: text, fileName: "plan.yaml") } catch { message = error.description }
        let cut = String(repeating: "x", count: 80) + "…"
        #expect(message == "plan.yaml:33: venues[0].features.\(String(repeating: "x", count: 61))…: unknown feature `\(cut)` (expected one of the 33 names of the venue feature vocabulary, e.g. step_free_access)")
    }
}
