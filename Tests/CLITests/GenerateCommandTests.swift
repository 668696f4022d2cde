import Foundation
import Testing

/// `generate` through the built binary: the same seed gives the same bytes, and the file plans.
@Suite("Generate command")
struct GenerateCommandTests {
    static func temporaryFolder(_ name: String) -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("forum-planner-\(name)-\(UUID().uuidString)")
        return url.path
    }

    @Test("same seed, same bytes; the generated file plans (exit 0 or 3, never 65)")
    func generateTwiceAndPlan() throws {
        let first = Self.temporaryFolder("gen-a")
        let second = Self.temporaryFolder("gen-b")
        let planned = Self.temporaryFolder("gen-plan")
        defer { for folder in [first, second, planned] { try? FileManager.default.removeItem(atPath: folder) } }

        let runA = try CLI.run("generate", "--areas", "5", "--seed", "3", "--out", first)
        #expect(runA.status == 0, "stderr: \(runA.stderr)")
        let runB = try CLI.run("generate", "--areas", "5", "--seed", "3", "--out", second)
        #expect(runB.status == 0, "stderr: \(runB.stderr)")
        let a = try #require(FileManager.default.contents(atPath: first + "/plan.yaml"))
        let b = try #require(FileManager.default.contents(atPath: second + "/plan.yaml"))
        #expect(!a.isEmpty)
        #expect(a == b)

        let plan = try CLI.run("plan", "--config", first + "/plan.yaml", "--out", planned, "--node-budget", "20000")
        #expect(plan.status == 0 || plan.status == 3, "exit \(plan.status), stderr: \(plan.stderr)")
        #expect(plan.status != 65)
    }

    @Test("another seed gives another file")
    func otherSeed() throws {
        let first = Self.temporaryFolder("seed-1")
        let second = Self.temporaryFolder("seed-2")
        defer { for folder in [first, second] { try? FileManager.default.removeItem(atPath: folder) } }
        #expect(try CLI.run("generate", "--areas", "5", "--seed", "1", "--out", first).status == 0)
        #expect(try CLI.run("generate", "--areas", "5", "--seed", "2", "--out", second).status == 0)
        #expect(FileManager.default.contents(atPath: first + "/plan.yaml") != FileManager.default.contents(atPath: second + "/plan.yaml"))
    }
}
