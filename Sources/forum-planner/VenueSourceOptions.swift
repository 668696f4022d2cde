import ArgumentParser
import PlannerCore
import PlannerInput

/// `--venues FILE.csv`: the venue bookers' spreadsheet, replacing the plan file's venues.
struct VenueSourceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The venue bookers' spreadsheet (CSV, one row per venue, one column per feature); replaces the plan file's venues.",
            valueName: "file.csv"))
    var venues: String?

    func validate() throws { try PathValidation.check(venues, option: "--venues", kind: .inputFile) }

    /// The venues to use: the CSV's when `--venues` is given (its areas checked against the plan's), else the plan's.
    ///
    /// - Throws: `Failure.badInput` with the CSV's located error (exit 65).
    func venues(for problem: PlanningProblem) throws -> [Venue] {
        guard let venues else { return problem.venues }
        do {
            return try VenuesCSV.load(path: venues, areas: problem.areas)
        } catch {
            throw Failure.badInput("\(error)")
        }
    }
}

/// A usage problem found once the plan is read (an unknown venue, area or forum id): prints
/// `Error: ...` and where to find help, and returns exit 64 to throw.
func usageFailure(_ message: String, command: String) -> ExitCode {
    Console.error("Error: \(message)\nSee 'forum-planner \(command) --help' for more information.")
    return ExitCode(Exit.usage)
}
