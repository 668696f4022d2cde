import Foundation
import Yams

/// Reading a file's text and turning YAML into nodes, with errors that name the file and line.
enum SourceFile {
    /// The text of the file at `path`.
    static func read(_ path: String) throws(InputError) -> String {
        switch readText(path) {
        case .success(let text): return text
        case .failure(let problem): throw problem.error(file: path)
        }
    }

    /// Why a file could not be read, in words, and where in the file when that is known.
    struct ReadProblem: Error {
        let text: String
        var line: Int? = nil

        /// The error for the file at `path`.
        func error(file: String) -> InputError {
            InputError(file: file, line: line, keyPath: "", message: line == nil ? "\(text) (expected a UTF-8 text file at this path)" : text)
        }
    }

    /// The text of the file at `path`, or why it could not be read.
    static func readText(_ path: String) -> Result<String, ReadProblem> {
        guard FileManager.default.fileExists(atPath: path) else { return .failure(ReadProblem(text: "no such file")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ReadProblem(text: "the file could not be read"))
        }
        let bytes = [UInt8](data)
        if let bad = TextPosition.firstInvalidUTF8(bytes) {
            let place = TextPosition(bytes: bytes, offset: bad)
            let byte = "0x" + String(bytes[bad], radix: 16, uppercase: true)
            return .failure(ReadProblem(
                text: "column \(place.column): the byte \(byte) is not UTF-8 text (expected a UTF-8 text file: save it as UTF-8)",
                line: place.line))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if let (offset, scalar) = TextPosition.firstControlCharacter(bytes) {
            let place = TextPosition(bytes: bytes, offset: offset)
            return .failure(ReadProblem(
                text: "column \(place.column): the control character \(codePoint(scalar)) is not allowed (expected plain text: remove it)",
                line: place.line))
        }
        return .success(text)
    }

    /// The first control character in a value (from an escape such as `"\0"` in YAML or JSON), or nil.
    static func controlCharacter(in text: String) -> Unicode.Scalar? {
        guard !text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 < 0xC2 }) else { return nil }
        return text.unicodeScalars.first { ($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") || (0x7F...0x9F).contains($0.value) }
    }

    /// `U+0000`.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
    }

    /// The top-level object of a JSON text; a syntax error names its line and column.
    static func jsonObject(_ text: String, fileName: String, expected: String) throws(InputError) -> [String: Any] {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            let debug = ((error as NSError).userInfo["NSDebugDescription"] as? String) ?? ""
            let offset = debug.split(separator: " ").last.flatMap { Int($0.filter(\.isNumber)) }
            var what = debug.split(separator: " around").first.map { $0.lowercased() } ?? ""
            while what.hasSuffix(".") { what.removeLast() }
            if !what.isEmpty { what = ": " + what }
            // Without a place, the parser ran out of text: the error is at its end.
            let place = TextPosition(bytes: Array(text.utf8), offset: offset ?? text.utf8.count)
            throw InputError(file: fileName, line: place.line, keyPath: "", message: "column \(place.column): is not valid JSON\(what) (expected \(expected))")
        }
        guard let root = json as? [String: Any] else {
            throw InputError(file: fileName, line: nil, keyPath: "", message: "expected a JSON object with a `forums` list")
        }
        return root
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
            let names = duplicates.map { "`\(clipped($0))`" }.joined(separator: ", ")
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
