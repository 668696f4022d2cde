import ArgumentParser
import Foundation
import PlanBook
import PlannerCore
import PlannerInput

/// `forum-planner plan`: plans the year against the latest published version in the plan book,
/// stores the result as the draft and prints it; with `--out`, writes the draft's files for review.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the year against the last published version, keep it as the draft and print it.",
        discussion: """
            Forums before --today are history and never change. A published forum keeps its date, time, mode and venue \
            unless it has become impossible; then it moves no earlier than --today, and if it can, not under the short \
            notice. A forum not yet published is planned no earlier than --today plus the minimum notice. \
            `forum-planner publish` publishes the draft.
            Exits 0 with a plan, 3 when no plan meets every hard rule (the reasons are printed), 65 for a bad input file or book, \
            70 when the plan fails the planner's own check (a bug: nothing is written).
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions
    @OptionGroup var bookOptions: BookOptions

    @Option(name: .long, help: ArgumentHelp("Also write the draft's plan.json, calendars, changes.txt and pages to this folder, for review.", valueName: "dir"))
    var out: String?

    @Option(name: .long, help: "Stop the search after this many nodes (the plan is then marked feasible, with a lower bound).")
    var nodeBudget: Int = 2_000_000

    @OptionGroup var mip: MIPOptions

    @Flag(name: .long, help: "Print the plan as JSON instead of a table.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Seconds a solve runs before its progress is shown on standard error.", visibility: .hidden))
    var progressAfter: Double = 1

    @Option(name: .long, help: ArgumentHelp("Testing only: add N to the total the search claims, so its self-check must fail.", visibility: .hidden))
    var testingClaimOffset = 0

    func validate() throws {
        try PathValidation.check(out, option: "--out", kind: .folder)
        guard progressAfter >= 0 else { throw ValidationError("--progress-after must be 0 or more, not \(progressAfter)") }
        guard nodeBudget >= 1 else { throw ValidationError("--node-budget must be at least 1, not \(nodeBudget)") }
    }

    func run() throws {
        try running {
            // A book that does not exist yet is made only when there is a draft to keep, so a run
            // that ends without a plan (exit 3) leaves nothing behind.
            let year = try ReplanInputs(config: config, venues: venueSource, options: bookOptions)
            let (problem, today, existing, latest, decisions, basedOn) = (year.problem, year.today, year.book, year.latest, year.decisions, year.basedOn)
            let context = RuleContext(problem)
            var options = mip.applied(to: SolverOptions(nodeBudget: nodeBudget))
            options.testingClaimOffset = testingClaimOffset
            let progress = SolveProgress(interval: progressAfter)
            options.progress = progress.handler
            let outcome = Planner.plan(problem, options: options)
            progress.finish(outcome, nodeBudget: nodeBudget)
            switch outcome {
            case .infeasible(let why):
                Console.error(InfeasibilityText.render(why, context: context))
                throw ExitCode(Exit.noPlan)
            case .internalError(let failure):
                Console.error("Internal error: the planner's own check of its plan failed: \(failure). No files were written. This is a bug in forum-planner: please report it, with the plan file.")
                throw ExitCode(Exit.internalError)
            case .planned(let plan):
                let draft = Replan.draft(
                    plan: plan, published: latest?.schedule, decisions: decisions.replanDecisions(after: basedOn), today: today,
                    context: context)
                let kept = Publishing.kept(draft, latest: latest, today: today)
                let numbered = try Publishing.numbered(draft, against: latest, problem: problem, kept: kept, planFile: config.config)
                let summary = PlanJSON.Summary(plan)
                let jsonText = try PlanJSON.text(numbered, summary: summary, publication: nil, context: context)
                let book = try existing ?? bookOptions.open(config: config.config, problem: problem, create: true)
                try booked {
                    try book.saveDraft(Draft(
                        madeOn: today, basedOn: basedOn, planJSON: jsonText, planFileHash: try config.planFileHash(), schedule: draft))
                }
                var written = 0
                if let out {
                    let files = try PublicFiles.files(.init(
                        schedule: numbered, summary: summary, publication: nil, context: context, kept: kept, inputs: [config.config],
                        newChanges: latest.map { version in
                            Set(numbered.changes(since: version.schedule)
                                .filter { $0.kind != .added }.map(\.forum))
                        }))
                    try booked { try FileSet(folder: out).replace(with: files) }
                    written = files.count
                }
                if json {
                    print(jsonText, terminator: "")
                } else {
                    Console.out(PlanTable.render(plan, context: context))
                    let notes = ScheduleText.draftNotes(numbered, published: latest, context: context)
                    if !notes.isEmpty { Console.out(notes) }
                    Console.out("Draft saved in \(book.path) (planned on \(today.uk), against \(basedOn == 0 ? "no published version" : "version \(basedOn)")); `forum-planner publish` publishes it.")
                    if let out { Console.out("Wrote \(written) files to \(out)/ for review.") }
                }
                if let part = plan.proof.parts.first(where: { $0.groupSearchSteppedAside != nil }), let aside = part.groupSearchSteppedAside {
                    let planner = part.method == .branchAndBound ? "the slower forum-by-forum search" : part.mip?.solver ?? "another search"
                    Console.error("Note: the group search stepped aside (\(aside)); \(planner) planned that part.")
                }
            }
        }
    }

    /// The published forums (cancelled ones too, so that they keep their place) as pins, with the
    /// coordinator's moves since the last publication in place of their published details.
    static func pins(published: Schedule?, moves: [Pin]) -> [Pin] {
        let moved = Dictionary(moves.map { ($0.forum, $0) }, uniquingKeysWith: { a, _ in a })
        let all = (published?.forums ?? []).map { f in
            Pin(forum: f.meeting.id, date: f.meeting.date, start: f.meeting.start, mode: f.meeting.mode, venue: f.meeting.venue, sequence: f.sequence)
        }
        var pins = all.map { moved[$0.forum] ?? $0 }
        let known = Set(pins.map(\.forum))
        pins += moves.filter { !known.contains($0.forum) }
        return pins
    }
}

/// Why there is no plan, in plain English.
enum InfeasibilityText {
    static func render(_ why: Infeasibility, context: RuleContext) -> String {
        var lines = [why.proven ? "No plan meets every hard rule." : "No plan was found."]
        for c in why.conflicts {
            let rules = c.rules.isEmpty ? "" : " [\(c.rules.map(\.rawValue).joined(separator: ", "))]"
            lines.append("- \(c.message)\(rules)")
        }
        return lines.joined(separator: "\n")
    }
}
