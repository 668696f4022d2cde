import ArgumentParser
import Foundation
import PlannerBench
import PlannerCore
import PlannerInput

/// `forum-planner generate`: writes a synthetic plan file of any size, for tests and benchmarks.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic plan.yaml with N areas, from a template plan's calendars and policies.",
        discussion: """
            Areas come in groups of five, each with its own coordinator and evening forum; venues, needs,
            interpreters and unavailable days are random but fixed by --seed: the same seed gives the same file.
            """
    )

    @OptionGroup var config: ConfigOptions

    @Option(name: .long, help: "How many daytime areas to generate (at least 1).")
    var areas: Int

    @Option(name: .long, help: "The random seed; the same seed gives the same file.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Folder for plan.yaml (default generated/areas-N-seed-S).", valueName: "dir"))
    var out: String?

    func validate() throws {
        guard (1...10_000).contains(areas) else { throw ValidationError("--areas must be from 1 to 10000, not \(areas)") }
        try PathValidation.check(out, option: "--out", kind: .folder)
    }

    func run() throws {
        try running {
            let template = try config.load()
            let problem = InstanceGenerator.generate(areas: areas, seed: seed, template: template)
            let folder = out ?? "generated/areas-\(areas)-seed-\(seed)"
            try AtomicFiles.write(PlanWriter.files(problem), into: folder)
            let forums = problem.areas.count * problem.roundCount
            Console.out("Wrote \(folder)/plan.yaml: \(problem.areas.count) forums a round (\(forums) in the year), \(problem.groups.count) group\(problem.groups.count == 1 ? "" : "s"), \(problem.venues.count) venues.")
        }
    }
}
