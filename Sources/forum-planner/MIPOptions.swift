import ArgumentParser
import PlannerCore
import PlannerMIP

/// `--no-mip` and `--mip-handover N`: whether a part the search leaves unproven is handed to CBC,
/// and when. Shared by `plan`, `alternatives` and `bench`.
struct MIPOptions: ParsableArguments {
    @Flag(name: .long, help: "Do not hand a part the search leaves unproven to CBC: the search's own plan and bound stand.")
    var noMip = false

    @Option(name: .long, help: ArgumentHelp("Hand a group the group search has not proven to CBC after this many nodes (1 to 20000).", valueName: "n"))
    var mipHandover = SolverOptions.mipHandoverDefault

    func validate() throws {
        guard (1...SolverOptions.groupSearchCap).contains(mipHandover) else {
            throw ValidationError("--mip-handover: \(mipHandover) is out of range (expected 1 to \(SolverOptions.groupSearchCap))")
        }
    }

    /// `options` with CBC as the MIP solver, unless `--no-mip`.
    func applied(to options: SolverOptions) -> SolverOptions {
        var options = options
        options.mipSolver = noMip ? nil : CBC()
        options.mipHandoverNodes = mipHandover
        return options
    }
}
