import PlannerCore

/// `windows:` (carer-friendly daytime and evening hours) and `formats:` (agendas and start times).
extension PlanReader {
    /// The daytime and evening windows.
    struct Windows {
        var daytime: TimeWindow
        var evening: TimeWindow
    }

    /// The three meeting formats.
    struct Formats {
        var inPerson: MeetingFormat
        var online: MeetingFormat
        var evening: MeetingFormat
    }

    /// `windows:` (optional); defaults 10:00–14:30 and 18:00–20:30 (policy-facts §5, seed §21 item 11).
    func readWindows() throws(InputError) -> Windows {
        var windows = Windows(daytime: Defaults.daytimeWindow, evening: Defaults.eveningWindow)
        guard let section = sections.optional("windows") else { return windows }
        let map = try section.mapping(expected: "daytime and evening windows", keys: ["daytime", "evening"])
        if let value = map.optional("daytime") { windows.daytime = try readWindow(value) }
        if let value = map.optional("evening") { windows.evening = try readWindow(value) }
        return windows
    }

    /// `{ from: 10:00, to: 14:30 }`, ending after it starts.
    func readWindow(_ value: YAMLValue) throws(InputError) -> TimeWindow {
        let map = try value.mapping(expected: "a window such as { from: 10:00, to: 14:30 }", keys: ["from", "to"])
        let start = try map.required("from", expected: "the earliest start, e.g. 10:00").time()
        let endValue = try map.required("to", expected: "the latest end, e.g. 14:30")
        let end = try endValue.time()
        guard start < end else {
            throw endValue.error("\(quoted(end.description)) is not after the start \(start) (expected an end time later than the start)")
        }
        return TimeWindow(start: start, end: end)
    }

    /// `formats:` (optional); each format must fit its window for at least one start time.
    func readFormats(windows: Windows) throws(InputError) -> Formats {
        var formats = Formats(inPerson: Defaults.inPersonFormat, online: Defaults.onlineFormat, evening: Defaults.eveningFormat)
        let section = sections.optional("formats")
        if let section {
            let map = try section.mapping(expected: "the in_person, online and evening formats", keys: ["in_person", "online", "evening"])
            if let value = map.optional("in_person") { formats.inPerson = try readFormat(value) }
            if let value = map.optional("online") { formats.online = try readFormat(value) }
            if let value = map.optional("evening") { formats.evening = try readFormat(value) }
        }
        let checks: [(key: String, format: MeetingFormat, window: TimeWindow, windowName: String)] = [
            ("in_person", formats.inPerson, windows.daytime, "daytime"),
            ("online", formats.online, windows.daytime, "daytime"),
            ("evening", formats.evening, windows.evening, "evening"),
        ]
        for check in checks where !check.format.startTimes.contains(where: { fits($0, check.format, check.window) }) {
            let latest = check.window.end.adding(minutes: -check.format.minutes)
            let expected =
                latest < check.window.start
                ? "expected a window of at least \(check.format.minutes) minutes, or a shorter agenda"
                : "expected at least one start time from \(check.window.start) to \(latest)"
            let message =
                "no start time of the \(check.key) format fits the \(check.windowName) window \(check.window): the forum lasts \(check.format.minutes) minutes (\(expected))"
            let place = Self.formatPlace(section: section, key: check.key) ?? windowPlace(check.windowName)
            throw place.error(message)
        }
        return formats
    }

    /// Whether a forum starting at `start` lies inside `window`.
    func fits(_ start: TimeOfDay, _ format: MeetingFormat, _ window: TimeWindow) -> Bool {
        window.contains(start: start, end: start.adding(minutes: format.minutes))
    }

    /// The window's entry in `windows:`, or the whole plan when the window is the default.
    func windowPlace(_ name: String) -> YAMLValue {
        guard let section = sections.optional("windows"), case .mapping(let mapping) = section.node, let node = mapping[name] else {
            return sections.value
        }
        return section.child(name, node)
    }

    /// Where to point an error about a format: its `start_times`, or the format itself.
    static func formatPlace(section: YAMLValue?, key: String) -> YAMLValue? {
        guard let section, case .mapping(let mapping) = section.node, let node = mapping[key] else { return nil }
        let format = section.child(key, node)
        if case .mapping(let inner) = node, let times = inner["start_times"] { return format.child("start_times", times) }
        return format
    }

    /// `{ agenda: [{ part: ..., minutes: 45 }, ...], start_times: [10:00, 11:30] }`.
    func readFormat(_ value: YAMLValue) throws(InputError) -> MeetingFormat {
        let map = try value.mapping(expected: "a format: agenda and start_times", keys: ["agenda", "start_times"])
        let agendaValue = try map.required("agenda", expected: "a list of timed parts, e.g. - { part: Part 1, minutes: 45 }")
        var agenda: [AgendaPart] = []
        for item in try agendaValue.list(expected: "a list of timed parts, e.g. - { part: Part 1, minutes: 45 }") {
            let part = try item.mapping(expected: "a timed part such as { part: Part 1, minutes: 45 }", keys: ["part", "minutes"])
            let title = try part.required("part", expected: "what happens, e.g. Part 1: co-design workshop")
                .text(expected: "what happens, e.g. Part 1: co-design workshop")
            let minutes = try part.required("minutes", expected: InputRanges.agendaMinutes.expected)
                .number(InputRanges.agendaMinutes)
            agenda.append(AgendaPart(title: title, minutes: minutes))
        }
        guard !agenda.isEmpty else { throw agendaValue.error("is an empty list (expected at least one timed part)") }
        let timesValue = try map.required("start_times", expected: "a list of start times, e.g. [10:00, 11:30]")
        var times: [TimeOfDay] = []
        for item in try timesValue.list(expected: "a list of start times, e.g. [10:00, 11:30]") {
            let time = try item.time()
            if times.contains(time) { throw item.error("\(time) is listed twice (expected each start time once)") }
            times.append(time)
        }
        guard !times.isEmpty else { throw timesValue.error("is an empty list (expected at least one start time, e.g. [10:00])") }
        return MeetingFormat(agenda: agenda, startTimes: times.sorted())
    }
}
