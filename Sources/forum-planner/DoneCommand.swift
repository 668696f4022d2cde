import ArgumentParser
import PlanBook
import PlannerCore
import PlannerInput

/// `forum-planner done TASK-ID`: records in the plan book that a deadline was met, so that
/// `check-notice` lists it as done instead of warning about it again.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record that a task of the round was done (a venue booked, papers published), so check-notice stops warning.",
        discussion: """
            TASK-ID is a staff event's id from the latest published version (e.g. 2027-r2-east-surrey-venue-booking, \
            2027-r2-committee-papers; check-notice shows them), or FORUM-ID-interpreter-booking for a forum that \
            always has an interpreter. The mark holds while the task stays as published: if its forum moves or \
            its date changes, check-notice asks for it again. Exits 0 when recorded, 65 for an unknown task \
            (listing close ids), a book with no published version, or a bad input file or book.
            """
    )

    @Argument(help: ArgumentHelp("The task's id, e.g. 2027-r2-east-surrey-venue-booking.", valueName: "task-id"))
    var task: String

    @OptionGroup var config: ConfigOptions
    @OptionGroup var bookOptions: BookOptions

    func run() throws {
        try running {
            let problem = try config.load()
            let book = try bookOptions.open(config: config.config, problem: problem, create: false)
            guard let latest = try booked({ try book.latest() }) else {
                throw Failure.badInput("\(book.path): no version has been published yet, so there are no tasks to record (run `forum-planner publish` first)")
            }
            let known = Self.context(latest, problem: problem, today: bookOptions.day).taskIDs
            guard known.contains(task) else {
                let close = UnknownName.suggestion(for: task, among: known)
                let example = known.first { $0.hasSuffix("-venue-booking") } ?? known.first ?? "2027-r2-committee-papers"
                throw Failure.badInput(
                    "unknown task `\(task.count > 80 ? task.prefix(80) + "…" : Substring(task))`\(close) (expected the id of a task of version \(latest.number) in \(book.path), e.g. \(example); `check-notice` shows each task's id)")
            }
            let mark = TaskDone(task: task, doneOn: bookOptions.day, version: latest.number, fingerprint: Self.fingerprint(of: task, in: latest))
            try booked { try book.recordDone(mark) }
            Console.out("Recorded as done on \(mark.doneOn.uk): \(task). `check-notice` now lists it as done.")
        }
    }

    /// The notice context of a published version: its forums and events that go ahead.
    static func context(_ version: PublishedVersion, problem: PlanningProblem, today: LocalDate, done: [String: LocalDate] = [:]) -> NoticeContext {
        NoticeContext(
            problem: problem, forums: version.schedule.forums.filter { $0.status == .confirmed }.map(\.meeting),
            events: version.schedule.events.filter { $0.status == .confirmed }.map(\.event), today: today, done: done)
    }

    /// What the task looked like in `version`: its staff event's fingerprint, or for an interpreter
    /// booking its forum's.
    static func fingerprint(of task: String, in version: PublishedVersion) -> String {
        if let own = version.fingerprints[task] { return own }
        let suffix = "-interpreter-booking"
        guard task.hasSuffix(suffix) else { return "" }
        return version.fingerprints[String(task.dropLast(suffix.count))] ?? ""
    }

    /// The tasks recorded as done, with the day: those that still hold in `version` (their
    /// fingerprint unchanged), and those recorded for details that have changed since.
    static func doneTasks(_ book: PlanBook, version: PublishedVersion) throws -> (holding: [String: LocalDate], changed: [String: LocalDate]) {
        var holding: [String: LocalDate] = [:], changed: [String: LocalDate] = [:]
        for mark in try booked({ try book.tasksDone() }) {
            if mark.fingerprint == fingerprint(of: mark.task, in: version) { holding[mark.task] = mark.doneOn } else { changed[mark.task] = mark.doneOn }
        }
        return (holding, changed)
    }
}
