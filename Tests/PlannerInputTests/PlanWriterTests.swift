import Foundation
import PlannerBench
import PlannerCore
import Testing

@testable import PlannerInput

/// `PlanWriter` writes what `PlanFile.load` reads back: generated instances and the Surrey fixture.
@Suite("Plan writer")
struct PlanWriterTests {
    static func surrey() throws -> PlanningProblem {
        try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml"))
    }

    static func reload(_ text: String) throws -> PlanningProblem {
        try PlanFile.load(text: text, fileName: "generated/plan.yaml")
    }

    /// The parts of two problems that the plan file carries, compared one by one.
    static func expectSame(_ a: PlanningProblem, _ b: PlanningProblem) {
        #expect(a.forumName == b.forumName)
        #expect(a.trustName == b.trustName)
        #expect(a.planYear == b.planYear)
        #expect(a.stamp == b.stamp)
        #expect(a.groups == b.groups)
        #expect(a.areas == b.areas)
        #expect(a.venues.map(\.id) == b.venues.map(\.id))
        #expect(a.venues.map(\.features) == b.venues.map(\.features))
        #expect(a.venues.map(\.capacity) == b.venues.map(\.capacity))
        #expect(a.venues.map(\.unavailable) == b.venues.map(\.unavailable))
        #expect(a.venues == b.venues)
        #expect(a.facilitators == b.facilitators)
        #expect(a.interpreterPools == b.interpreterPools)
        #expect(a.rotation == b.rotation)
        #expect(a.rounds == b.rounds)
        #expect(a.calendars.bankHolidays == b.calendars.bankHolidays)
        #expect(a.calendars.schoolHolidays == b.calendars.schoolHolidays)
        #expect(a.calendars.observances == b.calendars.observances)
        #expect(a.inPersonFormat == b.inPersonFormat)
        #expect(a.virtualFormat == b.virtualFormat)
        #expect(a.eveningFormat == b.eveningFormat)
        #expect(a.daytimeWindow == b.daytimeWindow)
        #expect(a.eveningWindow == b.eveningWindow)
        #expect(a.baselineFeatures == b.baselineFeatures)
        #expect(a.preferredFeatures == b.preferredFeatures)
        #expect(a.maxMetresToTransport == b.maxMetresToTransport)
        #expect(a.notice == b.notice)
        #expect(a.reimbursement == b.reimbursement)
        #expect(a.weights == b.weights)
        #expect(a.joining == b.joining)
    }

    @Test("generated instances of 5 and 12 areas load back unchanged", arguments: [(5, UInt64(3)), (12, UInt64(7))])
    func generatedRoundTrip(areas: Int, seed: UInt64) throws {
        let generated = InstanceGenerator.generate(areas: areas, seed: seed, template: try Self.surrey())
        #expect(generated.areas.filter { $0.kind == .daytime }.count == areas)
        let text = PlanWriter.text(generated)
        let loaded = try Self.reload(text)
        Self.expectSame(generated, loaded)
        #expect(PlanWriter.text(generated) == text)
        #expect(PlanWriter.text(loaded) == text)
    }

    @Test("the Surrey fixture: load, write, load gives the same problem")
    func surreyRoundTrip() throws {
        let original = try Self.surrey()
        let text = PlanWriter.text(original)
        let loaded = try Self.reload(text)
        Self.expectSame(original, loaded)
        #expect(PlanWriter.text(loaded) == text)
    }

    @Test("the poll and governors fixtures: their files, written to a folder, load back the same problem")
    func pollAndGovernorsRoundTrip() throws {
        for fixture in ["surrey-2027-28-poll", "surrey-2027-28-governors"] {
            let original = try PlanFile.load(path: FixturePaths.path("Fixtures/\(fixture)/plan.yaml"))
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plan-writer-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: dir) }
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let files = PlanWriter.files(original, name: "variant-1")
            #expect(files.map(\.name) == (original.poll.isEmpty ? ["variant-1.yaml"] : ["variant-1.yaml", "variant-1-poll.csv"]))
            for file in files { try file.contents.write(to: dir.appendingPathComponent(file.name), atomically: true, encoding: .utf8) }
            let loaded = try PlanFile.load(path: dir.appendingPathComponent("variant-1.yaml").path)
            Self.expectSame(original, loaded)
            #expect(loaded.poll == original.poll)
            #expect(loaded.governors == original.governors)
            #expect(PlanWriter.files(loaded, name: "variant-1").map(\.contents) == files.map(\.contents))
        }
    }

    @Test("the poll and governors fixtures are Surrey's year plus their own section, nothing else (they are copies that must not drift)")
    func fixturesDoNotDrift() throws {
        let surrey = PlanWriter.text(try Self.surrey())
        for fixture in ["surrey-2027-28-poll", "surrey-2027-28-governors"] {
            var problem = try PlanFile.load(path: FixturePaths.path("Fixtures/\(fixture)/plan.yaml"))
            #expect(!problem.poll.isEmpty || !problem.governors.isEmpty)
            problem.poll = AvailabilityPoll()
            problem.governors = []
            #expect(PlanWriter.text(problem) == surrey, "Fixtures/\(fixture)/plan.yaml differs from Fixtures/surrey-2027-28/plan.yaml outside its own section: copy the change across")
        }
    }

    @Test("a generated instance drops the template's poll and governors, which name the template's areas")
    func generatedDropsTemplateAreas() throws {
        let template = try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28-poll/plan.yaml"))
        let generated = InstanceGenerator.generate(areas: 5, seed: 1, template: template)
        #expect(generated.poll.isEmpty && generated.governors.isEmpty)
        #expect(PlanWriter.files(generated).map(\.name) == ["plan.yaml"])
        Self.expectSame(generated, try Self.reload(PlanWriter.text(generated)))
    }

    @Test("text with quotes, colons, backslashes and # survives")
    func awkwardText() throws {
        var problem = try Self.surrey()
        problem.areas[0].name = #"East "Surrey": #1 \ yes"#
        problem.venues[0].transportNote = "no"
        problem.venues[0].parkingNote = "null"
        problem.trustName = "- [a, b] & *c"
        let loaded = try Self.reload(PlanWriter.text(problem))
        #expect(loaded.areas[0].name == problem.areas[0].name)
        #expect(loaded.venues[0].transportNote == "no")
        #expect(loaded.venues[0].parkingNote == "null")
        #expect(loaded.trustName == problem.trustName)
    }

    @Test("days are written sorted, with runs of three or more as ranges")
    func dateRuns() {
        let start = LocalDate(dayNumber: 20_000)
        let days: Set<LocalDate> = [0, 1, 2, 3, 5, 7, 8].map { LocalDate(dayNumber: start.dayNumber + $0) }.reduce(into: []) { $0.insert($1) }
        let d = { (n: Int) in LocalDate(dayNumber: start.dayNumber + n).iso }
        #expect(PlanWriter.dates(days) == "[\(d(0)) to \(d(3)), \(d(5)), \(d(7)), \(d(8))]")
    }
}
