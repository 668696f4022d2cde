import Foundation
import GRDB
import PlannerCore
import Testing

@testable import PlanBook

/// The plan book's store: migrations, refusing a newer book, and publishing as one step with the
/// public set, whatever file operation fails.
@Suite("Plan book")
struct PlanBookTests {
    static func folder(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planbook-\(name)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let day = LocalDate(year: 2027, month: 1, day: 15) ?? LocalDate(dayNumber: 0)

    static func schedule(_ date: LocalDate) -> Schedule {
        let meeting = Meeting(
            id: "2027-r1-east-surrey", round: 1, area: "east-surrey", mode: .inPerson, date: date,
            start: TimeOfDay(minutes: 600), end: TimeOfDay(minutes: 780), venue: "linden-road", facilitators: ["focus-coordinator"])
        let event = RoundEvent(id: "2027-r1-newsletter", kind: .newsletter, round: 1, date: date.adding(days: -60), title: "Newsletter", detail: "")
        return Schedule(forums: [ScheduledForum(meeting: meeting, areaName: "East Surrey")], events: [ScheduledEvent(event: event)])
    }

    static func version(_ number: Int, date: LocalDate) -> PublishedVersion {
        PublishedVersion(
            number: number, publishedOn: day, note: "v\(number)", planJSON: "{}", planFileHash: "0", schedule: schedule(date),
            fingerprints: ["2027-r1-east-surrey": "f\(number)", "2027-r1-newsletter": "n"], changes: [])
    }

    @Test("a new book gets every migration, and a version reads back as written")
    func migratesFromEmpty() throws {
        let path = Self.folder("empty") + "/book.sqlite"
        let book = try PlanBook(path: path, planYear: 2027, create: true)
        #expect(try book.appliedMigrations() == ["v1-versions", "v2-decisions", "v3-payment-runs", "v4-tasks-done"])
        #expect(try book.latest() == nil)
        let date = try #require(LocalDate(year: 2027, month: 6, day: 8))
        try book.importVersion(Self.version(1, date: date), decisions: [])
        let read = try #require(try PlanBook(path: path, planYear: 2027, create: false).latest())
        #expect(read.number == 1 && read.note == "v1" && read.schedule == Self.schedule(date))
        #expect(read.fingerprints == ["2027-r1-east-surrey": "f1", "2027-r1-newsletter": "n"])
    }

    @Test("a book at the first schema step is brought up to date")
    func migratesFromEarlier() throws {
        let path = Self.folder("earlier") + "/book.sqlite"
        let queue = try DatabaseQueue(path: path)
        try BookSchema.migrator.migrate(queue, upTo: "v1-versions")
        try queue.close()
        let book = try PlanBook(path: path, planYear: 2027, create: false)
        #expect(try book.appliedMigrations() == ["v1-versions", "v2-decisions", "v3-payment-runs", "v4-tasks-done"])
        #expect(try book.decisions().isEmpty)
    }

    @Test("a book from a newer forum-planner is refused, naming its unknown steps, and left untouched")
    func refusesNewer() throws {
        let path = Self.folder("newer") + "/book.sqlite"
        _ = try PlanBook(path: path, planYear: 2027, create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-payments')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: BookError.newerSchema(path: path, unknown: ["v9-payments"])) {
            try PlanBook(path: path, planYear: 2027, create: false)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(
            "\(BookError.newerSchema(path: "b.sqlite", unknown: ["v9-payments"]))"
                == "b.sqlite: this plan book was written by a newer version of forum-planner (it has schema steps this version does not know: v9-payments); use that version or a later one. The book was not changed.")
    }

    @Test("a file that is not a plan book is refused")
    func refusesOtherFiles() throws {
        let path = Self.folder("other") + "/notes.sqlite"
        try "not a database".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: BookError.self) { try PlanBook(path: path, planYear: 2027, create: false) }
        let p = Self.folder("year") + "/x"
        #expect(throws: BookError.wrongYear(path: p, book: 2027, plan: 2028)) {
            _ = try PlanBook(path: p, planYear: 2027, create: true)
            _ = try PlanBook(path: p, planYear: 2028, create: false)
        }
    }
}

/// File operations that fail at the `failAt`-th call (counting from 1), or never when nil.
final class FailingOperations: FileOperations, @unchecked Sendable {
    let real = PosixFileOperations()
    let failAt: Int?
    private(set) var calls = 0
    init(failAt: Int?) { self.failAt = failAt }

    func step(_ what: String) throws(BookError) {
        calls += 1
        if calls == failAt { throw .cannotWrite(path: what, reason: "injected failure at call \(calls)") }
    }
    func makeFolder(_ path: String) throws(BookError) { try step(path); try real.makeFolder(path) }
    func writeFile(_ path: String, contents: String) throws(BookError) { try step(path); try real.writeFile(path, contents: contents) }
    func syncFolder(_ path: String) throws(BookError) { try step(path); try real.syncFolder(path) }
    func exchange(_ first: String, _ second: String) throws(BookError) { try step(second); try real.exchange(first, second) }
    func rename(_ from: String, to: String) throws(BookError) { try step(to); try real.rename(from, to: to) }
    func remove(_ path: String) throws(BookError) { try step(path); try real.remove(path) }
}

@Suite("Publishing as one step")
struct PublishFaultTests {
    static func contents(_ folder: String) -> [String: String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return Dictionary(uniqueKeysWithValues: names.map { ($0, (try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) ?? "") })
    }

    static let oldSet = [(name: "plan.json", contents: "old plan"), (name: "forums.ics", contents: "old forums"), (name: "area-gone.ics", contents: "old area")]
    static let newSet = [(name: "plan.json", contents: "new plan"), (name: "forums.ics", contents: "new forums"), (name: "changes.txt", contents: "new changes")]

    /// A book at version 1 with its set in `Calendars`, and a stale folder from a killed run.
    static func start(_ name: String) throws -> (book: PlanBook, folder: String) {
        let root = PlanBookTests.folder(name)
        let book = try PlanBook(path: root + "/book.sqlite", planYear: 2027, create: true)
        let date = try #require(LocalDate(year: 2027, month: 6, day: 8))
        try book.publish(PlanBookTests.version(1, date: date), files: oldSet, into: FileSet(folder: root + "/Calendars"))
        try FileManager.default.createDirectory(atPath: root + "/.Calendars.new-99999", withIntermediateDirectories: true)
        return (book, root + "/Calendars")
    }

    @Test("a publish failing at any file operation leaves the old set whole and the book at version 1; the next run succeeds and cleans up")
    func everyFailure() throws {
        let date = try #require(LocalDate(year: 2027, month: 6, day: 9))
        // Count the operations of a publish that succeeds.
        let (countBook, countFolder) = try Self.start("count")
        let counter = FailingOperations(failAt: nil)
        try countBook.publish(PlanBookTests.version(2, date: date), files: Self.newSet, into: FileSet(folder: countFolder, operations: counter))
        #expect(counter.calls >= 7)
        for failAt in 1...counter.calls {
            let (book, folder) = try Self.start("fail\(failAt)")
            let old = Self.contents(folder)
            let failing = FailingOperations(failAt: failAt)
            do {
                try book.publish(PlanBookTests.version(2, date: date), files: Self.newSet, into: FileSet(folder: folder, operations: failing))
                // Only the clean-up of the old set after the commit may fail without failing the publish.
                #expect(try book.latest()?.number == 2, "failure at call \(failAt) was ignored")
                #expect(Self.contents(folder) == Dictionary(uniqueKeysWithValues: Self.newSet.map { ($0.name, $0.contents) }))
            } catch {
                #expect(try book.latest()?.number == 1, "failure at call \(failAt): the book moved on")
                #expect(Self.contents(folder) == old, "failure at call \(failAt): the old set is not whole")
            }
            // The next run publishes (version 2 again if it failed, else version 3) and cleans up.
            let next = (try book.latest()?.number ?? 0) + 1
            try book.publish(PlanBookTests.version(next, date: date), files: Self.newSet, into: FileSet(folder: folder))
            #expect(try book.latest()?.number == next)
            #expect(Self.contents(folder) == Dictionary(uniqueKeysWithValues: Self.newSet.map { ($0.name, $0.contents) }))
            let parent = (folder as NSString).deletingLastPathComponent
            let left = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".Calendars") }
            #expect(left.isEmpty, "failure at call \(failAt): \(left) left behind")
        }
    }

    @Test("a publish killed between its swap and its commit: the next run first puts the recorded set back")
    func killedAfterSwap() throws {
        let root = PlanBookTests.folder("killed")
        let book = try PlanBook(path: root + "/book.sqlite", planYear: 2027, create: true)
        let folder = FileSet(folder: root + "/Calendars")
        let date = try #require(LocalDate(year: 2027, month: 6, day: 8))
        var first = PlanBookTests.version(1, date: date)
        first.planJSON = "old plan"
        try book.publish(first, files: Self.oldSet, into: folder)
        // What a killed run leaves: its set swapped in, the recorded one in its sibling, the book at version 1.
        let staged = try folder.stage(Self.newSet)
        try folder.swap(staged)
        #expect(Self.contents(folder.folder)["plan.json"] == "new plan")
        // The next run fails while staging its own set, after putting the recorded set back.
        let failing = FailingOperations(failAt: 3)
        #expect(throws: BookError.self) {
            try book.publish(PlanBookTests.version(2, date: date), files: Self.newSet, into: FileSet(folder: folder.folder, operations: failing))
        }
        #expect(try book.latest()?.number == 1)
        #expect(Self.contents(folder.folder) == Dictionary(uniqueKeysWithValues: Self.oldSet.map { ($0.name, $0.contents) }))
        // And the run after that publishes and cleans up.
        try book.publish(PlanBookTests.version(2, date: date), files: Self.newSet, into: folder)
        #expect(Self.contents(folder.folder) == Dictionary(uniqueKeysWithValues: Self.newSet.map { ($0.name, $0.contents) }))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(".Calendars") } == [])
    }
    @Test("a publish killed after its commit, before removing the old set: tidying with nothing to publish removes it and keeps the live set")
    func killedAfterCommit() throws {
        let (book, folder) = try Self.start("tidy")
        let fileSet = FileSet(folder: folder)
        // What such a run leaves: the old set in a sibling, the book and the folder at the same version.
        let staged = try fileSet.stage(Self.oldSet)
        #expect(fileSet.staleSiblings() == [staged.path])
        try book.tidy(fileSet)
        #expect(fileSet.staleSiblings() == [])
        #expect(try book.latest()?.number == 1)
        #expect(Self.contents(folder) == Dictionary(uniqueKeysWithValues: Self.oldSet.map { ($0.name, $0.contents) }))
    }
}
