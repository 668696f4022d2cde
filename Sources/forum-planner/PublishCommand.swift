import ArgumentParser
import Foundation
import PlanBook
import PlannerCore

/// `forum-planner publish`: turns the draft into the next published version and replaces the
/// public set (plan.json, calendars, changes.txt) as a whole.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish the draft as the next version and write the public files as one set.",
        discussion: """
            The files are written to a new folder beside DIR, flushed to disk, then swapped with DIR in one step, so \
            readers see the old set or the new one, never a mix; the book records the version in the same step. \
            If nothing has changed since the last version, nothing is written; with --refresh, the files are \
            written again as a new version (after an update of forum-planner changed the pages' wording or layout).
            Exits 0 when published or when nothing changed, 65 for a bad input file or book, or without a draft; 73 when the files cannot be written.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions
    @OptionGroup var bookOptions: BookOptions

    @Option(name: .long, help: ArgumentHelp(
        "Folder for the public files (default: Calendars/ for the default plan file, else Calendars/ next to the plan file).",
        valueName: "dir"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("A note for this version, shown by `history`.", valueName: "text"))
    var note: String = ""

    @Flag(name: .long, help: "Write the files again as a new version even when no forum has changed (after an update of forum-planner). Needs a draft: run `plan` first.")
    var refresh = false

    func validate() throws { try PathValidation.check(out, option: "--out", kind: .folder) }

    func run() throws {
        try running {
            var problem = try config.load(venues: venueSource, published: nil)
            let book = try bookOptions.open(config: config.config, problem: problem, create: false)
            let latest = try booked { try book.latest() }
            let folder = out ?? Self.defaultFolder(config: config.config)
            guard let draft = try booked({ try book.draft() }) else {
                guard let latest, !refresh else {
                    throw Failure.badInput("\(book.path): there is no draft to publish (expected `forum-planner plan` first)")
                }
                try booked { try book.tidy(FileSet(folder: folder)) }
                Console.out("Nothing has changed since version \(latest.number), published \(latest.publishedOn.uk): nothing was planned, cancelled or moved since; no files written.")
                return
            }
            let number = latest?.number ?? 0
            guard draft.basedOn == number else {
                throw Failure.badInput("\(book.path): the draft was planned against version \(draft.basedOn), but version \(number) has been published since (expected `forum-planner plan` again first)")
            }
            let today = bookOptions.day
            problem.today = today
            problem.stamp = today
            let context = RuleContext(problem)
            let kept = Publishing.kept(draft.schedule, latest: latest, today: today)
            if let late = Publishing.passed(draft.schedule, kept: kept, today: today).first {
                throw Failure.badInput(
                    "\(book.path): the draft, planned on \(draft.madeOn.uk), has the \(late.title) on \(late.meeting.date.uk), "
                        + "which is before today (\(today.uk)), and that is not what was published "
                        + "(expected `forum-planner plan --today \(today)` again first, to plan from today)")
            }
            let fingerprints = try Publishing.fingerprints(draft.schedule, problem: problem, kept: kept, planFile: config.config)
            if let latest, latest.fingerprints == fingerprints, !refresh {
                try booked { try book.tidy(FileSet(folder: folder)) }
                Console.out("Nothing has changed since version \(latest.number), published \(latest.publishedOn.uk); no files written.")
                return
            }
            let schedule = draft.schedule.numbered(fingerprints: fingerprints, previous: latest?.published ?? [:])
            let changes = schedule.changes(since: latest?.schedule)
            let earlier = try booked { try book.versions() }
            let publication = PlanJSON.Publication(
                version: number + 1, publishedOn: today, note: note,
                changes: (earlier.reversed().flatMap { v in v.changes.map { (v.number, v.publishedOn, $0) } }).reversed()
                    + changes.map { (number + 1, today, $0) })
            let summary = PlanJSON.Summary.read(draft.planJSON)
            let input = PublicFiles.Input(
                schedule: schedule, summary: summary, publication: publication, context: context, kept: kept, inputs: [config.config],
                newChanges: latest == nil ? nil : Set(changes.filter { $0.kind != .added }.map(\.forum)))
            let files = try PublicFiles.files(input)
            let planJSON = files.first { $0.name == "plan.json" }?.contents ?? draft.planJSON
            let version = PublishedVersion(
                number: number + 1, publishedOn: today, note: note, planJSON: planJSON, planFileHash: draft.planFileHash,
                schedule: schedule, fingerprints: fingerprints,
                shown: try Publishing.shown(schedule, problem: problem, kept: kept, planFile: config.config),
                changes: changes)
            try booked { try book.publish(version, files: files, into: FileSet(folder: folder)) }
            let what = latest == nil ? "first publication, \(schedule.forums.count) forums"
                : Self.count(changes) + (changes.isEmpty && refresh ? ", the files written again" : "")
            Console.out("Published version \(number + 1) on \(today.uk): \(what).")
            for change in changes { Console.out("  - \(change.text)") }
            Console.out("Wrote \(files.count) files to \(folder)/.")
            if problem.publishing.baseURL == PublishingSettings.defaultBaseURL { Console.out(SiteOutput.placeholderNote) }
        }
    }

    /// "3 forums changed", "no forum changed" or "first publication".
    static func count(_ changes: [ScheduleChange]) -> String {
        switch changes.count {
        case 0: return "no forum changed"
        case 1: return "1 forum changed"
        default: return "\(changes.count) forums changed"
        }
    }

    /// Where `publish` writes without `--out`: this repository's `Calendars/` for the default plan
    /// file, else a `Calendars` folder next to the plan file, so that another trust's year never
    /// overwrites these calendars.
    static func defaultFolder(config: String) -> String {
        guard config != ConfigOptions.defaultPath else { return "Calendars" }
        let parent = (config as NSString).deletingLastPathComponent
        return parent.isEmpty ? "Calendars" : (parent as NSString).appendingPathComponent("Calendars")
    }
}
