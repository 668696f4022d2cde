import ArgumentParser
import Foundation
import PlanBook
import PlannerCore
import PlannerInput

/// What `cancel` and `move` share: the book, the draft to change (the last version's schedule
/// when there is no draft) and the forum the coordinator named.
struct BookDraft {
    let book: PlanBook
    let latest: PublishedVersion?
    var draft: Draft
    let problem: PlanningProblem
    let today: LocalDate

    /// Opens the book (which must exist) and finds the draft to change.
    init(config: ConfigOptions, venues: VenueSourceOptions, options: BookOptions) throws {
        var problem = try config.load(venues: venues, published: nil)
        today = options.day
        problem.today = today
        book = try options.open(config: config.config, problem: problem, create: false)
        let book = self.book
        latest = try booked { try book.latest() }
        let number = latest?.number ?? 0
        if let draft = try booked({ try book.draft() }), draft.basedOn == number {
            self.draft = draft
        } else if let latest {
            draft = Draft(madeOn: today, basedOn: number, planJSON: latest.planJSON, planFileHash: latest.planFileHash, schedule: latest.schedule)
        } else {
            throw Failure.badInput("\(book.path): has no draft and no published version (expected `forum-planner plan` first)")
        }
        problem.pins = draft.schedule.pins
        self.problem = problem
    }

    /// The index of the forum `id` in the draft, refused when unknown, cancelled or already held.
    func index(of id: String) throws -> Int {
        guard let i = draft.schedule.forums.firstIndex(where: { $0.meeting.id.rawValue == id }) else {
            let known = draft.schedule.forums.map(\.meeting.id.rawValue).sorted()
            throw Failure.badInput("FORUM-ID: " + UnknownName.message(kind: "forum", name: id, known: known))
        }
        let forum = draft.schedule.forums[i]
        if forum.status == .cancelled {
            throw Failure.badInput("FORUM-ID: \(id) (\(forum.areaName) forum, \(forum.meeting.date.uk)) is already cancelled")
        }
        if forum.meeting.date < today {
            throw Failure.badInput("FORUM-ID: \(id) (\(forum.areaName) forum, \(forum.meeting.date.uk)) was held before \(today.uk) and cannot change")
        }
        return i
    }

    /// Records the decision with the changed draft (staff events derived again), in one transaction.
    mutating func record(_ decision: Decision) throws {
        draft.schedule = Replan.rederiveEvents(draft.schedule, published: latest?.schedule, today: today, context: RuleContext(problem))
        draft.madeOn = today
        let (book, draft) = (self.book, self.draft)
        try booked { try book.record(decision, draft: draft) }
    }
}

/// `--reason TEXT`, shared by `cancel` and `move`: why, in a few plain words for attendees.
struct ReasonOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Why, in a few plain words for attendees (it follows \"because\").", valueName: "text"))
    var reason: String

    /// The reason without surrounding spaces; an empty one is a usage error.
    func checked() throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ValidationError("--reason: is empty (expected a short reason for attendees, e.g. \"the venue has flooded\")") }
        return trimmed
    }
}
