import ArgumentParser
import Foundation
import PlannerBench
import PlannerCore
import PlannerInput

/// `--perturb`, `--perturb-wide` and `--highs-areas`: the planner and HiGHS side by side on the same
/// problems, each exported with `export-model`'s writer and solved by HiGHS in its own process.
struct BenchCompareOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Edited copies of the plan file (every weight ×0.25–4, extra unavailable days, one venue removed, either rotation) solved by the planner and HiGHS (0 skips).", valueName: "n"))
    var perturb: Int = 0

    @Option(name: .long, help: ArgumentHelp("As --perturb, with every weight ×0.1–10.", valueName: "n"))
    var perturbWide: Int = 0

    @Option(name: .long, help: ArgumentHelp("Other plan files (such as the fixtures with the attendee poll and with governors), each edited --perturb times as the plan file is, side by side, a table each.", valueName: "file,file,..."))
    var perturbAlso: String = ""

    @Option(name: .long, help: ArgumentHelp("Sizes of generated instances also solved by HiGHS, side by side, with the plan file itself, e.g. 50.", valueName: "n,n,..."))
    var highsAreas: String = ""

    @Option(name: .long, help: ArgumentHelp("Seeds of the generated instances solved by HiGHS (default: --seed).", valueName: "n,n,..."))
    var highsSeeds: String?

    @Option(name: .long, help: ArgumentHelp("Stop HiGHS after this many seconds on each problem (it is then reported as `time limit`).", valueName: "seconds"))
    var highsTimeLimit: Double = 120

    @Option(name: .long, help: ArgumentHelp("Keep each problem's plan file (.yaml) and exported model (.lp) in this folder (default: a temporary folder, removed at the end).", valueName: "folder"))
    var models: String?

    @Option(name: .long, help: ArgumentHelp("The Python with highspy.", valueName: "file"))
    var python: String = ".venv/bin/python"

    @Option(name: .long, help: ArgumentHelp("The script that times HiGHS on one model.", valueName: "file"))
    var highsScript: String = "Tests/tools/highs_bench.py"

    /// Whether any side-by-side table was asked for.
    var any: Bool { perturb > 0 || perturbWide > 0 || !highsAreas.isEmpty }

    func validate() throws {
        guard perturb >= 0 else { throw ValidationError("--perturb takes a whole number of at least 0, e.g. 30") }
        guard perturbWide >= 0 else { throw ValidationError("--perturb-wide takes a whole number of at least 0, e.g. 20") }
        guard highsTimeLimit > 0, highsTimeLimit.isFinite else { throw ValidationError("--highs-time-limit takes a number of seconds above 0, e.g. 120") }
        _ = try sizes()
        _ = try seeds(default: 1)
        try PathValidation.check(models, option: "--models", kind: .folder)
        guard perturbAlso.isEmpty || perturb > 0 else { throw ValidationError("--perturb-also needs --perturb, the number of edited copies of each file, e.g. --perturb 30") }
        for file in others {
            try PathValidation.check(file, option: "--perturb-also", kind: .inputFile)
            guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("--perturb-also: \(file): no such file") }
        }
    }

    /// The plan files of `--perturb-also`, in order.
    var others: [String] { perturbAlso.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    func sizes() throws -> [Int] {
        try BenchCommand.wholeNumbers(highsAreas, option: "--highs-areas", lowest: 1, example: "50").map { Int($0) }
    }

    func seeds(default seed: UInt64) throws -> [UInt64] {
        guard let highsSeeds else { return [seed] }
        return try BenchCommand.wholeNumbers(highsSeeds, option: "--highs-seeds", lowest: 0, example: "1,2,3")
    }

    /// Prints the side-by-side tables, each after a blank line, with a `## title` line and its
    /// summary, as soon as it is made; returns whether any answers contradicted each other.
    func printTables(runner: HighsRunner, base: PlanningProblem, baseName: String, seed: UInt64, options: SolverOptions) throws -> Bool {
        let folder = try modelFolder()
        var comparison = Comparison(runner: runner, folder: folder, options: options)
        // A temporary folder is kept when answers disagree: its models are the bug report.
        defer { if models == nil, !comparison.disagreement { try? FileManager.default.removeItem(atPath: folder) } }
        func emit(_ block: String) { BenchCommand.show("\n" + block) }
        if !highsAreas.isEmpty {
            var named = [(name: baseName, problem: base)]
            for n in try sizes() {
                for s in try seeds(default: seed) {
                    named.append(("areas-\(n)-seed-\(s)", InstanceGenerator.generate(areas: n, seed: s, template: base)))
                }
            }
            var rows: [[String]] = [["instance", "forums"] + SideBySide.header]
            var results: [SideBySide.Row] = []
            for (name, problem) in named {
                let result = try comparison.run(name: name, problem: problem)
                results.append(result)
                rows.append([name, "\(problem.areas.count * problem.roundCount)"] + SideBySide.cells(result.planner, result.highs))
            }
            let title = "## HiGHS side by side: \(baseName) and generated instances (HiGHS time limit \(limitText) s)"
            emit(([title, BenchTable.render(rows)] + SideBySide.summary(results)).joined(separator: "\n"))
        }
        var edited = [(base, baseName, perturb, Perturbation.Spread.standard, ""), (base, baseName, perturbWide, .wide, "")]
        for file in others {
            let name = BenchCommand.name(of: file)
            edited.append((try ConfigOptions.load(file), name, perturb, .standard, name + "-"))
        }
        for (problem, name, count, spread, prefix) in edited where count > 0 {
            var rows: [[String]] = [["variant", "rotation", "venue removed", "+days f/v"] + SideBySide.header]
            var results: [SideBySide.Row] = []
            for variant in Perturbation.variants(of: problem, count: count, seed: seed, spread: spread) {
                // The variants of another file keep that file's name in front, so their models do not clash.
                let variantName = prefix + variant.name
                let result = try comparison.run(name: variantName, problem: variant.problem, planFiles: PlanWriter.files(variant.problem, name: variantName))
                results.append(result)
                rows.append(
                    [variantName, variant.rotation, variant.removedVenue?.rawValue ?? "-", "\(variant.extraFacilitatorDays)/\(variant.extraVenueDays)"]
                        + SideBySide.cells(result.planner, result.highs))
            }
            let title = "## Perturbed \(name): \(count) variants, seed \(seed), every weight \(spread.label) (HiGHS time limit \(limitText) s)"
            emit(([title, BenchTable.render(rows)] + SideBySide.summary(results)).joined(separator: "\n"))
        }
        return comparison.disagreement
    }

    /// The HiGHS runner, once its Python and script are found (else the message, exit 1).
    func runner() throws -> HighsRunner {
        let runner = HighsRunner(python: python, script: highsScript, timeLimit: highsTimeLimit)
        do { try runner.check() } catch { throw error.exit }
        return runner
    }

    var limitText: String { highsTimeLimit == highsTimeLimit.rounded() ? String(Int(highsTimeLimit)) : String(highsTimeLimit) }

    /// The folder the models go to: `--models` (made if missing), else a new temporary folder.
    func modelFolder() throws -> String {
        let path = models ?? FileManager.default.temporaryDirectory.appendingPathComponent("forum-planner-bench-\(UUID().uuidString)").path
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw Failure.cannotWrite("\(path): cannot make the folder (\(error.localizedDescription))")
        }
        return path
    }
}

/// Solves one problem with the planner and with HiGHS, and remembers any disagreement.
struct Comparison {
    let runner: HighsRunner
    let folder: String
    let options: SolverOptions
    var disagreement = false

    /// Writes `name.lp` (and the plan's files when given, `PlanWriter.files`) into the folder, times
    /// the planner's solve, then HiGHS's on the model; progress goes to standard error.
    mutating func run(name: String, problem: PlanningProblem, planFiles: [(name: String, contents: String)] = []) throws -> SideBySide.Row {
        let model: String
        do { model = try ModelExport.document(problem, format: .lp).text } catch { throw Failure.badInput("\(name): \(error)") }
        let files = [(name: "\(name).lp", contents: model)] + planFiles
        try AtomicFiles.write(files, into: folder)
        let (outcome, ms, _) = BenchTable.timed { Planner.plan(problem, options: options) }
        let planner = SideBySide.PlannerResult(outcome, ms: ms)
        let highs: SideBySide.HighsResult
        do { highs = try runner.solve(model: folder + "/\(name).lp") } catch { throw error.exit }
        let row = SideBySide.Row(name: name, planner: planner, highs: highs)
        let agreement = SideBySide.agreement(planner, highs)
        if case .disagree(let why) = agreement {
            disagreement = true
            Console.error("DISAGREEMENT (a bug, please report): \(name): \(why); models in \(folder)")
        }
        Console.error(
            "\(name): planner \(planner.status.rawValue) \(planner.objective.map(String.init) ?? "-") in \(BenchTable.ms(ms)) ms; "
                + "HiGHS \(highs.status) \(highs.objective.map { String(format: "%.0f", $0) } ?? "-") in \(BenchTable.ms(highs.ms)) ms")
        return row
    }
}
