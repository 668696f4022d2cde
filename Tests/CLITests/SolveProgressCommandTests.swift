import Foundation
import Testing

/// `plan` tells the coordinator on standard error how a long solve goes and why it stopped; a quick
/// one prints nothing. (`--progress-after`, hidden, sets what counts as long; the default is 1 s.)
@Suite("Solve progress")
struct SolveProgressCommandTests {
    /// The text with every `12.3 s` written `N s`, so runs of any speed compare equal.
    static func timeless(_ text: String) -> String {
        text.replacingOccurrences(of: #"[0-9]+\.[0-9] s"#, with: "N s", options: .regularExpression)
    }

    @Test("Surrey searched from the start: progress lines, then why the search stopped")
    func surrey() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out); try? FileManager.default.removeItem(atPath: out + ".sqlite") }
        // Without the linear relaxation first, which proves Surrey with no search at all.
        let run = try CLI.run("plan", "--out", out, "--book", out + ".sqlite", "--today", "2027-01-15", "--progress-after", "0", "--no-relaxation")
        #expect(run.status == 0)
        let lines = Self.timeless(run.stderr).split(separator: "\n").map(String.init)
        #expect(lines.last == "The search took N s and stopped because the plan is proven optimal: penalty 434 (42 nodes).")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("Searching (N s): ") && $0.contains(" nodes, best penalty ") })
        #expect(lines.dropLast().last == "Searching (N s): 42 nodes, best penalty 434, proven bound 434, gap 0%")
    }

    @Test("a quick solve prints nothing on standard error; no plan says so too")
    func quiet() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out); try? FileManager.default.removeItem(atPath: out + ".sqlite") }
        #expect(try CLI.run("plan", "--out", out, "--book", out + ".sqlite", "--today", "2027-01-15").stderr == "")
        let none = try CLI.run(
            "plan", "--out", out, "--book", out + ".sqlite", "--today", "2027-01-15", "--progress-after", "0", "--config",
            "Fixtures/infeasible-no-hearing-loop/plan.yaml")
        #expect(none.status == 3)
        #expect(Self.timeless(none.stderr).hasPrefix("The search took N s and stopped because no plan meets every hard rule.\nNo plan meets every hard rule.\n"))
    }
}
