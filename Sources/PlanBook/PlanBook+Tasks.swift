import GRDB
import PlannerCore

/// A staff task (a deadline of the round, such as a venue booking or the committee papers) that the
/// coordinator recorded as done with `forum-planner done`.
public struct TaskDone: Sendable, Hashable {
    /// The task's id, e.g. `2027-r2-east-surrey-venue-booking` or `2027-r2-committee-papers`.
    public var task: String
    public var doneOn: LocalDate
    /// The published version it was recorded against.
    public var version: Int
    /// The task's fingerprint in that version: when the task changes (its forum moves, its venue
    /// changes), the fingerprint does too, and the mark no longer counts.
    public var fingerprint: String
    public init(task: String, doneOn: LocalDate, version: Int, fingerprint: String) {
        self.task = task; self.doneOn = doneOn; self.version = version; self.fingerprint = fingerprint
    }
}

extension PlanBook {
    /// Every task recorded as done, by task id.
    public func tasksDone() throws(BookError) -> [TaskDone] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM task_done ORDER BY task_id").map { r in
                TaskDone(task: r["task_id"], doneOn: try BookRows.date(r["done_on"]), version: r["version"], fingerprint: r["fingerprint"])
            }
        }
    }

    /// Records `task` as done (replacing an earlier mark for the same task), in one transaction.
    public func recordDone(_ task: TaskDone) throws(BookError) {
        try write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO task_done (task_id, done_on, version, fingerprint) VALUES (?, ?, ?, ?)",
                arguments: [task.task, task.doneOn.iso, task.version, task.fingerprint])
        }
    }
}
