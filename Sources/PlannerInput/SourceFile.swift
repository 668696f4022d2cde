import Foundation
import Yams

/// Reading a file's text and turning YAML into nodes, with errors that name the file and line.
enum SourceFile {
    /// The text of the file at `path`.
    static func read(_ path: String) throws(InputError) -> String {
        switch readText(path) {
        case .success(let text): return text
        case .failure(let problem):
            throw InputError(file: path, line: nil, keyPath: "", message: "\(problem.text) (expected a UTF-8 text file at this path)")
        }
    }

    /// Why a file could not be read, in words.
    struct ReadProblem: Error {
        let text: String
    }

    /// The text of the file at `path`, or why it could not be read.
    static func readText(_ path: String) -> Result<String, ReadProblem> {
        guard FileManager.default.fileExists(atPath: path) else { return .failure(ReadProblem(text: "no such file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ReadProblem(text: "the file could not be read"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ReadProblem(text: "the file is not UTF-8 text"))
        }
        return .success(text)
    }

    /// The root node of a YAML text, which must be a section of `name: value` lines.
    static func compose(_ text: String, fileName: String) throws(InputError) -> YAMLValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, fileName: fileName)
        } catch {
            throw InputError(file: fileName, line: nil, keyPath: "", message: "could not read the YAML: \(error)")
        }
        guard let node else {
            throw InputError(file: fileName, line: nil, keyPath: "", message: "the file is empty (expected the plan's sections, e.g. `forum: FoCUS`)")
        }
        return YAMLValue(node: node, file: fileName, path: "")
    }

    /// Yams' error, with its line, in the module's words.
    static func syntaxError(_ error: YamlError, fileName: String) -> InputError {
        let hint = "expected `name: value` lines indented with spaces; put quotes around text containing `: `"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML syntax error at column \(mark.column): \(problem)"
            if let context { message += ", \(context.text) at line \(context.mark.line)" }
            return InputError(file: fileName, line: mark.line, keyPath: "", message: message + " (\(hint))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return InputError(
                file: fileName, line: context.mark.line, keyPath: "",
                message: "\(names) is given twice in the same section, first here (expected each name once)")
        case .reader(let problem, _, _, _):
            return InputError(file: fileName, line: nil, keyPath: "", message: "the file could not be read as text: \(problem) (expected UTF-8 text)")
        default:
            return InputError(file: fileName, line: nil, keyPath: "", message: "could not read the YAML: \(error)")
        }
    }

    /// `relative` resolved against the directory of `base`, tidied (`a/b/../c` becomes `a/c`).
    static func resolve(_ relative: String, nextTo base: String) -> String {
        if relative.hasPrefix("/") { return tidy(relative) }
        let directory = (base as NSString).deletingLastPathComponent
        return tidy(directory.isEmpty ? relative : directory + "/" + relative)
    }

    /// Removes `.` and folds `name/..` in a path without touching the file system.
    static func tidy(_ path: String) -> String {
        var parts: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }
}
