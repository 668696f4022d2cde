import ArgumentParser
import Foundation
import PlannerCore
import PlannerInput

/// `forum-planner venues`: every venue with its areas, capacity and a one-line access summary.
struct VenuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "venues",
        abstract: "List the venues with their areas, capacity and a one-line access summary.",
        discussion: """
            The summary shows the trust's baseline features and the needs of the venue's areas, each yes, no or \
            unknown (unknown is never yes), then the distance to public transport. Exits 0, 64 for an unknown \
            --area, 65 for a bad input file.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var venueSource: VenueSourceOptions

    @Option(
        name: .long, help: ArgumentHelp("Only the venues serving this area, e.g. east-surrey.", valueName: "area-id"))
    var area: String?

    @Flag(
        name: .long,
        help: "Print the venues as JSON: id, name, areas, capacity, metres_to_transport, features, summary.")
    var json = false

    func run() throws {
        try running {
            var problem = try config.load()
            problem.venues = try venueSource.venues(for: problem)
            if let area, problem.area(Area.ID(area)) == nil {
                let known = problem.areas.filter { $0.kind == .daytime }.map(\.id.rawValue)
                throw usageFailure(
                    "--area: " + CommandLineValues.unknownName(kind: "area", name: area, known: known),
                    command: "venues")
            }
            let venues = problem.venues.filter { venue in area.map { venue.areas.contains(Area.ID($0)) } ?? true }
            if venues.isEmpty && !json {
                Console.out(
                    area.map { "No venue serves \(RuleContext(problem).areaName(Area.ID($0)))." } ?? "No venues.")
            } else {
                Console.out(
                    json
                        ? try VenueListJSON.text(venues, problem: problem)
                        : VenueListText.render(venues, problem: problem))
            }
        }
    }
}

/// One line per venue: "id: name (areas), holds N; summary".
enum VenueListText {
    static func render(_ venues: [Venue], problem: PlanningProblem) -> String {
        let context = RuleContext(problem)
        return venues.map { venue in
            let areas = venue.areas.map { context.areaName($0) }.joined(separator: "; ")
            return
                "\(venue.id): \(venue.name) (\(areas)), holds \(venue.capacity); \(VenueSummary.line(venue, in: problem))"
        }.joined(separator: "\n")
    }
}

/// The venues as a JSON array, pretty-printed with sorted keys.
enum VenueListJSON {
    struct Entry: Encodable {
        let id: String, name: String, areas: [String], capacity: Int, metres_to_transport: Int?
        let features: [String: String], summary: String
    }

    static func text(_ venues: [Venue], problem: PlanningProblem) throws -> String {
        let entries = venues.map { v in
            Entry(
                id: v.id.rawValue, name: v.name, areas: v.areas.map(\.rawValue), capacity: v.capacity,
                metres_to_transport: v.metresToTransport,
                features: Dictionary(uniqueKeysWithValues: v.features.map { ($0.key.id, $0.value.rawValue) }),
                summary: VenueSummary.line(v, in: problem))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}
