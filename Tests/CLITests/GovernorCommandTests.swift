import Foundation
import Testing

/// `plan` and `export-model` on Surrey's year with governors (`Fixtures/surrey-2027-28-governors/`):
/// proven optimal, HiGHS agrees, and the governors are named by role id in the summary and
/// plan.json, never in attendees' files.
@Suite("Governors: plan and export-model")
struct GovernorCommandTests {
    static let config = "Fixtures/surrey-2027-28-governors/plan.yaml"

    @Test("plan: proven optimal, the expected governor under each forum and the coverage per round in plain English")
    func plan() throws {
        let out = PlanCommandTests.folder("governors")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLI.run("plan", "--config", Self.config, "--out", out)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Governors"))
        let end = try #require(lines.firstIndex { $0.hasPrefix("Total penalty") })
        #expect(lines[start..<end].joined(separator: "\n") == Self.coverage)
        #expect(lines[end].hasPrefix(Self.total))
        #expect(lines.filter { $0.hasPrefix("      governor: ") } == Self.perForum)

        let plan = try PlanCommandTests.json(out + "/plan.json")
        #expect(plan["status"] as? String == "optimal")
        let forums = try #require(plan["forums"] as? [[String: Any]])
        #expect(forums.map { ($0["governor"] as? String) ?? "null" } == Self.perForumJSON)
        let coverage = try #require(plan["governor_coverage"] as? [[String: Any]])
        #expect(coverage.map { "\($0["round_id"] ?? ""): \($0["with_governor"] ?? "") of \($0["forums"] ?? ""), without \($0["without_governor"] as? [String] ?? [])" } == Self.coverageJSON)

        // Attendees' files (calendars other than the coordinators', pages, newsletter) never name a governor.
        for file in try FileManager.default.contentsOfDirectory(atPath: out) where file != "plan.json" {
            let text = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            #expect(!text.contains("governor"), "\(file) names a governor")
        }
    }

    @Test("HiGHS's optimum on the exported model (LP and MPS) is the planner's proven optimum")
    func highs() throws {
        let folder = GenerateCommandTests.temporaryFolder("export-governors")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outputs = try ExportModelCommandTests.planExportAndCheck(config: Self.config, folder: folder, formats: ["lp", "mps"])
        for (output, format) in zip(outputs, ["lp", "mps"]) {
            #expect(
                output == "check_model: \(folder)/model.\(format): HiGHS optimum \(Self.optimum) = planner objective \(Self.optimum) (optimal); the plan is feasible in the model at \(Self.optimum)\n")
        }
    }

    @Test("Surrey without governors: no governor lines, no governor keys in plan.json")
    func surreyUnchanged() throws {
        let out = PlanCommandTests.folder("plain-surrey")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLI.run("plan", "--out", out)
        #expect(run.status == 0)
        #expect(!run.stdout.contains("overnor"))
        let text = try String(contentsOfFile: out + "/plan.json", encoding: .utf8)
        #expect(!text.contains("governor") && !text.contains("across_parts"))
    }

    static let optimum = 454
    static let total = "Total penalty 454 (proven optimal;"
    static let coverage = """
        Governors
          Round 1 (June 2027): a governor at 5 of 6 forums; none free for the Surrey Downs forum on Wed 9 Jun 2027.
          Round 2 (September 2027): a governor at 5 of 6 forums; none free for the Guildford & Waverley forum on Thu 9 Sep 2027.
          Round 3 (December 2027): a governor at all 6 forums.
          Round 4 (March 2028): a governor at all 6 forums.

        """
    /// The expected governor under each forum, in the plan's order (round, then date).
    static let perForum: [String] = [
        "      governor: governor-1",
        "      governor: governor-2",
        "      governor: governor-3",
        "      governor: none free",
        "      governor: governor-3",
        "      governor: governor-1",
        "      governor: governor-1",
        "      governor: governor-3",
        "      governor: governor-1",
        "      governor: governor-3",
        "      governor: none free",
        "      governor: governor-1",
        "      governor: governor-1",
        "      governor: governor-1",
        "      governor: governor-3",
        "      governor: lead-governor-1",
        "      governor: governor-2",
        "      governor: governor-3",
        "      governor: governor-1",
        "      governor: governor-1",
        "      governor: governor-2",
        "      governor: governor-3",
        "      governor: governor-1",
        "      governor: governor-3",
    ]
    static let perForumJSON: [String] = [
        "governor-1",
        "governor-2",
        "governor-3",
        "null",
        "governor-3",
        "governor-1",
        "governor-1",
        "governor-3",
        "governor-1",
        "governor-3",
        "null",
        "governor-1",
        "governor-1",
        "governor-1",
        "governor-3",
        "lead-governor-1",
        "governor-2",
        "governor-3",
        "governor-1",
        "governor-1",
        "governor-2",
        "governor-3",
        "governor-1",
        "governor-3",
    ]
    static let coverageJSON: [String] = [
        "2027-r1: 5 of 6, without [\"2027-r1-surrey-downs\"]",
        "2027-r2: 5 of 6, without [\"2027-r2-guildford-waverley\"]",
        "2027-r3: 6 of 6, without []",
        "2027-r4: 6 of 6, without []",
    ]
}
