/// The names of the calendar files attendees subscribe to, shared by the calendars and the pages
/// that link to them.
public enum CalendarFileNames {
    /// Every forum of the year.
    public static let allForums = "forums.ics"
    /// The staff calendar.
    public static let coordinators = "coordinators.ics"

    /// `area-<area-id>.ics`, or nil when the id would not make a plain file name (anything but
    /// lower-case letters, digits, `-` and `_`, or empty).
    public static func area(_ id: Area.ID) -> String? {
        guard isSafe(id.rawValue) else { return nil }
        return "area-\(id.rawValue).ics"
    }

    /// True when `name` is non-empty and only lower-case ASCII letters, digits, `-` and `_`.
    public static func isSafe(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { allowed.contains($0) }
    }

    static let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
}
