import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// A named problem and the rules switched off: one argument of a parameterised test.
struct ProblemCase: Sendable, CustomTestStringConvertible {
    var name: String
    var problem: PlanningProblem
    var disabled: Set<RuleID> = []
    var testDescription: String { name }

    /// The repository's top folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The plan file of `Fixtures/<name>/plan.yaml`, named after its folder.
    static func fixture(_ name: String) throws -> ProblemCase {
        ProblemCase(name: name, problem: try PlanFile.load(path: root.appendingPathComponent("Fixtures/\(name)/plan.yaml").path))
    }
}
