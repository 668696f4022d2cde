/// A whole calendar file (VCALENDAR): its name, refresh hint and events.
public struct CalendarDocument: Sendable {
    /// Written as both X-WR-CALNAME and NAME.
    public var name: String
    /// Written as X-WR-CALDESC when present.
    public var description: String?
    /// PRODID, e.g. `-//FoCUS forum planner//EN`.
    public var productID: String
    /// Written as `REFRESH-INTERVAL;VALUE=DURATION:PT…H` and `X-PUBLISHED-TTL:PT…H`.
    public var refreshHours: Int
    /// Written as `ORGANIZER;CN=…:mailto:…` on every event when present (RFC 5546 PUBLISH wants
    /// one). Use a team mailbox, never a person's name.
    public var organizer: CalendarOrganizer?
    /// In any order: the writer sorts them by start, then UID.
    public var events: [CalendarEvent]

    public init(
        name: String, description: String? = nil, productID: String,
        refreshHours: Int = 12, organizer: CalendarOrganizer? = nil, events: [CalendarEvent]
    ) {
        self.name = name
        self.description = description
        self.productID = productID
        self.refreshHours = refreshHours
        self.organizer = organizer
        self.events = events
    }
}

/// The generic mailbox that publishes a calendar (ORGANIZER).
public struct CalendarOrganizer: Sendable, Equatable {
    /// CN, e.g. `FoCUS forum coordinators`.
    public var name: String
    /// The address without `mailto:`, e.g. `focus.forums@example.nhs.uk`.
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}
