import ArgumentParser
import PlannerCore
import PlannerMIP

/// `--no-mip`, `--no-relaxation` and `--mip-handover N`: whether each part's linear relaxation is
/// solved first (CLP), whether a part the search leaves unproven is handed to CBC, and when. Shared
/// by `plan`, `alternatives` and `bench`.
struct MIPOptions: ParsableArguments {
    @Flag(name: .long, help: "Plan without CBC, to compare: the search's own plan and bound stand, and a part the group search cannot take goes to the slower forum-by-forum search.")
    var noMip = false

    @Flag(name: .long, help: "Do not solve each part's linear relaxation (CLP) before the search: the search runs alone, then CBC if it is left unproven.")
    var noRelaxation = false

    @Option(name: .long, help: ArgumentHelp("Hand a group the group search has not proven to CBC after this many nodes (1 to 20000).", valueName: "n"))
    var mipHandover = SolverOptions.mipHandoverDefault

    func validate() throws {
        guard (1...SolverOptions.groupSearchCap).contains(mipHandover) else {
            throw ValidationError("--mip-handover: \(mipHandover) is out of range (expected 1 to \(SolverOptions.groupSearchCap))")
        }
    }

    /// `options` with CBC as the MIP solver, unless `--no-mip`, and CLP's relaxation first, unless `--no-relaxation`.
    func applied(to options: SolverOptions) -> SolverOptions {
        var options = options
        options.mipSolver = noMip ? nil : CBC()
        options.mipHandoverNodes = mipHandover
        options.relaxationFirst = !noRelaxation
        return options
    }
}
