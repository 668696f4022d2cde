import CLibical

/// Parses iCalendar text with libical into `ParsedCalendar`; the only reader code holding C pointers.
enum LibicalReader {
    /// Parses `text`; the parsed root is freed by the `defer` next to where it is obtained.
    static func read(_ text: String) throws(CalendarError) -> ParsedCalendar {
        try Libical.exclusively { () throws(CalendarError) in try parse(text) }
    }

    /// Parses and reads the tree; call only while holding the libical lock.
    private static func parse(_ text: String) throws(CalendarError) -> ParsedCalendar {
        if text.utf8.contains(0) {
            throw .unparsable(reason: "the text contains a NUL character")
        }
        guard let root = icalparser_parse_string(text) else {
            throw .unparsable(reason: "libical found no complete VCALENDAR (empty, truncated, or an END line missing)")
        }
        defer { icalcomponent_free(root) }
        guard icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT else {
            let kind = Libical.string(icalcomponent_kind_to_string(icalcomponent_isa(root))) ?? "unknown"
            throw .unparsable(reason: "expected one VCALENDAR at the top, found \(kind)")
        }
        let errors = errorTexts(in: root, path: "VCALENDAR")
        let zoneIDs = Libical.children(of: root, kind: ICAL_VTIMEZONE_COMPONENT).map { zone in
            Libical.string(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY).flatMap(icalproperty_get_tzid))
                ?? ""
        }
        var events: [ParsedEvent] = []
        for vevent in Libical.children(of: root, kind: ICAL_VEVENT_COMPONENT) {
            events.append(try event(vevent))
        }
        // icalrestriction_check adds its findings to the tree as more X-LIC-ERRORs, so it runs
        // last and its findings are what is new since the parse.
        _ = icalrestriction_check(root)
        var restriction = errorTexts(in: root, path: "VCALENDAR")
        for parsed in errors {
            if let index = restriction.firstIndex(of: parsed) { restriction.remove(at: index) }
        }
        return ParsedCalendar(
            events: events, timeZoneIDs: zoneIDs, errors: errors, restrictionProblems: restriction)
    }

    /// Reads one VEVENT.
    private static func event(_ vevent: OpaquePointer) throws(CalendarError) -> ParsedEvent {
        guard let uid = Libical.string(icalcomponent_get_uid(vevent)), !uid.isEmpty else {
            throw .missingProperty(uid: "(no UID)", property: "UID")
        }
        let start = try utc(ICAL_DTSTART_PROPERTY, "DTSTART", of: vevent, uid: uid)
        let end = try utc(ICAL_DTEND_PROPERTY, "DTEND", of: vevent, uid: uid)
        let first = { (kind: icalproperty_kind) in icalcomponent_get_first_property(vevent, kind) }
        return ParsedEvent(
            uid: uid,
            summary: Libical.string(icalcomponent_get_summary(vevent)) ?? "",
            description: Libical.string(icalcomponent_get_description(vevent)) ?? "",
            location: Libical.string(icalcomponent_get_location(vevent)),
            url: Libical.string(first(ICAL_URL_PROPERTY).flatMap(icalproperty_get_url)),
            categories: Libical.properties(of: vevent, kind: ICAL_CATEGORIES_PROPERTY).compactMap {
                Libical.string(icalproperty_get_categories($0))
            },
            geo: first(ICAL_GEO_PROPERTY).map {
                let value = icalproperty_get_geo($0)
                return CalendarEvent.Geo(latitude: value.lat, longitude: value.lon)
            },
            startUTC: start.time, endUTC: end.time, startTZID: start.tzid,
            status: status(first(ICAL_STATUS_PROPERTY).map(icalproperty_get_status)),
            sequence: Int(icalcomponent_get_sequence(vevent)),
            transparent: first(ICAL_TRANSP_PROPERTY).map(icalproperty_get_transp) == ICAL_TRANSP_TRANSPARENT,
            alarmMinutesBefore: alarmMinutes(vevent),
            errors: errorTexts(in: vevent, path: "VEVENT \(uid)"))
    }

    /// A DTSTART or DTEND resolved through its TZID and converted to UTC.
    ///
    /// libical resolves a TZID first against the VTIMEZONEs of the same file, then against the
    /// system tz data; an unknown TZID leaves the time floating, which is refused here.
    private static func utc(
        _ kind: icalproperty_kind, _ name: String, of vevent: OpaquePointer, uid: String
    ) throws(CalendarError) -> (time: CalendarUTCDateTime, tzid: String?) {
        guard let property = icalcomponent_get_first_property(vevent, kind) else {
            throw .missingProperty(uid: uid, property: name)
        }
        let tzid = Libical.string(
            icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER).flatMap(icalparameter_get_tzid))
        let time = kind == ICAL_DTSTART_PROPERTY ? icalcomponent_get_dtstart(vevent) : icalcomponent_get_dtend(vevent)
        guard icaltime_is_null_time(time) == 0 else {
            throw .missingProperty(uid: uid, property: name)
        }
        guard icaltime_is_date(time) == 0 else {
            throw .floatingTime(uid: uid, property: "\(name) (a date without a time)", tzid: tzid)
        }
        guard time.zone != nil else {
            throw .floatingTime(uid: uid, property: name, tzid: tzid)
        }
        let converted = icaltime_convert_to_zone(time, icaltimezone_get_utc_timezone())
        let result = CalendarUTCDateTime(
            year: Int(converted.year), month: Int(converted.month), day: Int(converted.day),
            hour: Int(converted.hour), minute: Int(converted.minute), second: Int(converted.second))
        return (result, tzid)
    }

    /// Maps libical's STATUS constant; `nil` for anything but the three event statuses.
    private static func status(_ value: icalproperty_status?) -> CalendarEvent.Status? {
        switch value {
        case ICAL_STATUS_CONFIRMED: return .confirmed
        case ICAL_STATUS_TENTATIVE: return .tentative
        case ICAL_STATUS_CANCELLED: return .cancelled
        default: return nil
        }
    }

    /// Minutes before the start of the first VALARM's TRIGGER, when it is a relative one.
    private static func alarmMinutes(_ vevent: OpaquePointer) -> Int? {
        guard let alarm = icalcomponent_get_first_component(vevent, ICAL_VALARM_COMPONENT),
            let property = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY)
        else { return nil }
        let trigger = icalproperty_get_trigger(property)
        guard icaltime_is_null_time(trigger.time) != 0 else { return nil }
        return -Int(icaldurationtype_as_int(trigger.duration)) / 60
    }

    /// Every X-LIC-ERROR in `component` and below, each prefixed with where it was found.
    private static func errorTexts(in component: OpaquePointer, path: String) -> [String] {
        var texts = Libical.properties(of: component, kind: ICAL_XLICERROR_PROPERTY).map { property in
            "\(path): " + (Libical.string(icalproperty_get_xlicerror(property)) ?? "(no text)")
        }
        for child in Libical.children(of: component, kind: ICAL_ANY_COMPONENT) {
            let kind = Libical.string(icalcomponent_kind_to_string(icalcomponent_isa(child))) ?? "component"
            texts += errorTexts(in: child, path: "\(path) > \(kind)")
        }
        return texts
    }
}
