import Foundation
import Testing

/// The quick-start sample in README.md is what `make plan` prints today, so it cannot go stale.
///
/// The README holds an excerpt between `<!-- make-plan-sample:begin -->` and
/// `<!-- make-plan-sample:end -->`: the first round as printed, a line `  ...`, then the last two
/// lines. This test runs the same `plan` command as `make plan` (with a new book in a temporary
/// folder, whose path is shown as the default book's) and compares the whole excerpt. `make readme` rewrites the excerpt by
/// running this test with `FORUM_PLANNER_UPDATE_README=1`.
@Suite("README quick-start sample")
struct ReadmeSampleTests {
    static let begin = "<!-- make-plan-sample:begin -->"
    static let end = "<!-- make-plan-sample:end -->"
    static let readme = CLI.root.appendingPathComponent("README.md")

    /// The excerpt the README shows of `output`: everything before the second round's heading,
    /// then `  ...`, then the last two lines.
    static func excerpt(_ output: String) -> String {
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = lines.last == "" ? Array(lines.dropLast()) : lines
        let roundTwo = body.firstIndex { $0.hasPrefix("Round 2 ") } ?? body.count
        var shown = Array(body[..<roundTwo])
        while shown.last == "" { shown.removeLast() }
        return (["```"] + shown + ["  ..."] + body.suffix(2) + ["```"]).joined(separator: "\n")
    }

    @Test("README.md shows exactly what `make plan` prints (first round and the last lines)")
    func sampleIsCurrent() throws {
        let book = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: book) }
        let plan = try String(contentsOf: CLI.root.appendingPathComponent("Fixtures/surrey-2027-28/plan.yaml"), encoding: .utf8)
        let stamp = try #require(plan.split(separator: "\n").first { $0.hasPrefix("stamp: ") }).dropFirst("stamp: ".count)
        let run = try CLI.run("plan", "--today", String(stamp), "--book", book)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let expected = Self.excerpt(run.stdout.replacingOccurrences(of: book, with: "Fixtures/surrey-2027-28/plan-book.sqlite"))

        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md has no \(Self.begin) marker")
        let stop = try #require(text.range(of: Self.end), "README.md has no \(Self.end) marker")
        let shown = text[start.upperBound..<stop.lowerBound].trimmingCharacters(in: .newlines)

        if ProcessInfo.processInfo.environment["FORUM_PLANNER_UPDATE_README"] == "1" {
            let updated = text[..<start.upperBound] + "\n" + expected + "\n" + text[stop.lowerBound...]
            try String(updated).write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(shown == expected, "README.md's sample is stale: run `make readme` and commit README.md")
    }
}
