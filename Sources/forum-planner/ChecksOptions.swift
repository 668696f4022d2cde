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

/// `--plan`, `--today` and `--json`, shared by the check commands.
struct CheckOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The plan.json written by `plan`: the forums, their dates, modes and venues.", valueName: "file"))
    var plan: String = "Calendars/plan.json"

    @Option(name: .long, help: ArgumentHelp("The date to check as of, YYYY-MM-DD (default: today's date in Europe/London). Give it for reproducible output.", valueName: "date"))
    var today: DayArgument?

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func validate() throws { try PathValidation.check(plan, option: "--plan", kind: .inputFile) }

    /// `--today`, or the current date in Europe/London.
    var day: LocalDate { today?.date ?? Self.currentDate() }

    /// Today's date in the trust's time zone, from the system clock.
    static func currentDate() -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    /// The plan.json's forums and events, or exit 65 naming the problem.
    func loadPlan(_ problem: PlanningProblem) throws -> PlanJSONContents {
        guard FileManager.default.fileExists(atPath: plan) else {
            throw Failure.badInput("\(plan): no such file (expected the plan.json written by `forum-planner plan`: run it first, or give --plan FILE)")
        }
        do { return try PlanJSONReader.load(path: plan, problem: problem) } catch { throw Failure.badInput("\(error)") }
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
