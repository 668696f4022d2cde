import Foundation

/// Where the repository's fixtures are, found from this source file's path.
enum FixturePaths {
    /// The repository root: two folders up from `Tests/PlannerInputTests/`.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The absolute path of `relative`, e.g. `Fixtures/surrey-2027-28/plan.yaml`.
    static func path(_ relative: String) -> String { root + "/" + relative }

    /// An error's text with the repository root taken off, so it reads as from the root.
    static func relative(_ text: String) -> String { text.replacingOccurrences(of: root + "/", with: "") }

    /// The names of the fixture folders starting with `prefix` that hold a `plan.yaml`, sorted
    /// (other malformed fixtures, e.g. of CSV files, belong to other readers' tests).
    static func planFolders(prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path("Fixtures"))) ?? []
        return names.filter {
            $0.hasPrefix(prefix) && FileManager.default.fileExists(atPath: path("Fixtures/\($0)/plan.yaml"))
        }.sorted()
    }
}
