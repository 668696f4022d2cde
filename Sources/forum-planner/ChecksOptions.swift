import ArgumentParser
import Foundation
import PlannerCore
import PlannerInput

/// A date given on the command line, `YYYY-MM-DD`; anything else is a usage error (exit 64).
struct DayArgument: ExpressibleByArgument {
    let date: LocalDate
    init?(argument: String) {
        guard let date = LocalDate(iso: argument), InputRanges.dateYears.contains(date.year) else { return nil }
        self.date = date
    }
    static var defaultValueDescription: String { "today" }
}

/// `--plan` and `--json`, shared by the check commands (which take `--book` and `--today` from `BookOptions`).
struct CheckOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A plan.json to check once, instead of the plan book's latest published version.", valueName: "file"))
    var plan: String?

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws { try PathValidation.check(plan, option: "--plan", kind: .inputFile) }

    /// Today's date in the trust's time zone, from the system clock.
    static func currentDate() -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    /// The plan.json at `path`: its forums and events, or exit 65 naming the problem.
    static func loadPlan(_ path: String, problem: PlanningProblem) throws -> PlanJSONContents {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Failure.badInput("\(path): no such file (expected the plan.json written by `forum-planner plan`)")
        }
        do { return try PlanJSONReader.load(path: path, problem: problem) } catch { throw Failure.badInput("\(error)") }
    }
}

/// Reading input files, turning their `InputError`s into exit 65.
func readingInput<T>(_ body: () throws(InputError) -> T) throws -> T {
    do { return try body() } catch { throw Failure.badInput("\(error)") }
}

/// JSON text with sorted keys, ending in a newline: the same input gives the same bytes.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (String(data: try encoder.encode(value), encoding: .utf8) ?? "{}") + "\n"
}
