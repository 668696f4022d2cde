/// One change to a forum between two published versions, in plain English for attendees.
public struct ScheduleChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable { case added, moved, cancelled }
    public var forum: ForumID
    public var kind: Kind
    /// e.g. "East Surrey forum: was Tue 14 Sep 2027 at 10:00, in person at Linden Road Community
    /// Centre; now Fri 17 Sep 2027 at 10:00, online, because the venue is no longer available that day."
    public var text: String
    public init(forum: ForumID, kind: Kind, text: String) { self.forum = forum; self.kind = kind; self.text = text }
}

extension Schedule {
    /// The forums added, moved (date, time, mode or venue) or cancelled since `previous`, in date
    /// order; none for a first publication.
    public func changes(since previous: Schedule?) -> [ScheduleChange] {
        guard let previous else { return [] }
        let before = Dictionary(previous.forums.map { ($0.meeting.id, $0) }, uniquingKeysWith: { a, _ in a })
        var result: [ScheduleChange] = []
        for forum in forums {
            let m = forum.meeting
            let because = forum.reason.map { ", because \(Schedule.clause($0))" } ?? ""
            guard let old = before[m.id] else {
                let kind: ScheduleChange.Kind = forum.status == .cancelled ? .cancelled : .added
                let text = kind == .added
                    ? "\(forum.title) added: \(forum.details)."
                    : "\(forum.title), \(forum.details): cancelled\(because)."
                result.append(ScheduleChange(forum: m.id, kind: kind, text: text))
                continue
            }
            if forum.status == .cancelled && old.status == .confirmed {
                result.append(ScheduleChange(forum: m.id, kind: .cancelled, text: "\(forum.title), \(old.details): cancelled\(because)."))
            } else if forum.status == .confirmed && !Announcement(old.meeting).matches(m) {
                result.append(ScheduleChange(
                    forum: m.id, kind: .moved, text: "\(forum.title): was \(old.details); now \(forum.details)\(because)."))
            }
        }
        return result
    }

    /// A reason as a clause to follow "because": trimmed, without its final full stop.
    public static func clause(_ reason: String) -> String {
        var text = Substring(reason)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace || last == "." { text.removeLast() }
        return String(text)
    }

    /// The schedule with every SEQUENCE set against the previous published version: an event
    /// whose fingerprint (what a calendar shows of it) is unchanged keeps its sequence, a changed
    /// one goes up by one, a new one starts at 0. Keys are forum and staff event ids.
    public func numbered(fingerprints: [String: String], previous: [String: (sequence: Int, fingerprint: String)]) -> Schedule {
        func next(_ id: String) -> Int {
            guard let old = previous[id] else { return 0 }
            return fingerprints[id] == old.fingerprint ? old.sequence : old.sequence + 1
        }
        var result = self
        for i in result.forums.indices { result.forums[i].sequence = next(result.forums[i].meeting.id.rawValue) }
        for i in result.events.indices { result.events[i].sequence = next(result.events[i].event.id) }
        return result
    }
}
