import ArgumentParser
import Foundation
import PlannerBench
import PlannerCore
import PlannerInput

/// `forum-planner bench`: measures the solver on the plan file and on generated instances.
/// Measurement only: it prints a table and asserts nothing.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the solver on the plan file (--config) and on generated instances, and print a table.",
        discussion: """
            Wall time is measured around the solve only (not reading or generating). Peak memory is the \
            process's high-water mark (VmHWM) after each solve, so it never goes down from row to row.

            --perturb N, --perturb-wide N and --highs-areas add tables of the planner and HiGHS side by side: \
            each problem's model is written with export-model's writer, and Tests/tools/highs_bench.py \
            (through --python, the project's .venv) times HiGHS's solve alone, mip_rel_gap 0. Each table ends \
            with a summary: how many proven, median and maximum times, ratios, issue 17's targets, every \
            problem not proven with its gap, and any disagreement between the two (exit 1: a bug).
            """
    )

    @OptionGroup var config: ConfigOptions

    @Option(name: .long, help: ArgumentHelp("Sizes of the generated instances, e.g. 5,20,50.", valueName: "n,n,..."))
    var areas: String = "5,20,50"

    @Option(name: .long, help: "The seed of the generated instances.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Stop each search after this many nodes (the plan is then feasible, with a lower bound).")
    var nodeBudget: Int = 2_000_000

    @OptionGroup var mip: MIPOptions

    @OptionGroup var io: BenchIOOptions

    @OptionGroup var compare: BenchCompareOptions

    func sizes() throws -> [Int] {
        try Self.wholeNumbers(areas, option: "--areas", lowest: 1, example: "5,20,50").map { Int($0) }
    }

    /// Prints a table at once, unbuffered: bench's output is often piped (to tee), and a long run
    /// stopped half-way keeps the tables already made.
    static func show(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

    /// The whole numbers of a comma-separated option, each at least `lowest`.
    static func wholeNumbers(_ text: String, option: String, lowest: UInt64, example: String) throws -> [UInt64] {
        try text.split(separator: ",").map { part in
            guard let n = UInt64(part.trimmingCharacters(in: .whitespaces)), n >= lowest, n <= UInt64(Int.max) else {
                throw ValidationError("\(option) takes whole numbers of at least \(lowest) separated by commas, e.g. \(example)")
            }
            return n
        }
    }

    func validate() throws { _ = try sizes() }

    /// A plan file's name in the tables: its folder's name for a `plan.yaml`, else the path.
    static func name(of path: String) -> String {
        (path as NSString).lastPathComponent == "plan.yaml" ? ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent : path
    }

    func run() throws {
        try running {
            let template = try config.load()
            let options = mip.applied(to: SolverOptions(nodeBudget: nodeBudget))
            let runner: HighsRunner? = try compare.any ? compare.runner() : nil
            let baseName = Self.name(of: config.config)
            var rows: [[String]] = [BenchRow.header]
            rows.append(BenchRow.measure(name: baseName, problem: template, options: options))
            for n in try sizes() {
                let problem = InstanceGenerator.generate(areas: n, seed: seed, template: template)
                rows.append(BenchRow.measure(name: "areas-\(n)-seed-\(seed)", problem: problem, options: options))
            }
            Self.show(BenchTable.render(rows))
            if let tables = try io.tables(template: template, seed: seed) { Self.show("\n" + tables) }
            guard let runner else { return }
            if try compare.printTables(runner: runner, base: template, baseName: baseName, seed: seed, options: options) {
                Console.error("The planner and HiGHS disagree on at least one problem (see DISAGREEMENT above): a bug, please report.")
                throw ExitCode.failure
            }
        }
    }
}
