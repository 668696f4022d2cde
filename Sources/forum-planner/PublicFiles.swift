import ForumCalendar
import PlannerCore

/// The public set `publish` writes (and `plan --out` writes for review): one function, so that
/// another kind of file (web pages, say) joins the set by adding its files here.
enum PublicFiles {
    /// What the set is made from.
    struct Input {
        let schedule: Schedule
        let summary: PlanJSON.Summary?
        /// The published version, with the changes of it and every version before; nil for a draft.
        let publication: PlanJSON.Publication?
        let context: RuleContext
        /// Forums shown exactly as published before (history), by forum id.
        let kept: [String: CalendarEvent]
        /// The files the set is made from (the plan file), named when a value cannot go in a calendar.
        let inputs: [String]
    }

    /// `plan.json`, the calendars (`forums.ics`, `area-<id>.ics`, `coordinators.ics`) and
    /// `changes.txt`, sorted by name.
    ///
    /// - Throws: `Failure.badInput` naming the inputs when a calendar cannot be made from their values.
    static func files(_ input: Input) throws -> [(name: String, contents: String)] {
        let problem = input.context.problem
        var files = [(name: "plan.json", contents: try PlanJSON.text(input.schedule, summary: input.summary, publication: input.publication, context: input.context))]
        files += try CalendarOutput.files(inputs: input.inputs) {
            try PlanCalendars.files(for: input.schedule, problem: problem, kept: input.kept)
        }
        files.append((name: "changes.txt", contents: ChangeNotice.text(input.publication, problem: problem)))
        return files.sorted { $0.name < $1.name }
    }
}

/// `changes.txt`: every change published this year, newest first, in plain English, ready to
/// paste into an email or a text message. No personal data.
enum ChangeNotice {
    static func text(_ publication: PlanJSON.Publication?, problem: PlanningProblem) -> String {
        let next = (problem.planYear + 1) % 100
        let year = "\(problem.planYear)/\(next < 10 ? "0" : "")\(next)"
        var lines = ["\(problem.forumName) forums \(year): changes to the dates"]
        guard let publication else {
            lines += ["", "Not yet published: this is a draft for review."]
            return lines.joined(separator: "\n") + "\n"
        }
        let byVersion = Dictionary(grouping: publication.changes, by: \.version)
        for version in byVersion.keys.sorted(by: >) {
            guard let items = byVersion[version], let first = items.first else { continue }
            lines += ["", "Published \(first.publishedOn.uk):"]
            lines += items.map { "- \($0.change.text)" }
        }
        if byVersion.isEmpty {
            lines += ["", "No forum has changed since the dates were first published on \(publication.publishedOn.uk)."]
        }
        lines += ["", "Calendars subscribed to these dates update by themselves; changes can take a day to appear."]
        return lines.joined(separator: "\n") + "\n"
    }
}
