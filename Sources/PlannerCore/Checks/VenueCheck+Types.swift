/// What a venue booker asks: is this venue suitable for this forum or area, with these extra needs, on this date?
public struct VenueCheckRequest: Sendable, Hashable {
    /// What the venue is checked for.
    public enum Target: Sendable, Hashable {
        /// The one area the venue serves (refused when it serves several).
        case venueAreas
        /// An area's forum, in no particular round.
        case area(Area.ID)
        /// One forum, by its id, e.g. `2027-r2-east-surrey`: its area and round.
        case forum(String)
    }

    public var venue: Venue.ID
    public var target: Target
    /// Features needed on top of the baseline and the area's needs (`--needs`).
    public var needs: [Feature]
    /// When set, the venue must be free on this date.
    public var date: LocalDate?

    public init(venue: Venue.ID, target: Target = .venueAreas, needs: [Feature] = [], date: LocalDate? = nil) {
        self.venue = venue
        self.target = target
        self.needs = needs
        self.date = date
    }
}

/// The answer: each requirement met, unmet or unknown, a verdict, and the other venues that would do.
public struct VenueReport: Sendable, Hashable {
    /// `suitable` (everything met), `unsuitable` (something not met) or `unconfirmed` (nothing
    /// failed, but something is unknown: ask the venue).
    public enum Verdict: String, Sendable, Hashable, Codable { case suitable, unsuitable, unconfirmed }

    public var venue: Venue
    public var area: Area
    /// The round, when checked for a forum.
    public var round: Int?
    /// The forum's id, when checked for a forum.
    public var forum: ForumID?
    public var date: LocalDate?
    /// In order: `area`, `feature:<id>` for each required feature, `capacity`, `transport`, then `available` with a date.
    public var requirements: [VenueRequirements.Result]
    public var verdict: Verdict
    /// Other venues serving the area that are `suitable` for the same requirements, sorted by id.
    public var alternatives: [Venue.ID]
    /// The forum's mode in the rotation table, when checked for a forum and the table gives it.
    public var modeInRound: Mode?

    /// The requirements not met.
    public var unmet: [VenueRequirements.Result] { requirements.filter { $0.status == .unmet } }
    /// The requirements to ask the venue about.
    public var unknown: [VenueRequirements.Result] { requirements.filter { $0.status == .unknown } }
}

/// Why a venue check could not be made: a name that does not exist, or a question with no single answer.
public enum VenueCheckError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownVenue(String, known: [String])
    case unknownArea(String, known: [String])
    case unknownForum(String, known: [String])
    case unknownFeature(String, known: [String])
    /// Evening forums always meet online, so no venue is needed.
    case eveningForum(Area.ID)
    /// The venue serves several areas (or none) and none was chosen.
    case severalAreas(Venue.ID, [Area.ID])

    /// One sentence, without close-name suggestions (the command line adds those).
    public var description: String {
        switch self {
        case .unknownVenue(let name, _): return "unknown venue `\(name)`"
        case .unknownArea(let name, _): return "unknown area `\(name)`"
        case .unknownForum(let name, _): return "unknown forum `\(name)`"
        case .unknownFeature(let name, _): return "unknown feature `\(name)`"
        case .eveningForum(let area):
            return "`\(area)` is an evening forum, which always meets online (expected a daytime area or forum)"
        case .severalAreas(let venue, let areas):
            let list = areas.map(\.rawValue).joined(separator: ", ")
            return
                "venue `\(venue)` serves \(areas.isEmpty ? "no area" : "several areas (\(list))"): choose one with --area or --forum"
        }
    }
}
