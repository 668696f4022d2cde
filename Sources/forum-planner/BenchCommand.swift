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
            Wall time is measured around the solve only (not reading or generating). Peak memory is the
            process's high-water mark (VmHWM) after each solve, so it never goes down from row to row.
            """
    )

    @OptionGroup var config: ConfigOptions

    @Option(name: .long, help: ArgumentHelp("Sizes of the generated instances, e.g. 5,20,50.", valueName: "n,n,..."))
    var areas: String = "5,20,50"

    @Option(name: .long, help: "The seed of the generated instances.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Stop each search after this many nodes (the plan is then feasible, with a lower bound).")
    var nodeBudget: Int = 2_000_000

    @OptionGroup var io: BenchIOOptions

    func sizes() throws -> [Int] {
        var result: [Int] = []
        for part in areas.split(separator: ",") {
            guard let n = Int(part.trimmingCharacters(in: .whitespaces)), n >= 1 else {
                throw ValidationError("--areas takes whole numbers of at least 1 separated by commas, e.g. 5,20,50")
            }
            result.append(n)
        }
        return result
    }

    func validate() throws { _ = try sizes() }

    func run() throws {
        try running {
            let template = try config.load()
            let options = SolverOptions(nodeBudget: nodeBudget)
            var rows: [[String]] = [BenchRow.header]
            rows.append(BenchRow.measure(name: (config.config as NSString).lastPathComponent == "plan.yaml"
                ? ((config.config as NSString).deletingLastPathComponent as NSString).lastPathComponent
                : config.config, problem: template, options: options))
            for n in try sizes() {
                let problem = InstanceGenerator.generate(areas: n, seed: seed, template: template)
                rows.append(BenchRow.measure(name: "areas-\(n)-seed-\(seed)", problem: problem, options: options))
            }
            Console.out(BenchTable.render(rows))
            if let tables = try io.tables(template: template, seed: seed) { Console.out("\n" + tables) }
        }
    }
}
