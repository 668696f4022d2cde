import ArgumentParser
import Foundation
import PlannerCore
import PlannerInput

/// `--config FILE`: the plan file, shared by every command.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The plan file (YAML) describing the trust's year.", valueName: "file"))
    var config: String = ConfigOptions.defaultPath

    /// The plan file used without `--config`: the Surrey fixture.
    static let defaultPath = "Fixtures/surrey-2027-28/plan.yaml"

    func validate() throws { try PathValidation.check(config, option: "--config", kind: .inputFile) }

    /// Loads the plan file, or prints the error and exits 65; warns on standard error about forum
    /// months the holiday lists do not cover.
    func load() throws -> PlanningProblem { try Self.load(config) }

    /// Loads the plan file at `path` as `load()` does.
    static func load(_ path: String) throws -> PlanningProblem {
        let problem: PlanningProblem
        do {
            problem = try PlanFile.load(path: path)
        } catch {
            throw Failure.badInput("\(error)")
        }
        for warning in HolidayCoverage.warnings(problem, file: path) { Console.error("Warning: \(warning)") }
        return problem
    }

    /// Loads the plan file with the venues from `venueSource` and, given a published plan.json,
    /// its forums as pins (what `plan` and `export-model` solve).
    func load(venues venueSource: VenueSourceOptions, published: String?) throws -> PlanningProblem {
        var problem = try load()
        problem.venues = try venueSource.venues(for: problem)
        if let published {
            do { problem.pins = try PublishedPlan.loadPins(path: published) } catch { throw Failure.badInput("\(error)") }
        }
        return problem
    }
}

/// The tool's exit codes.
enum Exit {
    static let checkFound: Int32 = 1
    static let noPlan: Int32 = 3
    static let usage: Int32 = 64
    static let badInput: Int32 = 65
    /// EX_SOFTWARE: the planner found a bug in itself (its plan failed its own check).
    static let internalError: Int32 = 70
    static let cannotWrite: Int32 = 73
}

/// A failure that ends the command with a message on standard error and a documented exit code.
enum Failure: Error {
    case badInput(String)
    case cannotWrite(String)

    /// Prints the message and returns the exit code to throw.
    var exit: ExitCode {
        switch self {
        case .badInput(let m): Console.error(m); return ExitCode(Exit.badInput)
        case .cannotWrite(let m): Console.error(m); return ExitCode(Exit.cannotWrite)
        }
    }
}

/// Runs a command body, turning `Failure`s into their message and exit code.
func running(_ body: () throws -> Void) throws {
    do { try body() } catch let failure as Failure { throw failure.exit }
}

enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
    static func out(_ message: String) { print(message) }
}
