import Foundation
import TestSupport
import Testing

/// `export-model` through the built binary, and the planner's optimum checked by HiGHS
/// (`Tests/tools/check_model.py`; needs highspy in the project's .venv/, which `make test` installs).
@Suite("Export-model command")
struct ExportModelCommandTests {
    static let checkScript = CLI.root.appendingPathComponent("Tests/tools/check_model.py").path

    /// `.venv/bin/python check_model.py MODEL PLAN`: exit status and standard output and error together.
    static func check(model: String, plan: String) throws -> (status: Int32, output: String) {
        try Python.run([checkScript, model, plan])
    }

    /// Plans `config` (into `folder`/plan.json), exports the model in each format, and checks each with HiGHS.
    static func planExportAndCheck(
        config: String, folder: String, nodeBudget: Int? = nil, published: String? = nil, formats: [String]
    ) throws -> [String] {
        let budget = nodeBudget.map { ["--node-budget", String($0)] } ?? []
        let pins = published.map { ["--published", $0] } ?? []
        let book = FileManager.default.temporaryDirectory.appendingPathComponent("export-book-\(UUID().uuidString).sqlite").path
        if let published {
            let seeded = try CLI.run(["import-published", published, "--config", config, "--book", book])
            #expect(seeded.status == 0, "import-published: \(seeded.stderr)")
        }
        let plan = try CLI.run(["plan", "--config", config, "--out", folder + "/plan", "--json", "--book", book] + budget)
        #expect(plan.status == 0, "plan: exit \(plan.status), \(plan.stderr)")
        var outputs: [String] = []
        for format in formats {
            let model = folder + "/model." + format
            let export = try CLI.run(["export-model", "--config", config, "--format", format, "--out", model] + pins)
            #expect(export.status == 0, "export-model: \(export.stderr)")
            #expect(export.stdout.hasPrefix("Wrote \(model): "))
            let run = try check(model: model, plan: folder + "/plan/plan.json")
            #expect(run.status == 0, "\(run.output)")
            outputs.append(run.output)
        }
        return outputs
    }

    @Test("Surrey (rotation table): HiGHS's optimum is the planner's proven 434, from LP and from MPS")
    func surrey() throws {
        let folder = GenerateCommandTests.temporaryFolder("export-surrey")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outputs = try Self.planExportAndCheck(config: "Fixtures/surrey-2027-28/plan.yaml", folder: folder, formats: ["lp", "mps"])
        for (output, format) in zip(outputs, ["lp", "mps"]) {
            #expect(
                output == "check_model: \(folder)/model.\(format): HiGHS optimum 434 = planner objective 434 (optimal); the plan is feasible in the model at 434\n")
        }
    }

    @Test("re-planning with --published: the pins are in the model (437), and without them the check fails (434)")
    func published() throws {
        let folder = GenerateCommandTests.temporaryFolder("export-replan")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixture = "Fixtures/replan-venue-withdrawn/"
        let outputs = try Self.planExportAndCheck(
            config: fixture + "plan.yaml", folder: folder, published: fixture + "published.json", formats: ["lp"])
        #expect(outputs.first?.contains("HiGHS optimum 437 = planner objective 437 (optimal)") == true, "\(outputs)")

        let unpinned = try CLI.run("export-model", "--config", fixture + "plan.yaml", "--out", folder + "/unpinned.lp")
        #expect(unpinned.status == 0)
        let run = try Self.check(model: folder + "/unpinned.lp", plan: folder + "/plan/plan.json")
        #expect(run.status == 1)
        #expect(run.output.contains("the planner says its plan of 437 is optimal, but HiGHS finds the optimum 434\n"), "\(run.output)")
    }

    /// Generated instances (balanced rotation), stopped at a small node budget to keep the debug
    /// test quick: HiGHS's optimum must lie between the planner's proven lower bound and its plan
    /// (equal when the plan is proven optimal), and the plan must be feasible in the model.
    @Test("generated, 5 areas, balanced: lower bound <= HiGHS optimum <= the planner's plan", arguments: [1, 2, 3] as [UInt64])
    func generated(seed: UInt64) throws {
        let folder = GenerateCommandTests.temporaryFolder("export-gen-\(seed)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let generate = try CLI.run("generate", "--areas", "5", "--seed", String(seed), "--out", folder)
        #expect(generate.status == 0, "\(generate.stderr)")
        let outputs = try Self.planExportAndCheck(config: folder + "/plan.yaml", folder: folder, nodeBudget: 30, formats: ["lp"])
        #expect(outputs.allSatisfy { $0.contains("the plan is feasible in the model at ") })
    }

    @Test("without --out the model goes to standard output, LP by default, MPS with --format mps")
    func standardOutput() throws {
        let lp = try CLI.run("export-model")
        #expect(lp.status == 0)
        #expect(lp.stderr == "")
        #expect(lp.stdout.hasPrefix("\\ forum-planner export-model: FoCUS, Surrey and Borders Partnership NHS Foundation Trust, plan year 2027\n"))
        #expect(lp.stdout.contains("\nMinimize\n obj: "))
        #expect(lp.stdout.contains("\\ var x0_0_0 2027-r1-"))
        #expect(lp.stdout.hasSuffix("\nEnd\n"))
        let mps = try CLI.run("export-model", "--format", "mps")
        #expect(mps.status == 0)
        #expect(mps.stdout.hasPrefix("* forum-planner export-model: "))
        #expect(mps.stdout.contains("\nNAME forum-planner\nROWS\n N obj\n"))
        #expect(mps.stdout.hasSuffix("\nENDATA\n"))
    }

    @Test("a bad --format exits 64; a bad plan file exits 65 and writes nothing")
    func errors() throws {
        let format = try CLI.run("export-model", "--format", "xml")
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'"), "\(format.stderr)")
        let folder = GenerateCommandTests.temporaryFolder("export-bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bad = try CLI.run("export-model", "--config", "Fixtures/malformed-venue-capacity/plan.yaml", "--out", folder + "/model.lp")
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("Fixtures/malformed-venue-capacity/plan.yaml:"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/model.lp"))
    }
}
