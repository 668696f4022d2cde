/// Checks a document before libical sees it, since libical silently accepts impossible
/// dates and ends before starts (`calendar-rules.md` P8).
enum CalendarValidation {
    /// The calendar-level pseudo-UID used in error messages about the document itself.
    static let calendarLabel = "(calendar)"

    /// Throws the first problem found, naming the event and field.
    static func check(_ doc: CalendarDocument) throws(CalendarError) {
        try text(doc.name, uid: calendarLabel, field: "name", nonEmpty: true)
        try text(doc.productID, uid: calendarLabel, field: "productID", nonEmpty: true)
        if let description = doc.description {
            try text(description, uid: calendarLabel, field: "description", nonEmpty: false)
        }
        if let organizer = doc.organizer {
            try text(organizer.name, uid: calendarLabel, field: "organizer name", nonEmpty: true)
            try text(organizer.email, uid: calendarLabel, field: "organizer email", nonEmpty: true)
        }
        guard (1...8_760).contains(doc.refreshHours) else {
            throw .outOfRange(
                uid: calendarLabel, field: "refreshHours", value: String(doc.refreshHours),
                expected: "1 to 8760 hours")
        }
        var seen = Set<String>()
        for event in doc.events {
            try check(event)
            guard seen.insert(event.uid).inserted else { throw .duplicateUID(event.uid) }
        }
    }

    /// Throws the first problem found in one event.
    static func check(_ event: CalendarEvent) throws(CalendarError) {
        let uid = event.uid
        try text(uid, uid: uid, field: "UID", nonEmpty: true)
        try text(event.summary, uid: uid, field: "SUMMARY", nonEmpty: true)
        try text(event.description, uid: uid, field: "DESCRIPTION", nonEmpty: false)
        if let location = event.location { try text(location, uid: uid, field: "LOCATION", nonEmpty: true) }
        if let url = event.url { try text(url, uid: uid, field: "URL", nonEmpty: true) }
        for category in event.categories {
            try text(category, uid: uid, field: "CATEGORIES", nonEmpty: true)
            if category.contains(",") {
                throw .unwritableText(
                    uid: uid, field: "CATEGORIES \"\(category)\"",
                    reason: "a comma would split it into two categories; use one category per entry")
            }
        }
        guard (0...Int(Int32.max)).contains(event.sequence) else {
            throw .outOfRange(
                uid: uid, field: "SEQUENCE", value: String(event.sequence), expected: "0 to \(Int32.max)")
        }
        guard event.start.isValid else {
            throw .invalidDateTime(uid: uid, property: "DTSTART", value: event.start.description)
        }
        guard event.end.isValid else {
            throw .invalidDateTime(uid: uid, property: "DTEND", value: event.end.description)
        }
        for (name, time) in [("DTSTART", event.start), ("DTEND", event.end)] where EuropeLondon.isInChangeoverHour(time)
        {
            throw .changeoverHour(uid: uid, property: name, value: time.description)
        }
        guard event.start < event.end else {
            throw .endNotAfterStart(uid: uid, start: event.start.description, end: event.end.description)
        }
        guard event.stamp.isValid else {
            throw .invalidDateTime(uid: uid, property: "DTSTAMP", value: event.stamp.description)
        }
        if let minutes = event.alarmMinutesBefore, !(1...40_320).contains(minutes) {
            throw .outOfRange(
                uid: uid, field: "alarmMinutesBefore", value: String(minutes), expected: "1 to 40320 (four weeks)")
        }
        if let geo = event.geo {
            guard (-90.0...90.0).contains(geo.latitude), (-180.0...180.0).contains(geo.longitude) else {
                throw .outOfRange(
                    uid: uid, field: "GEO", value: "\(geo.latitude);\(geo.longitude)",
                    expected: "latitude -90…90 and longitude -180…180")
            }
        }
    }

    /// Refuses NUL (C strings would cut the text there), the private-use characters U+E000 and
    /// U+E001 (the writer's marks for escaped commas and semicolons, `Libical.TextMarks`) and, when
    /// asked, empty or blank text.
    private static func text(_ value: String, uid: String, field: String, nonEmpty: Bool) throws(CalendarError) {
        if value.utf8.withContiguousStorageIfAvailable({ $0.contains(0) }) ?? value.utf8.contains(0) {
            throw .unwritableText(uid: uid, field: field, reason: "it contains a NUL character")
        }
        if Libical.TextMarks.holdsMark(value) {
            throw .unwritableText(uid: uid, field: field, reason: "it contains the private-use character U+E000 or U+E001")
        }
        if nonEmpty && value.allSatisfy(\.isWhitespace) {
            throw .emptyField(uid: uid, field: field)
        }
    }
}
