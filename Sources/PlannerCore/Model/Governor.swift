/// A governor of the trust, known only by a role id such as `governor-1`, with the days they
/// cannot come and the areas whose forums they cover (seed §12, §21 item 41).
///
/// Governors are not facilitators: no forum needs one, but every forum should have one where it
/// can (`GovernorAtForumRule`), and a governor attends at most one forum a day.
public struct Governor: Identifiable, Sendable, Hashable {
    public typealias ID = Identifier<Governor>
    /// A role id, never a name: `governor-1`, `public-governor-east-surrey-2`.
    public var id: ID
    public var unavailable: Set<LocalDate>
    /// The areas whose forums this governor covers; nil for every area.
    public var areas: Set<Area.ID>?

    public init(id: ID, unavailable: Set<LocalDate> = [], areas: Set<Area.ID>? = nil) {
        self.id = id; self.unavailable = unavailable; self.areas = areas
    }

    /// Whether this governor covers `area`'s forums.
    public func covers(_ area: Area.ID) -> Bool { areas?.contains(area) ?? true }

    /// Whether this governor could attend a forum of `area` on `date` (nothing else that day).
    public func isFree(for area: Area.ID, on date: LocalDate) -> Bool { covers(area) && !unavailable.contains(date) }
}
