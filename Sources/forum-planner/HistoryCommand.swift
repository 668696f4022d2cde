import ArgumentParser
import Foundation
import PlanBook
import PlannerCore

/// `forum-planner history`: each published version with its date, note and changes.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the published versions with their dates, notes and what changed.",
        discussion: "Exits 0, or 65 for a bad input file or book."
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var bookOptions: BookOptions

    @Flag(name: .long, help: "Print the history as JSON.")
    var json = false

    struct Entry: Encodable {
        let version: Int, published_on: String, note: String, forums: Int, cancelled: Int
        let changes: [PlanJSON.Change]
    }

    func run() throws {
        try running {
            let problem = try config.load()
            let book = try bookOptions.open(config: config.config, problem: problem, create: false)
            let versions = try booked { try book.versions() }
            let draft = try booked { try book.draft() }
            let entries = versions.map { v in
                Entry(
                    version: v.number, published_on: v.publishedOn.iso, note: v.note,
                    forums: v.schedule.forums.filter { $0.status == .confirmed }.count,
                    cancelled: v.schedule.forums.filter { $0.status == .cancelled }.count,
                    changes: v.changes.map { PlanJSON.Change(version: v.number, published_on: v.publishedOn.iso, forum: $0.forum.rawValue, kind: $0.kind.rawValue, text: $0.text) })
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(entries), as: UTF8.self))
                return
            }
            if entries.isEmpty { Console.out("No version has been published yet.") }
            for (v, e) in zip(versions, entries) {
                let note = e.note.isEmpty ? "" : ": \(e.note)"
                Console.out("Version \(e.version), published \(v.publishedOn.uk)\(note)")
                Console.out("  \(e.forums) forums, \(e.cancelled) cancelled")
                for c in e.changes { Console.out("  - \(c.kind): \(c.text)") }
            }
            if let draft {
                Console.out("Draft planned \(draft.madeOn.uk), not yet published.")
            }
        }
    }
}
