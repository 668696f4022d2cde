import ArgumentParser
import Foundation
import PlannerBench

/// Runs HiGHS on one exported model through the project's Python (`Tests/tools/highs_bench.py`),
/// one process per model; the script times `Highs.run()` alone, so Python's start-up is not counted.
struct HighsRunner {
    /// The interpreter, normally the project's `.venv/bin/python` (made by `make deps`).
    let python: String
    let script: String
    let timeLimit: Double

    /// Why HiGHS could not be asked: the message names the file and what to do.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String

        /// Prints the message and returns exit 1: the bench could not measure, the input is fine.
        var exit: ExitCode {
            Console.error(description)
            return ExitCode.failure
        }
    }

    /// Checks that the interpreter and the script exist, before any solve.
    func check() throws(Unavailable) {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw Unavailable(description: "\(python): no Python here (run `make deps`: it makes .venv/ with highspy, or give --python)")
        }
        guard FileManager.default.fileExists(atPath: script) else {
            throw Unavailable(description: "\(script): no such file (run bench from the repository's top folder, or give --highs-script)")
        }
    }

    /// HiGHS's answer on `model`.
    func solve(model: String) throws(Unavailable) -> SideBySide.HighsResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, model, "--time-limit", String(timeLimit)]
        // One pipe for both streams: the answer is the last line; on failure the whole text is the message.
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        do { try process.run() } catch { throw Unavailable(description: "\(python): cannot start (\(error))") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let line = text.split(separator: "\n").last.map(String.init) ?? ""
        guard process.terminationStatus == 0, let result = try? JSONDecoder().decode(SideBySide.HighsResult.self, from: Data(line.utf8)) else {
            throw Unavailable(description: "\(script) \(model): exit \(process.terminationStatus)\(text.isEmpty ? "" : ": \(text)")")
        }
        return result
    }
}
