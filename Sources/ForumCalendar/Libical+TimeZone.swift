import CLibical

extension Libical {
    /// Builds the minimal Europe/London VTIMEZONE (calendar-rules.md T4) inside `calendar`,
    /// with libical's component and property constructors.
    ///
    /// Not libical's built-in zone: that one has 55 observances and the non-IANA TZID
    /// `/freeassociation.sourceforge.net/Europe/London`, which breaks some readers.
    static func addEuropeLondonTimeZone(to calendar: OpaquePointer) throws(CalendarError) {
        let zone = try addComponent(ICAL_VTIMEZONE_COMPONENT, to: calendar, step: "making the VTIMEZONE")
        try add(icalproperty_new_tzid(EuropeLondon.identifier), to: zone, name: "TZID")
        try addX("X-LIC-LOCATION", value: EuropeLondon.identifier, to: zone)
        for observance in EuropeLondon.observances {
            let kind = observance.isDaylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT
            let part = try addComponent(kind, to: zone, step: "making the VTIMEZONE \(observance.name) observance")
            try add(icalproperty_new_tzname(observance.name), to: part, name: "TZNAME")
            try add(icalproperty_new_tzoffsetfrom(Int32(observance.offsetFromSeconds)), to: part, name: "TZOFFSETFROM")
            try add(icalproperty_new_tzoffsetto(Int32(observance.offsetToSeconds)), to: part, name: "TZOFFSETTO")
            try add(icalproperty_new_dtstart(floatingTime(observance.start)), to: part, name: "DTSTART")
            let rule = icalrecurrencetype_from_string(observance.rrule)
            guard rule.freq == ICAL_YEARLY_RECURRENCE else {
                throw .libical(step: "reading the RRULE \(observance.rrule)", detail: "libical did not accept it")
            }
            try add(icalproperty_new_rrule(rule), to: part, name: "RRULE")
        }
    }
}
