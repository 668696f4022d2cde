/// How a forum meets.
public enum Mode: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case virtual
    case inPerson = "in-person"

    /// "online" or "in person", as attendees say it.
    public var plainName: String { self == .virtual ? "online" : "in person" }
    public static func < (l: Mode, r: Mode) -> Bool { l.rawValue < r.rawValue }
}

/// A group of areas served by the same coordinator(s), e.g. the Surrey trust.
public struct Group: Identifiable, Sendable, Hashable {
    public typealias ID = Identifier<Group>
    public var id: ID
    public var name: String
    /// Facilitators who attend every forum of the group.
    public var coordinators: [Facilitator.ID]
    /// In `balanced` rotation: how many forums of each round are in person.
    public var inPersonPerRound: Int
    public init(id: ID, name: String, coordinators: [Facilitator.ID], inPersonPerRound: Int) {
        self.id = id; self.name = name; self.coordinators = coordinators; self.inPersonPerRound = inPersonPerRound
    }
}

/// One forum that meets every round: an area forum (daytime) or a trust-wide evening forum.
public struct Area: Identifiable, Sendable, Hashable {
    public typealias ID = Identifier<Area>
    public enum Kind: String, Sendable, Hashable, Codable { case daytime, evening }

    public var id: ID
    public var name: String
    public var kind: Kind
    public var group: Group.ID
    /// Co-production leads who co-facilitate this area's forum.
    public var leads: [Facilitator.ID]
    /// Access needs declared for this area, on top of the trust's baseline.
    public var needs: [Feature]
    /// People expected at an in-person forum; venues need at least this capacity.
    public var expectedAttendance: Int
    /// Whether this area's forums need a BSL interpreter from the shared pool.
    public var needsInterpreter: Bool
    /// The school calendars whose holidays this area's carers live by, e.g. Surrey's and Hampshire's
    /// for Farnham & North East Hants. Empty: every school calendar of the plan.
    public var schoolCalendars: [SchoolCalendar.ID]

    public init(
        id: ID, name: String, kind: Kind, group: Group.ID, leads: [Facilitator.ID], needs: [Feature],
        expectedAttendance: Int, needsInterpreter: Bool = false, schoolCalendars: [SchoolCalendar.ID] = []
    ) {
        self.id = id; self.name = name; self.kind = kind; self.group = group; self.leads = leads
        self.needs = needs; self.expectedAttendance = expectedAttendance; self.needsInterpreter = needsInterpreter
        self.schoolCalendars = schoolCalendars
    }
}

/// A place where an in-person forum can be held.
public struct Venue: Identifiable, Sendable, Hashable {
    public typealias ID = Identifier<Venue>
    public var id: ID
    public var name: String
    public var address: String
    public var postcode: String
    public var latitude: Double
    public var longitude: Double
    /// Areas this venue serves (one for most venues; several for a regional venue).
    public var areas: [Area.ID]
    public var capacity: Int
    public var features: [Feature: Tristate]
    /// Metres on foot to the nearest bus stop or station; nil when not recorded.
    public var metresToTransport: Int?
    /// What to tell attendees about getting there, e.g. "Bus 32 stops outside".
    public var transportNote: String
    public var parkingNote: String
    public var unavailable: Set<LocalDate>
    /// Days ahead the venue must be booked.
    public var bookingLeadDays: Int

    public init(
        id: ID, name: String, address: String, postcode: String, latitude: Double, longitude: Double,
        areas: [Area.ID], capacity: Int, features: [Feature: Tristate], metresToTransport: Int?,
        transportNote: String = "", parkingNote: String = "", unavailable: Set<LocalDate> = [],
        bookingLeadDays: Int = 150
    ) {
        self.id = id; self.name = name; self.address = address; self.postcode = postcode
        self.latitude = latitude; self.longitude = longitude; self.areas = areas; self.capacity = capacity
        self.features = features; self.metresToTransport = metresToTransport; self.transportNote = transportNote
        self.parkingNote = parkingNote; self.unavailable = unavailable; self.bookingLeadDays = bookingLeadDays
    }

    /// The recorded value of a feature; `unknown` when not recorded at all.
    public func value(of feature: Feature) -> Tristate { features[feature] ?? .unknown }
}

/// A member of staff who facilitates forums: a coordinator, a co-production lead or a governor.
public struct Facilitator: Identifiable, Sendable, Hashable {
    public typealias ID = Identifier<Facilitator>
    public enum Role: String, Sendable, Hashable, Codable { case coordinator, coProductionLead = "co-production-lead", governor }
    public var id: ID
    /// A role name such as "FoCUS coordinator (east)": no personal data is needed.
    public var name: String
    public var role: Role
    public var unavailable: Set<LocalDate>
    /// At most this many forums on one day (default 1).
    public var maxForumsPerDay: Int
    public init(id: ID, name: String, role: Role, unavailable: Set<LocalDate> = [], maxForumsPerDay: Int = 1) {
        self.id = id; self.name = name; self.role = role; self.unavailable = unavailable; self.maxForumsPerDay = maxForumsPerDay
    }
}

/// A pool of interpreters (e.g. BSL) shared by groups, with a limit per day.
public struct InterpreterPool: Sendable, Hashable {
    public var id: String
    public var perDay: Int
    public var groups: [Group.ID]
    public init(id: String, perDay: Int, groups: [Group.ID]) { self.id = id; self.perDay = perDay; self.groups = groups }
}
