import PlannerCore

/// Everything the pages are made from: one published version of the year's plan, with the forums
/// that have moved or been cancelled since they were first announced.
///
/// Plain values only: `forum-planner publish` (and `plan --out`) fill it from the schedule of the
/// version, through `init(schedule:problem:publishedOn:newChanges:changedOn:)`. Nothing here
/// may hold personal data: reasons are written for attendees.
public struct SiteInput: Sendable {
    /// The plan file's problem: forum and trust names, areas, venues, notice, joining, base address.
    public var problem: PlanningProblem
    /// Every planned forum of the year.
    public var forums: [Meeting]
    /// Forums moved or cancelled since first announced, with the reason and the date of the change.
    public var changes: [ForumChange]
    /// The date this version is published: the next round is the first with a forum on or after it.
    public var publishedOn: LocalDate
    /// The forums whose change this version makes (since the previous version): the newsletter
    /// lists these as the changes since the last newsletter. Nil when there is no previous version,
    /// so the newsletter lists every change since the forums were first announced.
    public var newChanges: Set<ForumID>?
    /// Area names by id, for forums of areas no longer in the plan file (as a schedule keeps them).
    public var areaNames: [Area.ID: String] = [:]

    public init(
        problem: PlanningProblem, forums: [Meeting], changes: [ForumChange] = [], publishedOn: LocalDate,
        newChanges: Set<ForumID>? = nil
    ) {
        self.problem = problem; self.forums = forums; self.changes = changes; self.publishedOn = publishedOn
        self.newChanges = newChanges
    }

    /// The input of a schedule (a published version of the plan book, or a draft): its confirmed
    /// forums, and its forums cancelled or moved since first announced, with their reasons.
    ///
    /// - Parameters:
    ///   - changedOn: the day each change was published, by forum; a change not listed is dated
    ///     `publishedOn`.
    ///   - newChanges: the forums this version changes, as `SiteInput.newChanges`.
    public init(
        schedule: Schedule, problem: PlanningProblem, publishedOn: LocalDate, newChanges: Set<ForumID>? = nil,
        changedOn: [ForumID: LocalDate] = [:]
    ) {
        var changes: [ForumChange] = []
        for forum in schedule.forums {
            let m = forum.meeting
            let date = changedOn[m.id] ?? publishedOn
            if forum.status == .cancelled {
                changes.append(ForumChange(
                    forum: m.id, area: m.area, round: m.round, kind: .cancelled, previous: Announcement(m),
                    reason: forum.reason, changedOn: date))
            } else if let first = forum.firstAnnounced, !first.matches(m) {
                changes.append(ForumChange(
                    forum: m.id, area: m.area, round: m.round, kind: .moved, previous: first, reason: forum.reason,
                    changedOn: date))
            }
        }
        self.init(
            problem: problem, forums: schedule.forums.filter { $0.status == .confirmed }.map(\.meeting), changes: changes,
            publishedOn: publishedOn, newChanges: newChanges)
        areaNames = Dictionary(schedule.forums.map { ($0.meeting.area, $0.areaName) }, uniquingKeysWith: { first, _ in first })
    }

    /// The input of a plan on its own (no plan book), as its calendars show it: forums moved from
    /// the problem's pins and the plan's cancelled forums, with the planner's plain reasons, all
    /// dated `publishedOn` (default: the plan file's stamp date).
    public init(plan: Plan, problem: PlanningProblem, publishedOn: LocalDate? = nil) {
        self.init(
            schedule: Replan.schedule(of: plan, context: RuleContext(problem)), problem: problem,
            publishedOn: publishedOn ?? problem.stamp)
    }
}

/// A forum that moved or was cancelled after it was first announced.
public struct ForumChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The forum still takes place, at another date, time, place or mode (its new details are in the plan).
        case moved
        /// The forum does not take place.
        case cancelled
    }

    public var forum: ForumID
    /// The forum's area and round (the area may since have left the plan file).
    public var area: Area.ID
    public var round: Int
    public var kind: Kind
    /// The forum as it was first announced: date, start, mode and venue (for a cancelled forum,
    /// the details it had).
    public var previous: Announcement
    /// Why, in plain words for attendees (for example "The venue has closed for repairs."); nil when not recorded.
    public var reason: String?
    /// The day the change was made.
    public var changedOn: LocalDate

    public init(
        forum: ForumID, area: Area.ID, round: Int, kind: Kind, previous: Announcement, reason: String?,
        changedOn: LocalDate
    ) {
        self.forum = forum; self.area = area; self.round = round; self.kind = kind; self.previous = previous
        self.reason = reason; self.changedOn = changedOn
    }
}
