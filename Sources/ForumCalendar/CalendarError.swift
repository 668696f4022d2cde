/// Everything that can go wrong while writing or reading an iCalendar file.
///
/// Each case names the bad input (the event's UID, the property, the value) and what was
/// expected, so that `description` can be shown to a coordinator as it is.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A date or time that does not exist on the calendar (month 13, 31 April, 25:00…).
    case invalidDateTime(uid: String, property: String, value: String)
    /// A time in the hour the clocks change, which readers turn into different instants.
    case changeoverHour(uid: String, property: String, value: String)
    /// An event that does not end after it starts.
    case endNotAfterStart(uid: String, start: String, end: String)
    /// A field that must not be empty is empty.
    case emptyField(uid: String, field: String)
    /// A number out of its allowed range.
    case outOfRange(uid: String, field: String, value: String, expected: String)
    /// Text that cannot be written: it contains a NUL character, or a comma in a category.
    case unwritableText(uid: String, field: String, reason: String)
    /// Two events share one UID.
    case duplicateUID(String)
    /// libical refused to build or serialise something (names the step).
    case libical(step: String, detail: String)
    /// libical could not parse the text at all.
    case unparsable(reason: String)
    /// A parsed event lacks a property the reader needs.
    case missingProperty(uid: String, property: String)
    /// A parsed DTSTART or DTEND has no usable time zone (floating, or an unknown TZID).
    case floatingTime(uid: String, property: String, tzid: String?)

    /// A plain-English sentence naming the bad input and what was expected.
    public var description: String {
        switch self {
        case .invalidDateTime(let uid, let property, let value):
            return "event \(uid): \(property) \(value) is not a real date and time"
        case .changeoverHour(let uid, let property, let value):
            return "event \(uid): \(property) \(value) falls in the hour the UK clocks change "
                + "(01:00–01:59 that Sunday), which calendar programs read differently; choose another time"
        case .endNotAfterStart(let uid, let start, let end):
            return "event \(uid): end \(end) is not after start \(start)"
        case .emptyField(let uid, let field):
            return "event \(uid): \(field) is empty"
        case .outOfRange(let uid, let field, let value, let expected):
            return "event \(uid): \(field) is \(value), expected \(expected)"
        case .unwritableText(let uid, let field, let reason):
            return "event \(uid): \(field) cannot be written: \(reason)"
        case .duplicateUID(let uid):
            return "two events have the same UID \(uid); each event needs its own UID"
        case .libical(let step, let detail):
            return "libical failed while \(step): \(detail)"
        case .unparsable(let reason):
            return "the calendar text could not be parsed: \(reason)"
        case .missingProperty(let uid, let property):
            return "event \(uid): \(property) is missing"
        case .floatingTime(let uid, let property, let tzid):
            if let tzid {
                return "event \(uid): \(property) names TZID \(tzid), which matches no VTIMEZONE or known zone"
            }
            return "event \(uid): \(property) is a floating time (no TZID and not UTC)"
        }
    }
}
