import ForumCalendar
import Foundation
import PlannerCore
import PlannerInput
import PlannerMIP
import Testing

/// The committed `Calendars/*.ics` against freshly rendered ones, byte for byte.
///
/// Both tests run when `Calendars/plan.json` exists at the repository root; they assume it was
/// written by `make plan`, i.e. `forum-planner plan` with the default Surrey plan file and no
/// `--published` (so the fresh solve uses CBC and CLP, as `plan` does). A difference is recorded as an issue naming the file and its first differing
/// line, with the command that regenerates the files.
@Suite("Plan calendars: golden files in Calendars/")
struct PlanCalendarsGoldenTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let calendars = root.appendingPathComponent("Calendars")
    static let planJSON = calendars.appendingPathComponent("plan.json")
    static let planFile = root.appendingPathComponent("Fixtures/surrey-2027-28/plan.yaml")
    static let committed = FileManager.default.fileExists(atPath: planJSON.path)
    static let solveSwitchedOff = ProcessInfo.processInfo.environment["FORUM_PLANNER_SKIP_SOLVE"] == "1"

    @Test(
        "Calendars/*.ics are what the mapping gives for the committed Calendars/plan.json",
        .enabled(if: committed, "skipped: no Calendars/plan.json committed yet (run `make plan`)"))
    func matchesCommittedPlan() throws {
        let problem = try PlanFile.load(path: Self.planFile.path)
        let plan = try CommittedPlan.load(Self.planJSON, problem: problem)
        Self.compare(try PlanCalendars.files(for: plan, problem: problem), source: "Calendars/plan.json")
    }

    @Test(
        "Calendars/*.ics are what a fresh solve of the Surrey plan gives",
        .enabled(if: committed, "skipped: no Calendars/plan.json committed yet (run `make plan`)"),
        .enabled(if: !solveSwitchedOff, "skipped: FORUM_PLANNER_SKIP_SOLVE=1"),
        .timeLimit(.minutes(10)))
    func matchesFreshSolve() throws {
        let problem = try PlanFile.load(path: Self.planFile.path)
        // As `forum-planner plan` solves it: with CBC, and CLP's linear relaxation first.
        var options = SolverOptions(nodeBudget: 2_000_000)
        options.mipSolver = CBC()
        guard case .planned(let plan) = Planner.plan(problem, options: options) else {
            Issue.record("the Surrey plan found no plan, so Calendars/ cannot be regenerated")
            return
        }
        Self.compare(try PlanCalendars.files(for: plan, problem: problem), source: "a fresh solve")
    }

    /// Records one issue per missing, extra or differing file, naming the first differing line.
    static func compare(_ rendered: [(name: String, text: String)], source: String) {
        let fix = "regenerate with `make plan` (forum-planner plan) and commit Calendars/ if the change is intended"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: calendars.path)) ?? []
        let onDisk = Set(names.filter { $0.hasSuffix(".ics") })
        for extra in onDisk.subtracting(rendered.map(\.name)).sorted() {
            Issue.record("Calendars/\(extra) is committed but \(source) gives no such file; \(fix)")
        }
        for file in rendered {
            let url = calendars.appendingPathComponent(file.name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                Issue.record("Calendars/\(file.name) is missing; \(source) gives it; \(fix)")
                continue
            }
            guard data != Data(file.text.utf8) else { continue }
            let old = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
            let new = file.text.components(separatedBy: "\r\n")
            let line = firstDifference(old, new)
            let was: String = line < old.count ? old[line] : "(end of file)"
            let now: String = line < new.count ? new[line] : "(end of file)"
            let message =
                "Calendars/\(file.name) differs from \(source) at line \(line + 1): committed \"\(was)\", "
                + "now \"\(now)\"; \(fix)"
            Issue.record(Comment(rawValue: message))
        }
    }
}

/// The index of the first line where `old` and `new` differ (the shorter count when one is a prefix).
func firstDifference(_ old: [String], _ new: [String]) -> Int {
    for index in 0..<min(old.count, new.count) where old[index] != new[index] { return index }
    return min(old.count, new.count)
}

/// The parts of `plan.json` the calendars need, read back into a `Plan`.
enum CommittedPlan {
    struct Forum: Decodable {
        let id: String, round: Int, area: String, mode: String, date: String, start: String, end: String
        let venue: String?, facilitators: [String], sequence: Int, movedBecause: String?
    }
    struct Event: Decodable { let id: String, date: String }
    struct Cancelled: Decodable {
        let id: String, date: String, start: String, mode: String, venue: String?, sequence: Int
    }
    struct Document: Decodable { let forums: [Forum], events: [Event], cancelled: [Cancelled] }

    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    /// The plan in `url`; its staff events are derived again, and must match the file's.
    static func load(_ url: URL, problem: PlanningProblem) throws -> Plan {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let document = try decoder.decode(Document.self, from: Data(contentsOf: url))
        var forums: [PlannedForum] = []
        for f in document.forums {
            guard let mode = Mode(rawValue: f.mode), let date = LocalDate(iso: f.date),
                let start = TimeOfDay(text: f.start), let end = TimeOfDay(text: f.end)
            else { throw Unreadable(description: "plan.json: forum \(f.id) has an unreadable mode, date or time") }
            let meeting = Meeting(
                id: ForumID(f.id), round: f.round, area: Area.ID(f.area), mode: mode, date: date, start: start,
                end: end, venue: f.venue.map { Venue.ID($0) }, facilitators: f.facilitators.map { Facilitator.ID($0) })
            forums.append(
                PlannedForum(meeting: meeting, penalties: [], movedBecause: f.movedBecause, sequence: f.sequence))
        }
        var cancelled: [Pin] = []
        for c in document.cancelled {
            guard let mode = Mode(rawValue: c.mode), let date = LocalDate(iso: c.date),
                let start = TimeOfDay(text: c.start)
            else { throw Unreadable(description: "plan.json: cancelled forum \(c.id) is unreadable") }
            // plan.json records a cancelled forum's new SEQUENCE, one above the published one.
            let venue: Venue.ID? = c.venue.map { Venue.ID($0) }
            cancelled.append(
                Pin(forum: ForumID(c.id), date: date, start: start, mode: mode, venue: venue, sequence: c.sequence - 1))
        }
        let events = RoundEvents.derive(for: forums.map(\.meeting), in: RuleContext(problem))
        let derived = events.map { "\($0.id) \($0.date.iso)" }
        let written = document.events.map { "\($0.id) \($0.date)" }
        guard derived.sorted() == written.sorted() else {
            throw Unreadable(description: "plan.json's events differ from those derived from its forums; regenerate it")
        }
        return Plan(
            status: .feasible, objective: 0, lowerBound: 0, forums: forums, events: events,
            statistics: SearchStatistics(), cancelled: cancelled)
    }
}
