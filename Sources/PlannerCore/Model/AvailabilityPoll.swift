/// The counts of an attendee availability poll (as Rallly or Doodle export it, names removed):
/// for a round, an area and a date, and optionally a start time, how many answered yes, if need
/// be, and no. Counts only: the poll holds no names or contacts.
public struct AvailabilityPoll: Sendable, Hashable {
    /// One answer row: a round, an area, a date, perhaps a start time, and its counts.
    public struct Row: Sendable, Hashable {
        public var round: Int
        public var area: Area.ID
        public var date: LocalDate
        /// Nil: the counts apply to every start time that day.
        public var start: TimeOfDay?
        public var yes: Int
        public var ifNeedBe: Int
        public var no: Int
        public init(round: Int, area: Area.ID, date: LocalDate, start: TimeOfDay?, yes: Int, ifNeedBe: Int, no: Int) {
            self.round = round; self.area = area; self.date = date; self.start = start
            self.yes = yes; self.ifNeedBe = ifNeedBe; self.no = no
        }
    }

    private struct Key: Hashable {
        var round: Int
        var area: Area.ID
        var date: LocalDate
        var start: TimeOfDay?
    }

    /// The rows, in the order given.
    public let rows: [Row]
    private let byKey: [Key: Row]

    /// Rows with the same round, area, date and start must not repeat (the reader refuses them);
    /// here the first one counts.
    public init(rows: [Row] = []) {
        self.rows = rows
        var byKey: [Key: Row] = [:]
        for row in rows {
            let key = Key(round: row.round, area: row.area, date: row.date, start: row.start)
            if byKey[key] == nil { byKey[key] = row }
        }
        self.byKey = byKey
    }

    public var isEmpty: Bool { rows.isEmpty }

    /// The row for a forum held at `start` on `date`: the row for that start time if there is one,
    /// else the row for the whole day; nil when the poll did not ask about it.
    public func answers(round: Int, area: Area.ID, date: LocalDate, start: TimeOfDay) -> Row? {
        byKey[Key(round: round, area: area, date: date, start: start)] ?? byKey[Key(round: round, area: area, date: date, start: nil)]
    }
}
