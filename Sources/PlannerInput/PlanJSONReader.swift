import Foundation
import PlannerCore

/// A `plan.json` written by `forum-planner plan`, read back for the checks: its forums, round
/// events and cancelled forums.
public struct PlanJSONContents: Sendable {
    public var planYear: Int
    public var forums: [Meeting]
    public var events: [RoundEvent]
    public var cancelled: [Pin]
}

/// Reads the forums, events and cancelled forums of a `plan.json`.
public enum PlanJSONReader {
    /// The contents of the plan at `path`, checked against the plan file's areas and venues.
    ///
    /// Reads `plan_year`; each forum's `id`, `round`, `area`, `mode`, `date`, `start`, `end`,
    /// `venue` and (optional) `facilitators`; each event's `id`, `kind`, `round`, `date` and
    /// `title`; each cancelled forum's `id`, `date`, `start`, `mode` and `venue`. Other keys are ignored.
    ///
    /// - Throws: `InputError` naming the file, the key path (`forums[3].area`), the value and what was expected.
    public static func load(path: String, problem: PlanningProblem) throws(InputError) -> PlanJSONContents {
        try load(text: try SourceFile.read(path), fileName: path, problem: problem)
    }

    /// The contents of plan.json text; `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `load(path:problem:)`.
    public static func load(text: String, fileName: String, problem: PlanningProblem) throws(InputError) -> PlanJSONContents {
        let reader = JSONPlanReader(fileName: fileName, problem: problem)
        let root = try reader.root(text)
        let year = try reader.int(root, "plan_year", place: "", range: InputRanges.planYear)
        guard year == problem.planYear else {
            throw reader.fail("plan_year", "\(year) is not the plan file's year, \(problem.planYear) (expected a plan.json written from the same plan file)")
        }
        let forums = try reader.list(root, "forums").enumerated().map { (i, item) throws(InputError) in try reader.forum(item, place: "forums[\(i)]") }
        var seen: [ForumID: Int] = [:]
        for (i, forum) in forums.enumerated() {
            if let first = seen[forum.id] { throw reader.fail("forums[\(i)].id", "\(quoted(forum.id.rawValue)) is already used by forums[\(first)] (expected each forum once)") }
            seen[forum.id] = i
        }
        let events = try reader.optionalList(root, "events").enumerated().map { (i, item) throws(InputError) in try reader.event(item, place: "events[\(i)]") }
        let cancelled = try reader.optionalList(root, "cancelled").enumerated().map { (i, item) throws(InputError) in try reader.cancelled(item, place: "cancelled[\(i)]") }
        return PlanJSONContents(planYear: year, forums: forums, events: events, cancelled: cancelled)
    }
}

/// The reading of one plan.json's values, with errors naming the key path.
struct JSONPlanReader {
    let fileName: String
    let problem: PlanningProblem

    func fail(_ keyPath: String, _ message: String) -> InputError {
        InputError(file: fileName, line: nil, keyPath: keyPath, message: message)
    }

    func root(_ text: String) throws(InputError) -> [String: Any] {
        try SourceFile.jsonObject(text, fileName: fileName, expected: "a plan.json written by `forum-planner plan`")
    }

    func list(_ object: [String: Any], _ key: String) throws(InputError) -> [Any] {
        guard let value = object[key] else { throw fail(key, "is missing (expected a list of \(key))") }
        guard let items = value as? [Any] else { throw fail(key, "is not a list (expected a list of \(key))") }
        return items
    }

    func optionalList(_ object: [String: Any], _ key: String) throws(InputError) -> [Any] {
        object[key] == nil ? [] : try list(object, key)
    }

    func object(_ item: Any, place: String, expected: String) throws(InputError) -> [String: Any] {
        guard let object = item as? [String: Any] else { throw fail(place, "is not an object (expected \(expected))") }
        return object
    }

    func string(_ object: [String: Any], _ key: String, place: String, expected: String) throws(InputError) -> String {
        guard let value = object[key] else { throw fail(place, "missing required key `\(clipped(key))` (expected \(expected))") }
        guard let text = value as? String, !text.isEmpty else {
            throw fail(join(place, key), "\(PublishedPlan.describe(value)) is not text (expected \(expected))")
        }
        if let scalar = SourceFile.controlCharacter(in: text) {
            throw fail(join(place, key), "\(quoted(text)) contains the control character \(SourceFile.codePoint(scalar)) (expected \(expected))")
        }
        return text
    }

    func int(_ object: [String: Any], _ key: String, place: String, range: InputRange) throws(InputError) -> Int {
        guard let value = object[key] else { throw fail(place.isEmpty ? key : place, "missing required key `\(clipped(key))` (expected \(range.expected))") }
        return try PublishedPlan.wholeNumber(value, range, keyPath: join(place, key), fail: fail)
    }

    func join(_ place: String, _ key: String) -> String { place.isEmpty ? key : "\(place).\(key)" }

    func date(_ object: [String: Any], _ key: String, place: String) throws(InputError) -> LocalDate {
        let expected = "a date written YYYY-MM-DD, e.g. 2027-06-08"
        let text = try string(object, key, place: place, expected: expected)
        switch YAMLValue.parseDate(text) {
        case .success(let date): return date
        case .failure(let problem): throw fail(join(place, key), "\(problem.text) (expected \(expected))")
        }
    }

    func time(_ object: [String: Any], _ key: String, place: String) throws(InputError) -> TimeOfDay {
        let expected = "a 24-hour time written HH:MM, e.g. 10:00"
        let text = try string(object, key, place: place, expected: expected)
        guard let time = TimeOfDay(text: text) else { throw fail(join(place, key), "\(quoted(text)) is not a time (expected \(expected))") }
        return time
    }

    func mode(_ object: [String: Any], place: String) throws(InputError) -> Mode {
        let text = try string(object, "mode", place: place, expected: "virtual or in-person")
        guard let mode = Mode(rawValue: text) else { throw fail(join(place, "mode"), "\(quoted(text)) is not a mode (expected virtual or in-person)") }
        return mode
    }

    /// A venue id known to the plan file, or nil for a virtual forum.
    func venue(_ object: [String: Any], mode: Mode, place: String) throws(InputError) -> Venue.ID? {
        let venue = try PublishedPlan.readVenue(object["venue"], mode: mode, place: place, fail: fail)
        if let venue, problem.venue(venue) == nil {
            let known = problem.venues.map(\.id.rawValue).sorted()
            throw fail(join(place, "venue"), UnknownName.message(kind: "venue", name: venue.rawValue, known: known))
        }
        return venue
    }

    func forum(_ item: Any, place: String) throws(InputError) -> Meeting {
        let forum = try object(item, place: place, expected: "a forum with id, round, area, mode, date, start, end and venue")
        let id = try string(forum, "id", place: place, expected: "the forum's id, e.g. 2027-r1-east-surrey")
        let round = try int(forum, "round", place: place, range: InputRanges.round)
        let areaText = try string(forum, "area", place: place, expected: "an area id, e.g. east-surrey")
        guard problem.area(Area.ID(areaText)) != nil else {
            throw fail(join(place, "area"), UnknownName.message(kind: "area", name: areaText, known: problem.areas.map(\.id.rawValue).sorted()))
        }
        let mode = try mode(forum, place: place)
        let facilitators = (forum["facilitators"] as? [String] ?? []).map { Facilitator.ID($0) }
        return Meeting(
            id: ForumID(id), round: round, area: Area.ID(areaText), mode: mode, date: try date(forum, "date", place: place),
            start: try time(forum, "start", place: place), end: try time(forum, "end", place: place),
            venue: try venue(forum, mode: mode, place: place), facilitators: facilitators)
    }

    func event(_ item: Any, place: String) throws(InputError) -> RoundEvent {
        let event = try object(item, place: place, expected: "an event with id, kind, round, date and title")
        let kinds = RoundEvent.Kind.allCases.map(\.rawValue)
        let kindText = try string(event, "kind", place: place, expected: "one of: \(kinds.joined(separator: ", "))")
        guard let kind = RoundEvent.Kind(rawValue: kindText) else {
            throw fail(join(place, "kind"), UnknownName.message(kind: "event kind", name: kindText, known: kinds))
        }
        return RoundEvent(
            id: try string(event, "id", place: place, expected: "the event's id, e.g. 2027-r1-committee"), kind: kind,
            round: try int(event, "round", place: place, range: InputRanges.round),
            date: try date(event, "date", place: place),
            title: (event["title"] as? String) ?? kindText, detail: "")
    }

    func cancelled(_ item: Any, place: String) throws(InputError) -> Pin {
        let forum = try object(item, place: place, expected: "a cancelled forum with id, date, start, mode and venue")
        let mode = try mode(forum, place: place)
        return Pin(
            forum: ForumID(try string(forum, "id", place: place, expected: "the forum's id, e.g. 2027-r1-east-surrey")),
            date: try date(forum, "date", place: place), start: try time(forum, "start", place: place), mode: mode,
            venue: try PublishedPlan.readVenue(forum["venue"], mode: mode, place: place, fail: fail))
    }
}
