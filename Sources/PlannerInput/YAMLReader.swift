import Foundation
import Yams

/// A YAML node together with the file it came from and its key path, so every error can say where.
struct YAMLValue {
    let node: Node
    /// The file, as the coordinator named it (relative paths stay relative).
    let file: String
    /// The key path, e.g. `venues[2].features`.
    let path: String

    /// The 1-based line of the node.
    var line: Int? { node.mark?.line }

    /// An error at this node.
    func error(_ message: String) -> InputError {
        InputError(file: file, line: line, keyPath: path, message: message)
    }

    /// The value under `key` of this mapping, with the key path extended.
    func child(_ key: String, _ node: Node) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The item at `index` of this list, with the key path extended.
    func item(_ index: Int, _ node: Node) -> YAMLValue {
        YAMLValue(node: node, file: file, path: "\(path)[\(index)]")
    }

    /// True for an empty value (`key:` with nothing after it, `~` or `null`).
    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// What the node is, in words, for "is a list, not a single value" messages.
    var kindDescription: String {
        switch node {
        case .scalar(let scalar): return "the single value \(quoted(scalar.string))"
        case .mapping: return "a section of `name: value` lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// An error saying the node is of the wrong kind: `is a list, not a single value (expected ...)`.
    func wrongKind(_ wanted: String, expected: String) -> InputError {
        error("is \(kindDescription), not \(wanted) (expected \(expected))")
    }

    /// The scalar text, or an error saying what was expected instead.
    func scalarText(expected: String) throws(InputError) -> String {
        guard case .scalar(let scalar) = node else { throw wrongKind("a single value", expected: expected) }
        if let control = SourceFile.controlCharacter(in: scalar.string) {
            throw error("\(quoted(scalar.string)) contains the control character \(SourceFile.codePoint(control)) (expected \(expected))")
        }
        return scalar.string
    }

    /// A non-empty piece of text.
    func text(expected: String) throws(InputError) -> String {
        let raw = try scalarText(expected: expected).trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty, !isNull else { throw error("is empty (expected \(expected))") }
        return raw
    }

    /// The items of a list. A single value is not a list: write it as `[value]` or on a `- ` line.
    func list(expected: String) throws(InputError) -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw wrongKind("a list", expected: expected) }
        return sequence.enumerated().map { item($0.offset, $0.element) }
    }

    /// A section of `name: value` lines whose names must all be among `keys` (any names when nil).
    func mapping(expected: String, keys: [String]?) throws(InputError) -> YAMLMap {
        guard case .mapping(let mapping) = node else {
            throw wrongKind("a section of `name: value` lines", expected: expected)
        }
        var entries: [YAMLMap.Entry] = []
        for (keyNode, valueNode) in mapping {
            let keyValue = YAMLValue(node: keyNode, file: file, path: path)
            guard case .scalar(let keyScalar) = keyNode else {
                throw keyValue.wrongKind("a name", expected: "a plain name before `:`")
            }
            let key = keyScalar.string
            if let keys, !keys.contains(key) {
                throw keyValue.error(UnknownName.message(kind: "key", name: key, known: keys))
            }
            entries.append(YAMLMap.Entry(key: key, line: keyNode.mark?.line, value: child(key, valueNode)))
        }
        return YAMLMap(value: self, entries: entries)
    }
}

/// A YAML mapping whose keys have been checked against the allowed names.
struct YAMLMap {
    /// One `name: value` line.
    struct Entry {
        let key: String
        let line: Int?
        let value: YAMLValue
    }

    /// The mapping itself (for errors about missing keys).
    let value: YAMLValue
    let entries: [Entry]

    /// The value under `key`, or nil when the key is absent or empty.
    func optional(_ key: String) -> YAMLValue? {
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// The value under `key`; an error when the key is absent or empty.
    func required(_ key: String, expected: String) throws(InputError) -> YAMLValue {
        guard let entry = entries.first(where: { $0.key == key }) else {
            throw value.error("missing required key `\(clipped(key))` (expected \(expected))")
        }
        guard !entry.value.isNull else { throw entry.value.error("is empty (expected \(expected))") }
        return entry.value
    }

    /// Whether `key` is present at all (even if empty).
    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }
}

/// Quotes a value for a message: `"lots"`; a value longer than 80 characters is cut to its first
/// 80, followed by "…", so a bad 3 MB value does not flood the terminal.
func quoted(_ text: String) -> String { "\"\(clipped(text))\"" }

/// The value's text, or its first 80 characters and "…" when it is longer.
func clipped(_ value: some CustomStringConvertible) -> String {
    var text = value.description
    if SourceFile.controlCharacter(in: text) != nil || text.contains(where: \.isNewline) {
        // A control character would garble the terminal, a line break split the message: show "�".
        text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0 }))
    }
    let limit = 80
    // Counting characters walks the text: look at no more than the limit and one more.
    guard text.utf8.count > limit, text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex).map({ $0 < text.endIndex }) == true
    else { return text }
    return String(text.prefix(limit)) + "…"
}
