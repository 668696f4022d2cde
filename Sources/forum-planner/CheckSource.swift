import PlanBook
import PlannerCore
import PlannerInput

/// What the claims and notice checks read the year from: the plan book's latest published version
/// (the default), or a plan.json given with `--plan` for a one-off check.
struct CheckSource {
    /// How messages name it: the plan.json's path, or "version 3 in plan-book.sqlite".
    let name: String
    /// The forums that go ahead.
    let forums: [Meeting]
    /// The cancelled forums, with their details as last published, when and why (from the book only).
    let cancelled: [Meeting]
    let cancellations: [ForumID: Cancellation]
    /// The round events (committee, papers, newsletter, deadlines) that go ahead.
    let events: [RoundEvent]
    /// A plan.json's own list of cancelled forums, for the notice check without an earlier version.
    let cancelledPins: [Pin]
    /// The book, when read from it or given with `--book`.
    let book: PlanBook?
    /// The book's latest published version, when read from the book.
    let version: PublishedVersion?

    /// Reads `--plan FILE` when given (and the book only if `--book` is given too), else the book's
    /// latest published version.
    ///
    /// - Throws: `Failure.badInput` (exit 65) for a bad file or book, or a book with no published version.
    init(check: CheckOptions, bookOptions: BookOptions, config: ConfigOptions, problem: PlanningProblem) throws {
        if let plan = check.plan {
            let contents = try CheckOptions.loadPlan(plan, problem: problem)
            name = plan
            forums = contents.forums
            cancelled = []
            cancellations = [:]
            events = contents.events
            cancelledPins = contents.cancelled
            book = bookOptions.book == nil ? nil : try bookOptions.open(config: config.config, problem: problem, create: false)
            version = nil
            return
        }
        let book = try bookOptions.open(config: config.config, problem: problem, create: false)
        guard let latest = try booked({ try book.latest() }) else {
            throw Failure.badInput(
                "\(book.path): no version has been published yet (expected a book after `forum-planner publish`; or give --plan FILE to check a plan.json)")
        }
        let schedule = latest.schedule
        name = "version \(latest.number) in \(book.path)"
        forums = schedule.forums.filter { $0.status == .confirmed }.map(\.meeting)
        cancelled = schedule.forums.filter { $0.status == .cancelled }.map(\.meeting)
        cancellations = try Self.cancellations(in: latest, book: book)
        events = schedule.events.filter { $0.status == .confirmed }.map(\.event)
        cancelledPins = []
        self.book = book
        version = latest
    }

    /// When and why each cancelled forum of `latest` was cancelled: the coordinator's latest
    /// `cancel` decision for it, else the day of the first version that showed it cancelled.
    static func cancellations(in latest: PublishedVersion, book: PlanBook) throws -> [ForumID: Cancellation] {
        let cancelled = latest.schedule.forums.filter { $0.status == .cancelled }
        guard !cancelled.isEmpty else { return [:] }
        var decided: [ForumID: LocalDate] = [:]
        for d in try booked({ try book.decisions() }) where d.kind == .cancel { decided[d.forum] = d.decidedOn }
        var firstShown: [ForumID: LocalDate] = [:]
        for v in try booked({ try book.versions() }) {
            for f in v.schedule.forums where f.status == .cancelled && firstShown[f.meeting.id] == nil {
                firstShown[f.meeting.id] = v.publishedOn
            }
        }
        var result: [ForumID: Cancellation] = [:]
        for f in cancelled {
            let on = decided[f.meeting.id] ?? firstShown[f.meeting.id] ?? latest.publishedOn
            result[f.meeting.id] = Cancellation(on: on, reason: f.reason)
        }
        return result
    }
}
