import Foundation
import Testing

/// `bench --perturb` through the built binary: the side-by-side table's shape (never its times), the
/// files it keeps with `--models`, and that each kept plan file plans (exit 0 or 3, never 65).
@Suite("Bench command")
struct BenchCommandTests {
    /// The cells of a line of `bench`'s tables (cells are separated by two spaces or more).
    static func cells(_ line: Substring) -> [String] {
        line.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test("bench --perturb 2: a titled table of two variants, HiGHS side by side, and its summary")
    func perturbSmoke() throws {
        let folder = GenerateCommandTests.temporaryFolder("bench-models")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CLI.run(
            "bench", "--areas", "", "--calendar-events", "0", "--claim-lines", "0", "--perturb", "2", "--node-budget", "200",
            "--models", folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")

        let blocks = run.stdout.components(separatedBy: "\n\n")
        #expect(blocks.count == 2)
        let lines = try #require(blocks.last).split(separator: "\n")
        #expect(lines.first == "## Perturbed surrey-2027-28: 2 variants, seed 1, every weight ×0.25–4 (HiGHS time limit 120 s)")
        let header = Self.cells(try #require(lines.dropFirst().first))
        #expect(header == [
            "variant", "rotation", "venue removed", "+days f/v", "planner", "objective", "bound", "gap", "nodes", "planner ms",
            "HiGHS", "HiGHS objective", "HiGHS bound", "HiGHS ms", "agree", "planner/HiGHS",
        ])
        try #require(lines.count >= 9)
        for (index, line) in lines[2...3].enumerated() {
            let row = Self.cells(line)
            #expect(row.count == header.count, "\(line)")
            #expect(row.first == "perturb-0\(index + 1)")
            #expect(["table", "balanced"].contains(row[1]))
            #expect(["proven", "feasible", "no plan"].contains(row[4]), "\(line)")
            #expect(["proven", "no plan", "time limit"].contains(row[10]), "\(line)")
            #expect(["yes", "consistent"].contains(row[14]), "\(line)")
        }
        // The summary: four fixed lines, one line per variant not proven, the agreement.
        let summary = Array(lines[4...])
        #expect((5...7).contains(summary.count))
        for (line, prefix) in zip(summary, ["planner proven ", "planner ms: median ", "planner/HiGHS: median of the ratios ", "targets: every problem proven: "]) {
            #expect(line.hasPrefix(prefix), "\(line)")
        }
        #expect(summary.dropFirst(4).dropLast().allSatisfy { $0.hasPrefix("not proven: perturb-0") })
        #expect(summary.last == "agreement: no answer contradicts the other")

        for name in ["perturb-01", "perturb-02"] {
            #expect(FileManager.default.fileExists(atPath: "\(folder)/\(name).lp"))
            let planned = try CLI.run(
                "plan", "--config", "\(folder)/\(name).yaml", "--out", "\(folder)/\(name)-out", "--book", "\(folder)/\(name).sqlite",
                "--node-budget", "200")
            #expect(planned.status == 0 || planned.status == 3, "\(name): exit \(planned.status), stderr: \(planned.stderr)")
        }
    }

    @Test("bench --perturb-also: each other plan file edited --perturb times, a table each, its rows named after it; without --perturb or a file, exit 64 before any solve")
    func perturbAlso() throws {
        let run = try CLI.run(
            "bench", "--areas", "", "--calendar-events", "0", "--claim-lines", "0", "--perturb", "1", "--perturb-wide", "1",
            "--perturb-also", "Fixtures/surrey-2027-28-poll/plan.yaml")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\nperturb-01 ") && run.stdout.contains("\nwide-01 "))
        #expect(run.stdout.contains("\n## Perturbed surrey-2027-28: 1 variants, seed 1,"))
        #expect(run.stdout.contains("\n## Perturbed surrey-2027-28-poll: 1 variants, seed 1,"))
        #expect(run.stdout.contains("\nsurrey-2027-28-poll-perturb-01 "))
        let alone = try CLI.run("bench", "--perturb-also", "Fixtures/surrey-2027-28-poll/plan.yaml")
        #expect(alone.status == 64)
        #expect(alone.stderr.hasPrefix("Error: --perturb-also needs --perturb, the number of edited copies of each file, e.g. --perturb 30\n"))
        let missing = try CLI.run("bench", "--perturb", "1", "--perturb-also", "Fixtures/none/plan.yaml")
        #expect(missing.status == 64)
        #expect(missing.stdout == "")
        #expect(missing.stderr.hasPrefix("Error: --perturb-also: Fixtures/none/plan.yaml: no such file\n"))
    }

    @Test("bench without the project's Python says what to do, exit 1")
    func missingPython() throws {
        let run = try CLI.run(
            "bench", "--areas", "", "--calendar-events", "0", "--claim-lines", "0", "--perturb", "1", "--python", "/nonexistent/python")
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "/nonexistent/python: no Python here (run `make deps`: it makes .venv/ with highspy, or give --python)\n")
    }
}
