import Foundation
import TestSupport
import Testing

@testable import PlannerCore

/// The planner's optimum checked by an independent MIP solver: each problem is planned, exported,
/// and solved by HiGHS through `Tests/tools/check_model.py`. Needs highspy in the project's .venv/
/// (`make test` installs it); the tests fail, not skip, without it.
@Suite("HiGHS check of the planner's optimum")
struct HiGHSCheckTests {
    /// Tiny problems the planner proves optimal, in balanced and table rotation.
    static let problems: [(name: String, problem: PlanningProblem)] = [
        ("tiny, 2 areas, 2 rounds, balanced", TestProblems.tiny(areas: 2, rounds: 2, latestDay: 6, balanced: true)),
        ("tiny, 3 areas, 3 rounds, balanced", TestProblems.tiny(areas: 3, rounds: 3, latestDay: 8, balanced: true)),
        ("tiny, 2 areas, 3 rounds, table", TestProblems.tiny(areas: 2, rounds: 3, latestDay: 8, balanced: false)),
        ("tiny, evening forum's best days in a half term", SolverTests.eveningHalfTerm(weight: 20)),
        ("tiny, two school calendars, area 2 also following Hampshire's early half term", SchoolCalendarTests.hampshireEarly()),
    ]

    @Test("HiGHS's optimum equals the planner's proven optimum, and the plan is feasible in the model", arguments: problems.indices)
    func agrees(index: Int) throws {
        let (name, problem) = Self.problems[index]
        guard case .planned(let plan) = Planner.plan(problem, options: SolverOptions(nodeBudget: 20_000)) else {
            Issue.record("\(name): no plan")
            return
        }
        #expect(plan.status == .optimal, "\(name)")
        let folder = try ModelCheck.folder([
            "model.lp": try ModelExport.lp(problem), "model.mps": try ModelExport.mps(problem), "plan.json": ModelCheck.planJSON(plan),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        for model in ["model.lp", "model.mps"] {
            let run = try ModelCheck.run(folder, model: model)
            #expect(run.status == 0, "\(name): \(run.output)")
            #expect(run.output.contains("HiGHS optimum \(plan.objective) = planner objective \(plan.objective) (optimal)"), "\(name): \(run.output)")
        }
    }

    /// Generated problems with free modes (as in `SolverTests.generated`): the plan may stop at the
    /// node budget, so HiGHS's optimum must lie between its lower bound and its objective.
    @Test("generated, free modes: lower bound <= HiGHS optimum <= the planner's plan", arguments: [(5, 1), (10, 2)])
    func generated(areas: Int, seed: Int) throws {
        let problem = SolverTests.generated(areas: areas, seed: seed)
        guard case .planned(let plan) = Planner.plan(problem, options: SolverOptions(nodeBudget: 2_000)) else {
            Issue.record("\(areas) areas, seed \(seed): no plan")
            return
        }
        let folder = try ModelCheck.folder(["model.lp": try ModelExport.lp(problem), "plan.json": ModelCheck.planJSON(plan)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ModelCheck.run(folder, model: "model.lp")
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("a plan that claims too low or too high an optimum is caught")
    func catchesAMismatch() throws {
        let problem = TestProblems.tiny(areas: 2, rounds: 2, latestDay: 6, balanced: true)
        guard case .planned(let plan) = Planner.plan(problem) else {
            Issue.record("no plan")
            return
        }
        var wrong = plan
        wrong.objective += 1
        wrong.lowerBound += 1
        let folder = try ModelCheck.folder(["model.lp": try ModelExport.lp(problem), "plan.json": ModelCheck.planJSON(wrong)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ModelCheck.run(folder, model: "model.lp")
        #expect(run.status == 1)
        let o = plan.objective
        #expect(run.output.contains("the planner says its plan of \(o + 1) is optimal, but HiGHS finds the optimum \(o)"), "\(run.output)")
        #expect(run.output.contains("the planner's plan costs \(o) in the model, but the planner says \(o + 1)"), "\(run.output)")
    }
}

/// Runs `Tests/tools/check_model.py` on files written to a temporary folder.
enum ModelCheck {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tools/check_model.py")

    /// The plan's status, objective, lower bound and forums, with the keys and values of plan.json.
    static func planJSON(_ plan: Plan) throws -> String {
        let forums: [[String: Any]] = plan.forums.map { f in
            let m = f.meeting
            return [
                "id": m.id.rawValue, "date": m.date.iso, "start": m.start.description, "mode": m.mode.rawValue,
                "venue": m.venue.map { $0.rawValue as Any } ?? NSNull(),
            ]
        }
        let object: [String: Any] = ["status": plan.status.rawValue, "objective": plan.objective, "lower_bound": plan.lowerBound, "forums": forums]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("forum-planner-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    /// `.venv/bin/python check_model.py MODEL plan.json` in `folder`: exit status and standard output and error together.
    static func run(_ folder: URL, model: String) throws -> (status: Int32, output: String) {
        try Python.run([script.path, folder.appendingPathComponent(model).path, folder.appendingPathComponent("plan.json").path])
    }
}
