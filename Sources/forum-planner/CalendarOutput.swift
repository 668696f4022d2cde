import ForumCalendar
import PlannerCore

/// The calendar files of a plan, written next to plan.json by `forum-planner plan`.
enum CalendarOutput {
    /// `forums.ics`, one `area-<id>.ics` per area and `coordinators.ics`, sorted by name.
    ///
    /// The calendars are made in memory from the plan and its input values, so a value they cannot
    /// carry is bad input: the error names the input files (exit 65), and nothing is written.
    ///
    /// - Parameter inputs: the files the plan was made from (the plan file, a published plan.json).
    /// - Throws: `Failure.badInput` with the calendar error's sentence when a file cannot be made.
    static func files(
        _ plan: Plan, problem: PlanningProblem, inputs: [String] = []
    ) throws -> [(name: String, contents: String)] {
        try files(inputs: inputs) { try PlanCalendars.files(for: plan, problem: problem) }
    }

    /// The files `make` gives, with its error turned into bad input naming `inputs`.
    static func files(
        inputs: [String], _ make: () throws -> [(name: String, text: String)]
    ) throws -> [(name: String, contents: String)] {
        try made(inputs: inputs) { try make().map { (name: $0.name, contents: $0.text) } }
    }

    /// What `make` makes from calendar events (files, fingerprints), with its calendar error turned
    /// into bad input naming `inputs` (exit 65).
    static func made<T>(inputs: [String], _ make: () throws -> T) throws -> T {
        do {
            return try make()
        } catch let error as CalendarError {
            let files = inputs.isEmpty ? "the input" : inputs.joined(separator: " and ")
            throw Failure.badInput(
                "\(inputs.first ?? "input"): cannot make the calendars from \(files): \(error) (expected values a calendar can hold)")
        }
    }
}
