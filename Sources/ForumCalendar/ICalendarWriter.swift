/// Turns a `CalendarDocument` into iCalendar text (RFC 5545), through libical.
public enum ICalendarWriter {
    /// Renders `doc` as one VCALENDAR with `METHOD:PUBLISH` and the Europe/London VTIMEZONE.
    ///
    /// Events are sorted by start, then UID, so the same document always gives the same bytes;
    /// nothing is read from the clock. Lines end in CRLF and are folded at 75 octets by libical,
    /// which also escapes text (`\,` `\;` `\\` `\n`).
    ///
    /// - Throws: `CalendarError` when the document is not writable: an impossible date, an end
    ///   not after its start, an empty UID or summary, a duplicate UID, a comma in a category,
    ///   a NUL in any text, a number out of range, or a libical failure. An empty event list is
    ///   not an error: it gives a calendar with only its header and VTIMEZONE.
    public static func render(_ doc: CalendarDocument) throws(CalendarError) -> String {
        try render([doc])[0]
    }

    /// Renders each of `docs` exactly as `render(_:)` would, in order, under one hold of the libical lock.
    ///
    /// Documents are checked, sorted and rendered on a few threads when libical allows it
    /// (`LibicalWriter`); the texts do not depend on how they were shared out.
    ///
    /// - Throws: `CalendarError`, as `render(_:)`, for the first document (in order) that is not writable.
    /// - Complexity: O(n log n) for n events in all.
    public static func render(_ docs: [CalendarDocument]) throws(CalendarError) -> [String] {
        try LibicalWriter.render(docs) { (doc) throws(CalendarError) in
            try CalendarValidation.check(doc)
            return doc.events.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
        }
    }
}
