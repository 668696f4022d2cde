import ForumCalendar
import Foundation
import PlannerBench
import PlannerCore

/// The calendar measurement of `bench`: every calendar file of a synthetic re-planned year, made
/// in memory as `plan --out` makes them (nothing is written to disk).
enum CalendarBench {
    static let header = ["calendars", "forum events", "files", "events written", "MB", "wall ms", "cpu ms", "peak MB"]

    /// Makes a year of `events` forum events (planned and cancelled, see `PlanGenerator`), then
    /// times `CalendarOutput.files`: building every event, libical's tree and its serialisation.
    static func measure(events: Int, seed: UInt64, template: PlanningProblem) throws -> [String] {
        let (problem, plan) = PlanGenerator.generate(forums: events, seed: seed, template: template)
        BenchTable.resetPeak()
        let (files, ms, cpuMs) = try BenchTable.timed { try CalendarOutput.files(plan, problem: problem) }
        let peak = BenchTable.peak()
        // Counted by reading every file back through libical (outside the timed part).
        let written = try files.reduce(0) { total, file in total + (try ICalendarReader.parse(file.contents)).count }
        let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
        return [
            "areas-\(problem.areas.count)-seed-\(seed)", "\(plan.forums.count + plan.cancelled.count)", "\(files.count)",
            "\(written)", String(format: "%.1f", Double(bytes) / 1_000_000), BenchTable.ms(ms), BenchTable.ms(cpuMs), peak,
        ]
    }
}
