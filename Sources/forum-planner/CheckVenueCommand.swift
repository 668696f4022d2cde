import ArgumentParser
import Foundation
import PlannerCore
import PlannerInput

/// `forum-planner check-venue VENUE-ID`: is this venue suitable for a forum, and if not, what is missing and what else would do?
struct CheckVenueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-venue",
        abstract: "Check a venue against a forum's access requirements, capacity, transport and date.",
        discussion: """
            Requirements: the venue serves the area; the trust's baseline features, the area's needs and --needs, \
            each confirmed as yes (unknown is never yes); capacity for the area's expected attendance; distance to \
            public transport; free on --date. Verdict: suitable, unsuitable (something not met) or unconfirmed \
            (nothing failed, something unknown: ask the venue). When not suitable, lists the other venues of the area \
            that would be. Exits 0 suitable, 1 unsuitable or unconfirmed, 64 usage (unknown id or feature, --forum \
            with --area, bad --date), 65 bad input file.
            """
    )

    @Argument(help: ArgumentHelp("The venue's id, e.g. linden-road-community-centre.", valueName: "venue-id"))
    var venue: String

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions

    @Option(
        name: .long,
        help: ArgumentHelp("Check for this forum: its area and round, e.g. 2027-r2-east-surrey.", valueName: "forum-id")
    )
    var forum: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Check for this area's forums, e.g. east-surrey (default: the venue's own area).", valueName: "area-id"))
    var area: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Extra features needed, comma-separated, e.g. calm_space,bsl_or_captioning_possible.", valueName: "list"))
    var needs: String?

    @Option(name: .long, help: ArgumentHelp("The venue must be free on this date.", valueName: "yyyy-mm-dd"))
    var date: String?

    @Flag(
        name: .long,
        help: "Print the report as JSON: venue, area, verdict, requirements (id, status, detail), alternatives.")
    var json = false

    func validate() throws {
        if forum != nil && area != nil { throw ValidationError("give --forum or --area, not both") }
        if let date, let problem = CommandLineValues.dateProblem(date) { throw ValidationError("--date: \(problem)") }
        for feature in CommandLineValues.features(needs ?? "") {
            if let problem = CommandLineValues.featureProblem(feature.id) {
                throw ValidationError("--needs: \(problem)")
            }
        }
    }

    func run() throws {
        try running {
            var problem = try config.load()
            problem.venues = try venueSource.venues(for: problem)
            let target: VenueCheckRequest.Target =
                forum.map { .forum($0) } ?? area.map { .area(Area.ID($0)) } ?? .venueAreas
            let request = VenueCheckRequest(
                venue: Venue.ID(venue), target: target, needs: CommandLineValues.features(needs ?? ""),
                date: date.flatMap { LocalDate(iso: $0) })
            let report: VenueReport
            do throws(VenueCheckError) {
                report = try VenueCheck.run(request, in: problem)
            } catch {
                throw usageFailure(Self.usageMessage(error), command: "check-venue")
            }
            if let problemText = Self.dateProblem(report, in: problem) {
                throw usageFailure(problemText, command: "check-venue")
            }
            Console.out(json ? try VenueReportJSON.text(report) : VenueReportText.render(report, problem: problem))
            if report.verdict != .suitable { throw ExitCode(Exit.checkFound) }
        }
    }

    /// Why `--date` cannot be a forum's date: not in the forum's round month (with `--forum`), or
    /// in none of the forum months; nil when it can, or when no date was given.
    static func dateProblem(_ report: VenueReport, in problem: PlanningProblem) -> String? {
        guard let date = report.date else { return nil }
        if let round = report.round {
            let month = problem.rounds.forumMonth(ofRound: round)
            guard date.yearMonth != month else { return nil }
            return "--date: \(date.uk) is not in \(month.name), the month of round \(round)'s forums (expected a date in \(month.name))"
        }
        guard !problem.rounds.forumMonths.contains(date.yearMonth) else { return nil }
        let months = problem.rounds.forumMonths.map(\.name)
        let list = months.count > 1 ? months.dropLast().joined(separator: ", ") + " or " + (months.last ?? "") : months.joined()
        return "--date: \(date.uk) is not in a forum month (expected a date in \(list))"
    }

    /// The core's error with close names suggested.
    static func usageMessage(_ error: VenueCheckError) -> String {
        switch error {
        case .unknownVenue(let name, let known):
            return CommandLineValues.unknownName(kind: "venue", name: name, known: known)
        case .unknownArea(let name, let known):
            return "--area: " + CommandLineValues.unknownName(kind: "area", name: name, known: known)
        case .unknownForum(let name, let known):
            return "--forum: " + CommandLineValues.unknownName(kind: "forum", name: name, known: known)
        case .unknownFeature(let name, _):
            return "--needs: " + (CommandLineValues.featureProblem(name) ?? error.description)
        case .eveningForum, .severalAreas: return error.description
        }
    }
}

/// The report as JSON, pretty-printed with sorted keys.
enum VenueReportJSON {
    struct Requirement: Encodable { let id: String, status: String, detail: String }
    struct Document: Encodable {
        let venue: String, area: String, forum: String?, date: String?, verdict: String
        let requirements: [Requirement], alternatives: [String]
    }

    static func text(_ report: VenueReport) throws -> String {
        let document = Document(
            venue: report.venue.id.rawValue, area: report.area.id.rawValue, forum: report.forum?.rawValue,
            date: report.date?.iso, verdict: report.verdict.rawValue,
            requirements: report.requirements.map {
                Requirement(id: $0.id, status: $0.status.rawValue, detail: $0.detail)
            },
            alternatives: report.alternatives.map(\.rawValue))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}

/// The report in plain English: one requirement a line, marked ✓ met, ✗ not met or ? unknown.
enum VenueReportText {
    static func render(_ report: VenueReport, problem: PlanningProblem) -> String {
        let context = RuleContext(problem)
        let venue = report.venue
        var lines = ["\(venue.name) (\(venue.id)), \(venue.address) \(venue.postcode)"]
        var purpose =
            report.forum.map { "For forum \($0): \(report.area.name), \(context.roundName(report.round ?? 0))" }
            ?? "For \(report.area.name) forums"
        if let date = report.date { purpose += ", on \(date.uk)" }
        lines.append(purpose + ":")
        if report.modeInRound == .virtual, let round = report.round {
            lines.append("Note: the rotation table has this forum online in round \(round), so it needs no venue.")
        }
        for r in report.requirements {
            let mark = r.status == .met ? "✓" : r.status == .unmet ? "✗" : "?"
            lines.append("  \(mark) \(r.detail)")
        }
        switch report.verdict {
        case .suitable: lines.append("Verdict: suitable.")
        case .unsuitable:
            let count = report.unmet.count
            lines.append("Verdict: unsuitable: \(count) requirement\(count == 1 ? "" : "s") not met (marked ✗).")
            if !report.unknown.isEmpty {
                lines.append("Also ask the venue about \(list(report.unknown.map(askAbout))).")
            }
        case .unconfirmed:
            lines.append("Verdict: unconfirmed: ask the venue about \(list(report.unknown.map(askAbout))).")
        }
        if report.verdict != .suitable {
            if report.alternatives.isEmpty {
                lines.append("No other venue in \(report.area.name) meets these requirements.")
            } else {
                let names = report.alternatives.map { "\(context.venueName($0)) (\($0))" }
                lines.append("Other venues in \(report.area.name) that would do: \(names.joined(separator: ", ")).")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// What to ask about an unknown requirement, e.g. "a calm space".
    static func askAbout(_ r: VenueRequirements.Result) -> String {
        if r.id.hasPrefix("feature:") { return Feature(String(r.id.dropFirst("feature:".count))).plainName }
        if r.id == "transport" { return "the distance to the nearest bus stop or station" }
        return r.detail
    }

    /// "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
