import PlannerCore

/// Everything the pages are made from: one published version of the year's plan, with the forums
/// that have moved or been cancelled since they were first announced.
///
/// Plain values only, so that `forum-planner plan` fills it from a plan and the published plan's
/// pins, and `publish` from the plan book. Nothing here may hold personal data: reasons are
/// written for attendees.
public struct SiteInput: Sendable {
    /// The plan file's problem: forum and trust names, areas, venues, notice, joining, base address.
    public var problem: PlanningProblem
    /// Every planned forum of the year.
    public var forums: [Meeting]
    /// Forums moved or cancelled since first announced, with the reason and the date of the change.
    public var changes: [ForumChange]
    /// The date this version is published: the next round is the first with a forum on or after it.
    public var publishedOn: LocalDate
    /// The date of the previous published version: the newsletter lists the changes made after
    /// it. Nil when there is none, so every change is listed.
    public var previousVersionOn: LocalDate?

    public init(
        problem: PlanningProblem, forums: [Meeting], changes: [ForumChange] = [], publishedOn: LocalDate,
        previousVersionOn: LocalDate? = nil
    ) {
        self.problem = problem; self.forums = forums; self.changes = changes; self.publishedOn = publishedOn
        self.previousVersionOn = previousVersionOn
    }

    /// The input for a freshly planned year: the plan's forums, its published forums that moved
    /// (from the problem's pins) and those cancelled, all dated `publishedOn` (default: the plan's
    /// stamp date) and with no reason, as the plan does not record one for attendees.
    public init(plan: Plan, problem: PlanningProblem, publishedOn: LocalDate? = nil) {
        self.init(problem: problem, planned: plan.forums.map(\.meeting), cancelled: plan.cancelled, publishedOn: publishedOn)
    }

    /// As `init(plan:problem:publishedOn:)`, from the planned forums and the cancelled pins (as
    /// `plan.json` holds them).
    public init(problem: PlanningProblem, planned forums: [Meeting], cancelled: [Pin], publishedOn: LocalDate? = nil) {
        let date = publishedOn ?? problem.stamp
        let pins = Dictionary(problem.pins.map { ($0.forum, $0) }, uniquingKeysWith: { first, _ in first })
        var changes: [ForumChange] = []
        for forum in forums {
            if let pin = pins[forum.id], ForumText.hasChanged(pin: pin, meeting: forum) {
                changes.append(ForumChange(forum: pin.forum, kind: .moved, previous: pin, reason: nil, changedOn: date))
            }
        }
        changes += cancelled.map { ForumChange(forum: $0.forum, kind: .cancelled, previous: $0, reason: nil, changedOn: date) }
        self.init(problem: problem, forums: forums, changes: changes, publishedOn: date)
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
    public var kind: Kind
    /// The forum as it was first announced: date, start, mode and venue.
    public var previous: Pin
    /// Why, in plain words for attendees (for example "The venue has closed for repairs."); nil when not recorded.
    public var reason: String?
    /// The day the change was made.
    public var changedOn: LocalDate

    public init(forum: ForumID, kind: Kind, previous: Pin, reason: String?, changedOn: LocalDate) {
        self.forum = forum; self.kind = kind; self.previous = previous; self.reason = reason; self.changedOn = changedOn
    }
}
