import CLibical

/// Builds VCALENDAR trees with libical and serialises them; the only writer code holding C pointers.
enum LibicalWriter {
    /// Renders already validated documents whose events are already sorted, in order.
    ///
    /// A calendar's text is libical's serialisation of its header and VTIMEZONE, then of each
    /// VEVENT, then `END:VCALENDAR`: exactly what libical writes for the whole tree, as it
    /// serialises a component as its properties followed by each child's own text. An event that
    /// several documents share (a forum is in `forums.ics` and in its area's file) is built and
    /// serialised once, when its UID, values and ORGANIZER are all the same.
    static func render(_ documents: [(doc: CalendarDocument, sortedEvents: [CalendarEvent])]) throws(CalendarError) -> [String] {
        try Libical.exclusively { () throws(CalendarError) in
            var events = EventTexts()
            var texts: [String] = []
            for (doc, sortedEvents) in documents {
                var parts = [try header(doc)]
                for event in sortedEvents { parts.append(try events.text(of: event, organizer: doc.organizer)) }
                parts.append(Self.end)
                // One allocation of the final size: growing a calendar of megabytes copies it several times.
                var text = ""
                text.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
                for part in parts { text += part }
                texts.append(text)
            }
            return texts
        }
    }

    /// The last line of every calendar.
    static let end = "END:VCALENDAR\r\n"

    /// The serialised VEVENTs so far, by UID, with the event and ORGANIZER each was made from.
    struct EventTexts {
        private var byUID: [String: (event: CalendarEvent, organizer: CalendarOrganizer?, text: String)] = [:]

        /// The text of `event` with `organizer`, serialised now unless it already was.
        mutating func text(of event: CalendarEvent, organizer: CalendarOrganizer?) throws(CalendarError) -> String {
            if let made = byUID[event.uid], made.organizer == organizer, made.event == event { return made.text }
            let text = try LibicalWriter.serialise(event, organizer: organizer)
            byUID[event.uid] = (event, organizer, text)
            return text
        }
    }

    /// The calendar's text up to its events: its properties and the VTIMEZONE, without the
    /// closing `END:VCALENDAR`. Call only while holding the libical lock.
    ///
    /// The root component is freed by the `defer` next to its creation; everything else is
    /// added to it (and so owned by it) as soon as it is made.
    private static func header(_ doc: CalendarDocument) throws(CalendarError) -> String {
        guard let calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT) else {
            throw .libical(step: "making the VCALENDAR", detail: "icalcomponent_new returned NULL")
        }
        defer { icalcomponent_free(calendar) }

        try Libical.add(icalproperty_new_version("2.0"), to: calendar, name: "VERSION")
        try Libical.add(icalproperty_new_prodid(doc.productID), to: calendar, name: "PRODID")
        try Libical.add(icalproperty_new_calscale("GREGORIAN"), to: calendar, name: "CALSCALE")
        try Libical.add(icalproperty_new_method(ICAL_METHOD_PUBLISH), to: calendar, name: "METHOD")
        try Libical.addX("X-WR-CALNAME", value: doc.name, to: calendar)
        try Libical.add(icalproperty_new_name(doc.name), to: calendar, name: "NAME")
        if let description = doc.description {
            try Libical.addX("X-WR-CALDESC", value: description, to: calendar)
        }
        try Libical.addX("X-WR-TIMEZONE", value: EuropeLondon.identifier, to: calendar)
        let refresh = icaldurationtype(
            is_neg: 0, days: 0, weeks: 0, hours: UInt32(doc.refreshHours), minutes: 0, seconds: 0)
        try Libical.add(icalproperty_new_refreshinterval(refresh), to: calendar, name: "REFRESH-INTERVAL")
        try Libical.addX("X-PUBLISHED-TTL", value: "PT\(doc.refreshHours)H", to: calendar)

        try Libical.addEuropeLondonTimeZone(to: calendar)
        let text = try Libical.serialise(calendar)
        guard text.hasSuffix(end) else {
            throw .libical(step: "serialising the calendar", detail: "the text does not end with END:VCALENDAR")
        }
        return String(text.dropLast(end.count))
    }

    /// One VEVENT's text, built inside a VCALENDAR of its own as in a whole calendar, and
    /// serialised alone. Call only while holding the libical lock.
    private static func serialise(_ event: CalendarEvent, organizer: CalendarOrganizer?) throws(CalendarError) -> String {
        guard let calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT) else {
            throw .libical(step: "making the VCALENDAR", detail: "icalcomponent_new returned NULL")
        }
        defer { icalcomponent_free(calendar) }
        let vevent = try Libical.addEvent(event, organizer: organizer, to: calendar)
        return try Libical.serialise(vevent)
    }
}
