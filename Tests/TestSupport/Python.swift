import Foundation

/// Runs the project's Python for the tests that check the planner's output with independent tools
/// (Python's icalendar, HiGHS through highspy).
///
/// This is the one place that decides which interpreter the tests use: the project's own virtual
/// environment, `.venv/bin/python` at the top of the repository, which `make` (through
/// `.ci/install-deps`) fills with exactly the versions pinned in `Tests/tools/requirements.txt`.
/// The system `python3` is never used, so the machine's own packages cannot change what the
/// tests see.
public enum Python {
    /// The top folder of the repository (this file is `Tests/TestSupport/Python.swift`).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The project's interpreter: `.venv/bin/python`.
    public static let interpreter: URL = repositoryRoot.appendingPathComponent(".venv/bin/python")

    /// Thrown when the project's Python environment has not been made.
    public struct MissingEnvironment: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "The project's Python environment is missing (\(path)). Run `make test`: it installs the pinned test tools from Tests/tools/requirements.txt."
        }
    }

    /// Runs `.venv/bin/python arguments…` and returns its exit status and its standard output and error together.
    /// - Throws: `MissingEnvironment` when `.venv/` has not been made, or the error of starting the process.
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard FileManager.default.isExecutableFile(atPath: interpreter.path) else {
            throw MissingEnvironment(path: interpreter.path)
        }
        let process = Process()
        process.executableURL = interpreter
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
