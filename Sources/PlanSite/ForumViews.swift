import Foundation
import PlannerCore

/// The block of facts of each forum, planned or cancelled, and the note of each change.
struct ForumViews {
    let input: SiteInput
    let areas: [Area.ID: Area]
    let venues: [Venue.ID: Venue]
    let dates: RoundDates

    var problem: PlanningProblem { input.problem }

    /// A planned forum; `moved` is its change when it moved since first announced.
    func forum(_ m: Meeting, moved: ForumChange?) -> ForumView {
        let area = areas[m.area]
        let areaName = area?.name ?? m.area.rawValue
        let venue = m.mode == .inPerson ? m.venue.flatMap { venues[$0] } : nil
        let inPerson = m.mode == .inPerson
        let month = problem.rounds.forumMonth(ofRound: m.round).name
        return ForumView(
            anchor: SiteBuilder.anchor(round: m.round, area: m.area.rawValue), areaName: areaName,
            areaPage: m.area.rawValue + ".html",
            heading: "\(areaName): \(m.mode.plainName)", areaHeading: "\(month): \(m.mode.plainName)",
            when: Self.when(m.date, m.start, m.end), date: m.date.ukLong, start: m.start.description,
            end: m.end.description, mode: Self.capitalised(m.mode.plainName), modeLower: m.mode.plainName,
            isOnline: !inPerson, isInPerson: inPerson, isCancelled: false,
            place: inPerson ? (venue.map(ForumText.place) ?? Self.capitalised(ForumText.venueToFollow)) : nil,
            venueName: venue?.name.nonEmptyTrimmed, venueAddress: venue.flatMap(Self.address),
            gettingThere: venue.map(ForumText.transport),
            travelNotes: inPerson ? ForumText.travelNotes(problem, venue: venue).map { Note(label: $0.label, text: $0.text) } : [],
            access: venue.map { v in
                ForumText.accessGroups(problem, area: area, venue: v).map { AccessGroup(label: $0.label, features: $0.features) }
            } ?? [],
            onlineSteps: inPerson ? [] : onlineSteps(),
            interpreterBooked: area?.needsInterpreter == true,
            interpreterBy: dates.interpreterRequestDeadline(forForumOn: m.date).ukLong,
            formatBy: dates.alternativeFormatDeadline(forForumOn: m.date).ukLong,
            change: moved.map { note($0, now: m) })
    }

    /// A cancelled forum, with the details it had and its note.
    func cancelled(_ change: ForumChange) -> ForumView {
        let pin = change.previous
        let area = areas[change.area]
        let areaName = name(of: change.area)
        let month = problem.rounds.forumMonth(ofRound: change.round).name
        let end = pin.start.adding(minutes: ForumText.format(problem, area: area, mode: pin.mode).minutes)
        return ForumView(
            anchor: SiteBuilder.anchor(round: change.round, area: change.area.rawValue),
            areaName: areaName, areaPage: area.map { $0.id.rawValue + ".html" } ?? "index.html",
            heading: "\(areaName): cancelled", areaHeading: "\(month): cancelled",
            when: Self.when(pin.date, pin.start, end), date: pin.date.ukLong, start: pin.start.description,
            end: end.description, mode: "Cancelled", modeLower: "cancelled",
            isOnline: false, isInPerson: false, isCancelled: true, place: nil, venueName: nil, venueAddress: nil,
            gettingThere: nil, travelNotes: [], access: [], onlineSteps: [], interpreterBooked: false,
            interpreterBy: "", formatBy: "", change: note(change, now: nil))
    }

    /// The note of a change: its kind and date, the forum as first announced, where a moved
    /// forum (`now`) is now, the reason.
    func note(_ change: ForumChange, now: Meeting?) -> ChangeNote {
        let pin = change.previous
        let place = pin.mode == .inPerson ? pin.venue.flatMap { venues[$0]?.name.nonEmptyTrimmed } : nil
        return ChangeNote(
            isMoved: change.kind == .moved, isCancelled: change.kind == .cancelled,
            changedOn: change.changedOn.ukLong, previousWhen: "\(pin.date.ukLong) at \(pin.start)",
            previousMode: pin.mode.plainName, previousPlace: place,
            now: change.kind == .moved ? now.map(whenAndWhere) : nil,
            reason: change.reason?.nonEmptyTrimmed.map { Self.capitalised(ForumText.sentence($0)) })
    }

    /// "Wednesday 8 September 2027, 10:00 to 13:00, in person at Lynchford Rooms" or "…, online".
    func whenAndWhere(_ m: Meeting) -> String {
        let place = m.mode == .inPerson ? m.venue.flatMap { venues[$0]?.name.nonEmptyTrimmed } : nil
        return Self.when(m.date, m.start, m.end) + ", \(m.mode.plainName)" + (place.map { " at \($0)" } ?? "")
    }

    /// The name of an area: from the plan file, else as the schedule kept it, else its id in words
    /// ("old-area" gives "Old area"), never the id itself.
    func name(of id: Area.ID) -> String {
        if let area = areas[id] { return area.name }
        if let name = input.areaNames[id], name != id.rawValue { return name }
        return Self.capitalised(String(id.rawValue.map { $0 == "-" || $0 == "_" ? " " : $0 }))
    }

    /// The steps for joining online, with the joining link as a link.
    func onlineSteps() -> [LinkedText] {
        let url = problem.joining.url.nonEmptyTrimmed
        return ForumText.onlineSteps(problem).map { LinkedText.split($0, around: url) }
    }

    /// "Tuesday 8 June 2027, 10:15 to 12:15"
    static func when(_ date: LocalDate, _ start: TimeOfDay, _ end: TimeOfDay) -> String {
        "\(date.ukLong), \(start) to \(end)"
    }

    /// The venue's address and postcode, or nil when neither is recorded.
    static func address(_ venue: Venue) -> String? {
        [venue.address, venue.postcode].map(\.trimmingWhitespace).filter { !$0.isEmpty }.joined(separator: ", ")
            .nonEmptyTrimmed
    }

    /// `text` with its first letter in capitals: "online" gives "Online".
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}

extension LinkedText {
    /// `text` split around the first occurrence of `url` (made a link to itself), or the whole
    /// text with no link when `url` is nil or not in it.
    static func split(_ text: String, around url: String?) -> LinkedText {
        guard let url, let range = text.range(of: url) else {
            return LinkedText(before: text, link: nil, after: "", plain: text)
        }
        return LinkedText(
            before: String(text[..<range.lowerBound]), link: Link(text: url, href: url),
            after: String(text[range.upperBound...]), plain: text)
    }
}
