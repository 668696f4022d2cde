import CLibical

extension Libical {
    /// Builds one VEVENT (with its VALARM, if any) inside `calendar`, which owns it, and returns it.
    ///
    /// DTSTART and DTEND are made with `icalproperty_new_dtstart`/`_dtend` and an explicit
    /// `TZID=Europe/London` parameter: without it libical writes a floating time
    /// (calendar-rules.md P1). DTSTAMP carries libical's UTC zone, so it prints with `Z`.
    @discardableResult
    static func addEvent(
        _ event: CalendarEvent, organizer: CalendarOrganizer?, to calendar: OpaquePointer
    ) throws(CalendarError) -> OpaquePointer {
        let vevent = try addComponent(ICAL_VEVENT_COMPONENT, to: calendar, step: "making the VEVENT \(event.uid)")
        try add(icalproperty_new_uid(event.uid), to: vevent, name: "UID")
        try add(icalproperty_new_dtstamp(utcTime(event.stamp)), to: vevent, name: "DTSTAMP")
        try addZoned(icalproperty_new_dtstart(floatingTime(event.start)), to: vevent, name: "DTSTART")
        try addZoned(icalproperty_new_dtend(floatingTime(event.end)), to: vevent, name: "DTEND")
        try add(icalproperty_new_sequence(Int32(event.sequence)), to: vevent, name: "SEQUENCE")
        try add(icalproperty_new_status(status(event.status)), to: vevent, name: "STATUS")
        try add(icalproperty_new_summary(event.summary), to: vevent, name: "SUMMARY")
        if !event.description.isEmpty {
            try add(icalproperty_new_description(event.description), to: vevent, name: "DESCRIPTION")
        }
        if let location = event.location {
            try add(icalproperty_new_location(location), to: vevent, name: "LOCATION")
        }
        if let geo = event.geo {
            let value = icalgeotype(lat: geo.latitude, lon: geo.longitude)
            try add(icalproperty_new_geo(value), to: vevent, name: "GEO")
        }
        if let url = event.url {
            try add(icalproperty_new_url(url), to: vevent, name: "URL")
        }
        for category in event.categories {
            try add(icalproperty_new_categories(category), to: vevent, name: "CATEGORIES")
        }
        let transparency = event.transparent ? ICAL_TRANSP_TRANSPARENT : ICAL_TRANSP_OPAQUE
        try add(icalproperty_new_transp(transparency), to: vevent, name: "TRANSP")
        if let organizer {
            let property = try add(
                icalproperty_new_organizer("mailto:" + organizer.email), to: vevent, name: "ORGANIZER")
            try addParameter(icalparameter_new_cn(organizer.name), to: property, name: "CN")
        }
        if let minutes = event.alarmMinutesBefore {
            try addAlarm(minutesBefore: minutes, text: event.summary, to: vevent)
        }
        return vevent
    }

    /// Adds a date-time property and its `TZID=Europe/London` parameter.
    private static func addZoned(_ property: OpaquePointer?, to vevent: OpaquePointer, name: String)
        throws(CalendarError)
    {
        let added = try add(property, to: vevent, name: name)
        try addParameter(icalparameter_new_tzid(EuropeLondon.identifier), to: added, name: "\(name) TZID")
    }

    /// Adds a parameter to a property, which then owns it.
    private static func addParameter(_ parameter: OpaquePointer?, to property: OpaquePointer, name: @autoclosure () -> String)
        throws(CalendarError)
    {
        guard let parameter else {
            throw .libical(step: "making the \(name()) parameter", detail: "the constructor returned NULL")
        }
        icalproperty_add_parameter(property, parameter)
    }

    /// A DISPLAY alarm `minutes` before the start, written as `TRIGGER:-PT<minutes>M`.
    private static func addAlarm(minutesBefore minutes: Int, text: String, to vevent: OpaquePointer)
        throws(CalendarError)
    {
        let alarm = try addComponent(ICAL_VALARM_COMPONENT, to: vevent, step: "making the VALARM")
        try add(icalproperty_new_action(ICAL_ACTION_DISPLAY), to: alarm, name: "ACTION")
        var trigger = icaltriggertype_from_int(0)
        trigger.duration = icaldurationtype(
            is_neg: 1, days: 0, weeks: 0, hours: 0, minutes: UInt32(minutes), seconds: 0)
        try add(icalproperty_new_trigger(trigger), to: alarm, name: "TRIGGER")
        try add(icalproperty_new_description(text), to: alarm, name: "VALARM DESCRIPTION")
    }

    /// The libical STATUS constant for a status.
    static func status(_ status: CalendarEvent.Status) -> icalproperty_status {
        switch status {
        case .confirmed: return ICAL_STATUS_CONFIRMED
        case .tentative: return ICAL_STATUS_TENTATIVE
        case .cancelled: return ICAL_STATUS_CANCELLED
        }
    }
}
