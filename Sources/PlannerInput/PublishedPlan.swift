import Foundation
import PlannerCore

/// Reads the forums of a previously published `plan.json` as pins for re-planning.
public enum PublishedPlan {
    /// The pins of the plan at `path`: one per forum, in file order.
    ///
    /// Reads only `forums[].id`, `mode` (`virtual` or `in-person`), `date` (YYYY-MM-DD), `start`
    /// (HH:MM), `venue` (an id for in-person forums, null for virtual ones) and the optional
    /// `sequence` (default 0); other keys, such as `penalties`, are ignored. Whether a pinned
    /// venue or area still exists is for the planner to judge, not an input error.
    ///
    /// - Throws: `InputError` naming the file and the forum's index and key.
    public static func loadPins(path: String) throws(InputError) -> [Pin] {
        let text = try SourceFile.read(path)
        return try loadPins(text: text, fileName: path)
    }

    /// The pins in JSON text; `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `loadPins(path:)`.
    public static func loadPins(text: String, fileName: String) throws(InputError) -> [Pin] {
        try load(text: text, fileName: fileName).forums
    }

    /// The text of the plan.json at `path` with its forums and cancelled forums as pins (see `load(text:fileName:)`).
    ///
    /// - Throws: `InputError`, as `loadPins(path:)`.
    public static func load(path: String) throws(InputError) -> (text: String, forums: [Pin], cancelled: [Pin]) {
        let text = try SourceFile.read(path)
        let pins = try load(text: text, fileName: path)
        return (text, pins.forums, pins.cancelled)
    }

    /// The pins of the forums and of the cancelled forums (`cancelled`, optional) of a published
    /// plan.json, each in file order; each cancelled forum's `sequence` is the one it was published
    /// with as cancelled. `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `loadPins(path:)`.
    public static func load(text: String, fileName: String) throws(InputError) -> (forums: [Pin], cancelled: [Pin]) {
        func fail(_ keyPath: String, _ message: String) -> InputError {
            InputError(file: fileName, line: nil, keyPath: keyPath, message: message)
        }
        let root = try SourceFile.jsonObject(text, fileName: fileName, expected: "a plan.json written by `forum-planner plan`")
        guard let forums = root["forums"] as? [Any] else {
            throw fail("forums", root["forums"] == nil ? "is missing (expected a list of forums)" : "is not a list (expected a list of forums)")
        }
        let cancelled: [Any]
        switch root["cancelled"] {
        case nil, is NSNull: cancelled = []
        case let list as [Any]: cancelled = list
        default: throw fail("cancelled", "is not a list (expected a list of cancelled forums)")
        }
        var seen: [String: String] = [:]
        let planned = try pins(forums, key: "forums", seen: &seen, fail: fail)
        return (planned, try pins(cancelled, key: "cancelled", seen: &seen, fail: fail))
    }

    /// The pins of one list of forums; `seen` holds the ids read so far, with where.
    static func pins(
        _ forums: [Any], key: String, seen: inout [String: String], fail: (String, String) -> InputError
    ) throws(InputError) -> [Pin] {
        var pins: [Pin] = []
        for (index, item) in forums.enumerated() {
            let place = "\(key)[\(index)]"
            guard let forum = item as? [String: Any] else { throw fail(place, "is not an object (expected a forum with id, mode, date, start, venue)") }
            func string(_ key: String, _ expected: String) throws(InputError) -> String {
                guard let value = forum[key] else { throw fail(place, "missing required key `\(clipped(key))` (expected \(expected))") }
                guard let text = value as? String else { throw fail("\(place).\(key)", "\(describe(value)) is not text (expected \(expected))") }
                if let scalar = SourceFile.controlCharacter(in: text) {
                    throw fail("\(place).\(key)", "\(quoted(text)) contains the control character \(SourceFile.codePoint(scalar)) (expected \(expected))")
                }
                return text
            }
            let id = try string("id", "the forum's id, e.g. 2027-r1-east-surrey")
            guard !id.isEmpty else { throw fail("\(place).id", "is empty (expected the forum's id, e.g. 2027-r1-east-surrey)") }
            if let first = seen[id] { throw fail("\(place).id", "\(quoted(id)) is already used by \(first) (expected each forum once)") }
            seen[id] = place
            let modeText = try string("mode", "virtual or in-person")
            guard let mode = Mode(rawValue: modeText) else {
                throw fail("\(place).mode", "\(quoted(modeText)) is not a mode (expected virtual or in-person)")
            }
            let dateText = try string("date", "a date written YYYY-MM-DD, e.g. 2027-06-08")
            let date: LocalDate
            switch YAMLValue.parseDate(dateText) {
            case .success(let parsed): date = parsed
            case .failure(let problem):
                throw fail("\(place).date", "\(problem.text) (expected a date written YYYY-MM-DD, e.g. 2027-06-08)")
            }
            let startText = try string("start", "a 24-hour time written HH:MM, e.g. 10:00")
            guard let start = TimeOfDay(text: startText) else {
                throw fail("\(place).start", "\(quoted(startText)) is not a time (expected a 24-hour time written HH:MM, e.g. 10:00)")
            }
            let venue = try readVenue(forum["venue"], mode: mode, place: place, fail: fail)
            let sequence = try readSequence(forum["sequence"], place: place, fail: fail)
            pins.append(Pin(forum: ForumID(id), date: date, start: start, mode: mode, venue: venue, sequence: sequence))
        }
        return pins
    }

    /// An in-person forum's venue id; null (or absent) for a virtual forum.
    static func readVenue(
        _ value: Any?, mode: Mode, place: String, fail: (String, String) -> InputError
    ) throws(InputError) -> Venue.ID? {
        let key = "\(place).venue"
        if value == nil || value is NSNull {
            guard mode == .virtual else { throw fail(key, "is null for an in-person forum (expected the venue's id)") }
            return nil
        }
        guard let text = value as? String, !text.isEmpty else {
            throw fail(key, "\(describe(value)) is not a venue id (expected a venue id, or null for a virtual forum)")
        }
        guard mode == .inPerson else { throw fail(key, "\(quoted(text)) is given for a virtual forum (expected null)") }
        return Venue.ID(text)
    }

    /// The optional `sequence`, a whole number within its range (default 0).
    static func readSequence(_ value: Any?, place: String, fail: (String, String) -> InputError) throws(InputError) -> Int {
        guard let value, !(value is NSNull) else { return 0 }
        return try wholeNumber(value, InputRanges.sequence, keyPath: "\(place).sequence", fail: fail)
    }

    /// A JSON number that is whole and within `range`.
    static func wholeNumber(
        _ value: Any, _ range: InputRange, keyPath: String, fail: (String, String) -> InputError
    ) throws(InputError) -> Int {
        guard let number = value as? NSNumber, number.doubleValue == number.doubleValue.rounded()
        else { throw fail(keyPath, "\(describe(value)) is not a whole number (expected \(range.expected))") }
        guard let whole = range.whole(number.doubleValue) else { throw fail(keyPath, range.outOfRange(number.stringValue).text) }
        return whole
    }

    /// A JSON value as it would be written, for messages.
    static func describe(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case let text as String: return quoted(text)
        case let number as NSNumber: return number.stringValue
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "the value"
        }
    }
}
