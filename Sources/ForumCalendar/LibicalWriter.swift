import CLibical

/// Builds VCALENDAR trees with libical and serialises them; the only writer code holding C pointers.
enum LibicalWriter {
    /// Renders documents in order, each as one VCALENDAR tree built whole and serialised by
    /// libical, after `prepare` has checked it and put its events in file order. Runs on as many
    /// threads as `Libical.writerThreads(jobs:)` allows; each tree stays on the thread that built it.
    static func render(
        _ documents: [CalendarDocument],
        prepare: @Sendable (CalendarDocument) throws(CalendarError) -> [CalendarEvent]
    ) throws(CalendarError) -> [String] {
        try Libical.exclusively { () throws(CalendarError) in
            try ParallelJobs.map(documents, threads: Libical.writerThreads(jobs: documents.count), size: \.events.count) {
                (doc) throws(CalendarError) in try build(doc, sortedEvents: try prepare(doc))
            }
        }
    }

    /// Builds and serialises one tree; call only while holding the libical lock.
    ///
    /// The root component is freed by the `defer` next to its creation; everything else is
    /// added to it (and so owned by it) as soon as it is made.
    private static func build(_ doc: CalendarDocument, sortedEvents: [CalendarEvent]) throws(CalendarError) -> String {
        guard let calendar = icalcomponent_new(ICAL_VCALENDAR_COMPONENT) else {
            throw .libical(step: "making the VCALENDAR", detail: "icalcomponent_new returned NULL")
        }
        defer { icalcomponent_free(calendar) }

        try Libical.add(icalproperty_new_version("2.0"), to: calendar, name: "VERSION")
        try Libical.add(icalproperty_new_prodid(doc.productID), to: calendar, name: "PRODID")
        try Libical.add(icalproperty_new_calscale("GREGORIAN"), to: calendar, name: "CALSCALE")
        try Libical.add(icalproperty_new_method(ICAL_METHOD_PUBLISH), to: calendar, name: "METHOD")
        try Libical.addX("X-WR-CALNAME", value: doc.name, text: true, to: calendar)
        try Libical.add(icalproperty_new_name(doc.name), to: calendar, name: "NAME")
        if let description = doc.description {
            try Libical.addX("X-WR-CALDESC", value: description, text: true, to: calendar)
        }
        try Libical.addX("X-WR-TIMEZONE", value: EuropeLondon.identifier, to: calendar)
        let refresh = icaldurationtype(
            is_neg: 0, days: 0, weeks: 0, hours: UInt32(doc.refreshHours), minutes: 0, seconds: 0)
        try Libical.add(icalproperty_new_refreshinterval(refresh), to: calendar, name: "REFRESH-INTERVAL")
        try Libical.addX("X-PUBLISHED-TTL", value: "PT\(doc.refreshHours)H", to: calendar)

        try Libical.addEuropeLondonTimeZone(to: calendar)
        for event in sortedEvents {
            try Libical.addEvent(event, organizer: doc.organizer, to: calendar)
        }
        return try Libical.serialise(calendar)
    }
}
