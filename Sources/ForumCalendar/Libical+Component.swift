import CLibical

/// Small helpers over libical's component and property API, shared by the writer and reader.
///
/// Ownership rules (calendar-rules.md P3): a component or property added to a parent belongs to
/// the parent, so only roots are freed; strings from `icalproperty_get_*` and
/// `icalcomponent_get_*` belong to libical and are copied at once; `_r` serialisations belong to
/// the caller and are freed with `icalmemory_free_buffer`.
enum Libical {
    /// Copies a C string owned by libical into Swift, or `nil` when the pointer is NULL
    /// (calendar-rules.md P6: never call `String(cString:)` on a possibly NULL pointer).
    static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)  // non-NULL here; invalid UTF-8 is repaired, never a trap
    }

    /// Creates a component of `kind` and adds it to `parent`, which then owns it. `step` (for the
    /// error) is only worked out on failure.
    static func addComponent(
        _ kind: icalcomponent_kind, to parent: OpaquePointer, step: @autoclosure () -> String
    ) throws(CalendarError) -> OpaquePointer {
        guard let child = icalcomponent_new(kind) else {
            throw .libical(step: step(), detail: "icalcomponent_new returned NULL")
        }
        icalcomponent_add_component(parent, child)
        return child
    }

    /// Adds a freshly made property to `component`, which then owns it; throws when the
    /// constructor returned NULL (libical refuses a value it cannot represent).
    @discardableResult
    static func add(
        _ property: OpaquePointer?, to component: OpaquePointer, name: String
    ) throws(CalendarError) -> OpaquePointer {
        guard let property else {
            throw .libical(step: "making the \(name) property", detail: "the constructor returned NULL")
        }
        icalcomponent_add_property(component, property)
        return property
    }

    /// Adds an X- property (`X-WR-CALNAME` and the like) with its value as given.
    ///
    /// libical 3.0.16 escapes backslashes and line breaks in an X- value but never commas or
    /// semicolons (an X- value might be a list), which RFC 5545 TEXT needs escaped: readers such as
    /// vobject keep only the text before the first comma. So a `text` value is given with each comma
    /// and semicolon replaced by a private-use mark (`TextMarks`), and `serialise` turns the marks
    /// into `\,` and `\;` in libical's output (each shorter than its mark, so the folding stays valid).
    static func addX(_ name: String, value: String, text: Bool = false, to component: OpaquePointer) throws(CalendarError) {
        let property = try add(icalproperty_new_x(text ? TextMarks.mark(value) : value), to: component, name: name)
        icalproperty_set_x_name(property, name)
    }

    /// The private-use characters that stand for a comma and a semicolon in a TEXT X- value until
    /// libical has serialised it. Text holding them is refused by the writer's checks.
    enum TextMarks {
        static let comma: Character = "\u{E000}"
        static let semicolon: Character = "\u{E001}"

        static func mark(_ text: String) -> String {
            String(text.map { $0 == "," ? comma : $0 == ";" ? semicolon : $0 })
        }

        /// `serialised` with each mark turned into `\,` or `\;`.
        ///
        /// - Complexity: O(n) in the UTF-8 bytes, with no grapheme breaking: the marks are the
        ///   three-byte sequences EE 80 80 and EE 80 81, and a calendar of 10,000 events is 40 MB.
        static func unmark(_ serialised: String) -> String {
            let bytes = Array(serialised.utf8)
            guard bytes.contains(0xEE) else { return serialised }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 || bytes[i + 2] == 0x81 {
                    result.append(UInt8(ascii: "\\"))
                    result.append(bytes[i + 2] == 0x80 ? UInt8(ascii: ",") : UInt8(ascii: ";"))
                    i += 3
                } else {
                    result.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }

        static func holdsMark(_ text: String) -> Bool { text.unicodeScalars.contains { $0 == "\u{E000}" || $0 == "\u{E001}" } }
    }

    /// A libical time with no zone attached (floating), from a wall-clock time.
    static func floatingTime(_ local: CalendarLocalDateTime) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(local.year)
        time.month = Int32(local.month)
        time.day = Int32(local.day)
        time.hour = Int32(local.hour)
        time.minute = Int32(local.minute)
        time.second = 0
        time.is_date = 0
        return time
    }

    /// A libical time in UTC (prints with a trailing `Z`).
    static func utcTime(_ utc: CalendarUTCDateTime) -> icaltimetype {
        var time = icaltime_null_time()
        time.year = Int32(utc.year)
        time.month = Int32(utc.month)
        time.day = Int32(utc.day)
        time.hour = Int32(utc.hour)
        time.minute = Int32(utc.minute)
        time.second = Int32(utc.second)
        time.is_date = 0
        time.zone = icaltimezone_get_utc_timezone()
        return time
    }

    /// All components of `kind` directly inside `parent`, in file order.
    ///
    /// Uses the parent's internal iterator, so do not nest two walks over the same parent.
    static func children(of parent: OpaquePointer, kind: icalcomponent_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = icalcomponent_get_first_component(parent, kind)
        while let current = child {
            result.append(current)
            child = icalcomponent_get_next_component(parent, kind)
        }
        return result
    }

    /// All properties of `kind` directly on `component`, in file order.
    static func properties(of component: OpaquePointer, kind: icalproperty_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var property = icalcomponent_get_first_property(component, kind)
        while let current = property {
            result.append(current)
            property = icalcomponent_get_next_property(component, kind)
        }
        return result
    }

    /// Serialises `component` with the caller-owned `_r` variant, copies it, frees the buffer.
    static func serialise(_ component: OpaquePointer) throws(CalendarError) -> String {
        guard let buffer = icalcomponent_as_ical_string_r(component) else {
            throw .libical(step: "serialising the calendar", detail: "icalcomponent_as_ical_string_r returned NULL")
        }
        defer { icalmemory_free_buffer(buffer) }
        guard let text = String(validatingCString: buffer) else {
            throw .libical(step: "serialising the calendar", detail: "the output is not valid UTF-8")
        }
        return TextMarks.unmark(text)
    }
}
