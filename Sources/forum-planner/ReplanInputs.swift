import Foundation
import PlanBook
import PlannerCore
import PlannerInput

/// The year as `plan` and `alternatives` plan it: the plan file, with the plan book's latest
/// version and the coordinator's moves since as pins, and the day of planning.
struct ReplanInputs {
    /// The problem with its pins, `today` and `stamp` set to the day of planning.
    let problem: PlanningProblem
    let today: LocalDate
    /// The book, when it exists (it is never made here).
    let book: PlanBook?
    let latest: PublishedVersion?
    let decisions: [Decision]

    /// Reads the plan file and, when it exists, the book.
    init(config: ConfigOptions, venues: VenueSourceOptions, options: BookOptions) throws {
        var problem = try config.load(venues: venues, published: nil)
        today = options.day
        let path = options.path(config: config.config)
        book = FileManager.default.fileExists(atPath: path) ? try options.open(config: config.config, problem: problem, create: false) : nil
        var latest: PublishedVersion?
        var decisions: [Decision] = []
        if let book {
            latest = try booked { try book.latest() }
            decisions = try booked { try book.decisions() }
        }
        self.latest = latest
        self.decisions = decisions
        problem.pins = PlanCommand.pins(published: latest?.schedule, moves: decisions.movePins(after: latest?.number ?? 0))
        problem.today = today
        problem.stamp = today
        self.problem = problem
    }

    /// The number of the version planned against (0 when none is published).
    var basedOn: Int { latest?.number ?? 0 }

    /// The forum `id`, refused (as `cancel` and `move` refuse it) when unknown, cancelled or already held.
    func forum(_ id: String) throws -> ForumID {
        let known = (1...max(problem.roundCount, 1)).flatMap { round in problem.areas.map { (id: problem.forumID(round: round, area: $0.id), area: $0) } }
        guard problem.roundCount > 0, let match = known.first(where: { $0.id.rawValue == id }) else {
            throw Failure.badInput("FORUM-ID: " + UnknownName.message(kind: "forum", name: id, known: known.map(\.id.rawValue).sorted()))
        }
        let forum = match.id
        let published = latest?.schedule.forum(forum)
        let pin = problem.pins.first { $0.forum == forum }
        let name = "\(match.area.name) forum"
        if published?.status == .cancelled || decisions.replanDecisions(after: basedOn).cancelled[forum] != nil {
            let date = (pin?.date ?? published?.meeting.date).map { ", \($0.uk)" } ?? ""
            throw Failure.badInput("FORUM-ID: \(id) (\(name)\(date)) is already cancelled")
        }
        if let pin, pin.date < today {
            throw Failure.badInput("FORUM-ID: \(id) (\(name), \(pin.date.uk)) was held before \(today.uk) and cannot change")
        }
        return forum
    }
}
