import Foundation
import GRDB
import PlannerCore

/// The year's record: one SQLite file, kept next to the plan file, read and written through GRDB.
///
/// Opening a book creates it (when `create` is set and the file does not exist) and brings its
/// schema up to date; a book written by a newer forum-planner is refused and left untouched.
/// Every method that changes the book does it in one transaction.
public final class PlanBook: Sendable {
    /// The book's file name next to the plan file.
    public static let defaultFileName = "plan-book.sqlite"

    public let path: String
    let queue: DatabaseQueue

    /// Opens the book at `path` for the plan year `planYear`.
    ///
    /// - Parameter create: make the file (and its folder) when it does not exist; without it, a missing book is an error.
    /// - Throws: `BookError.missing`, `.notABook`, `.newerSchema`, `.wrongYear`, `.database`, or
    ///   `.cannotWrite` when the book's folder cannot be made.
    public init(path: String, planYear: Int, create: Bool) throws(BookError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create {
            throw .missing(path: path)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !exists && !parent.isEmpty && !FileManager.default.fileExists(atPath: parent) {
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw .cannotWrite(path: parent, reason: "cannot create the folder for the plan book: \(error.localizedDescription)")
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Two runs at once (two coordinators, or a script and a person) wait for each other
        // rather than fail with "database is locked".
        configuration.busyMode = .timeout(30)
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: configuration) } catch {
            throw .notABook(path: path, reason: Self.message(error))
        }
        self.queue = queue
        try Self.check(queue, path: path, existed: exists)
        do {
            try BookSchema.migrator.migrate(queue)
            try queue.write { db in
                if let year = try Int.fetchOne(db, sql: "SELECT plan_year FROM book") {
                    if year != planYear { throw BookError.wrongYear(path: path, book: year, plan: planYear) }
                } else {
                    try db.execute(sql: "INSERT INTO book (id, plan_year) VALUES (1, ?)", arguments: [planYear])
                }
            }
        } catch let error as BookError {
            throw error
        } catch {
            throw .database(path: path, message: Self.message(error))
        }
    }

    /// Refuses a file that is not SQLite, another program's database, or a book from a newer tool,
    /// reading only.
    static func check(_ queue: DatabaseQueue, path: String, existed: Bool) throws(BookError) {
        guard existed else { return }
        do {
            let (tables, applied) = try queue.read { db -> ([String], [String]) in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                let applied = tables.contains("grdb_migrations")
                    ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") : []
                return (tables, applied)
            }
            if !tables.isEmpty && !tables.contains("grdb_migrations") {
                throw BookError.notABook(path: path, reason: "it is an SQLite database of another kind")
            }
            let unknown = applied.filter { !BookSchema.known.contains($0) }
            if !unknown.isEmpty { throw BookError.newerSchema(path: path, unknown: unknown) }
        } catch let error as BookError {
            throw error
        } catch {
            throw .notABook(path: path, reason: message(error))
        }
    }

    /// The migrations applied to this book, oldest first.
    public func appliedMigrations() throws(BookError) -> [String] {
        try read { db in try BookSchema.migrator.appliedIdentifiers(db).sorted() }
    }

    // MARK: - Reading

    /// The latest published version, or nil before the first publication.
    public func latest() throws(BookError) -> PublishedVersion? {
        try read { db in
            guard let number = try Int.fetchOne(db, sql: "SELECT MAX(number) FROM version") else { return nil }
            return try BookRows.version(db, number: number)
        }
    }

    /// Published version `number`, or nil when there is none.
    public func version(_ number: Int) throws(BookError) -> PublishedVersion? {
        try read { db in try BookRows.version(db, number: number) }
    }

    /// Every published version, oldest first.
    public func versions() throws(BookError) -> [PublishedVersion] {
        try read { db in
            try Int.fetchAll(db, sql: "SELECT number FROM version ORDER BY number").compactMap { try BookRows.version(db, number: $0) }
        }
    }

    /// The current draft, or nil when there is none (none yet, or just published).
    public func draft() throws(BookError) -> Draft? {
        try read { db in try BookRows.draft(db) }
    }

    /// Every decision, oldest first.
    public func decisions() throws(BookError) -> [Decision] {
        try read { db in try BookRows.decisions(db) }
    }

    // MARK: - Writing

    /// Replaces the draft, in one transaction.
    public func saveDraft(_ draft: Draft) throws(BookError) {
        try write { db in try BookRows.replaceDraft(db, draft) }
    }

    /// Records a decision and the draft it gives, in one transaction.
    public func record(_ decision: Decision, draft: Draft) throws(BookError) {
        try write { db in
            try BookRows.insert(db, decision)
            try BookRows.replaceDraft(db, draft)
        }
    }

    /// Seeds an empty book with version 1 (from an existing plan.json), in one transaction.
    ///
    /// - Throws: `BookError.database` when the book already has a version.
    public func importVersion(_ version: PublishedVersion, decisions: [Decision]) throws(BookError) {
        try write { db in
            if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM version") ?? 0 > 0 {
                throw BookError.database(path: path, message: "it already has published versions; import into a new book")
            }
            try BookRows.insert(db, version)
            for d in decisions { try BookRows.insert(db, d) }
        }
    }

    /// Publishes `version` and swaps `files` into `fileSet` in one transaction: the book is at the
    /// new version exactly when the folder holds the new set.
    ///
    /// The set is staged (stale siblings removed, files written and flushed) and swapped in while
    /// the transaction is open; if anything fails before the commit, the transaction is rolled
    /// back and the old set swapped back; the draft is removed with the commit. A set left live by
    /// a run killed between its swap and its commit is first swapped back out
    /// (`FileSet.restoreInterrupted`), so the folder again matches the book's latest version.
    ///
    /// - Throws: `BookError`; the book and the folder are then as they were.
    public func publish(_ version: PublishedVersion, files: [(name: String, contents: String)], into fileSet: FileSet) throws(BookError) {
        var swapped: FileSet.Staged?
        do throws(BookError) {
            try underPublishLock(fileSet) { db in
                try BookRows.insert(db, version)
                try db.execute(sql: "DELETE FROM draft")
                try db.execute(sql: "DELETE FROM forum WHERE version = 0")
                try db.execute(sql: "DELETE FROM staff_event WHERE version = 0")
                let staged = try fileSet.stage(files)
                do { try fileSet.swap(staged) } catch {
                    fileSet.discard(staged)
                    throw error
                }
                swapped = staged
            }
        } catch {
            if let staged = swapped { try fileSet.undo(staged) }
            throw error
        }
        if let staged = swapped { fileSet.discard(staged) }
    }

    /// Tidies a folder when there is nothing to publish: a set left live by a run killed between
    /// its swap and its commit is swapped back out (`FileSet.restoreInterrupted`), and siblings left
    /// by killed runs are removed. Runs in the same immediate transaction as `publish`, so it never
    /// removes the sibling of a publish still running.
    ///
    /// - Throws: `BookError`; a sibling that cannot be removed is left for the next run.
    public func tidy(_ fileSet: FileSet) throws(BookError) {
        try underPublishLock(fileSet) { _ in fileSet.removeStaleSiblings() }
    }

    /// Runs `body` in the immediate transaction publishing takes (one publisher at a time), after
    /// swapping back out a set left live by a run killed between its swap and its commit
    /// (`FileSet.restoreInterrupted`), and commits.
    ///
    /// - Throws: `BookError`, the body's own or `.database`; the transaction is then rolled back.
    func underPublishLock(_ fileSet: FileSet, _ body: (Database) throws -> Void) throws(BookError) {
        do {
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let recorded = try String.fetchOne(db, sql: "SELECT plan_json FROM version ORDER BY number DESC LIMIT 1")
                    _ = try fileSet.restoreInterrupted(recorded: recorded)
                    try body(db)
                    return .commit
                }
            }
        } catch let error as BookError {
            throw error
        } catch {
            throw .database(path: path, message: Self.message(error))
        }
    }

    // MARK: - Helpers

    func read<T>(_ body: (Database) throws -> T) throws(BookError) -> T {
        do { return try queue.read(body) } catch let error as BookError { throw error } catch {
            throw .database(path: path, message: Self.message(error))
        }
    }

    func write(_ body: (Database) throws -> Void) throws(BookError) {
        do { try queue.write(body) } catch let error as BookError { throw error } catch {
            throw .database(path: path, message: Self.message(error))
        }
    }

    /// SQLite's own message for an error, without GRDB's SQL dump.
    static func message(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return "\(error)"
    }
}
