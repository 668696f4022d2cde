import ArgumentParser
import Foundation
import PlannerBench
import PlannerCore

/// `--calendar-events` and `--claim-lines`: the bench's measurements of what comes after the
/// solver, on synthetic data made from the plan file (not timed). Their peak MB is the process's
/// high-water mark during the measurement alone (reset before it), unlike the solver table's.
struct BenchIOOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Forum events in a synthetic plan whose calendars are made and timed (0 skips).", valueName: "n"))
    var calendarEvents: Int = 10_000

    @Option(name: .long, help: ArgumentHelp("Lines of a synthetic claims file that is read and checked, timed (0 skips).", valueName: "n"))
    var claimLines: Int = 100_000

    func validate() throws {
        guard calendarEvents >= 0 else { throw ValidationError("--calendar-events takes a whole number of at least 0, e.g. 10000") }
        guard claimLines >= 0 else { throw ValidationError("--claim-lines takes a whole number of at least 0, e.g. 100000") }
    }

    /// The calendar and claims tables, separated by a blank line, or nil when both are skipped.
    func tables(template: PlanningProblem, seed: UInt64) throws -> String? {
        var tables: [String] = []
        if calendarEvents > 0 {
            let row = try CalendarBench.measure(events: calendarEvents, seed: seed, template: template)
            tables.append(BenchTable.render([CalendarBench.header, row]))
        }
        if claimLines > 0 {
            let row = try ClaimsBench.measure(lines: claimLines, seed: seed, template: template)
            tables.append(BenchTable.render([ClaimsBench.header, row]))
        }
        return tables.isEmpty ? nil : tables.joined(separator: "\n\n")
    }
}
