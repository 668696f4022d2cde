import Foundation
import PlannerCore
import Testing

@testable import PlannerInput

/// `publishing.base_url`: the default, a final `/` added, and bad addresses refused with the whole message.
@Suite("Plan file: publishing")
struct PublishingSettingsTests {
    static let tail = "  mailbox: focus.forums@example.org\n"

    static func load(_ publishing: String) throws(InputError) -> PlanningProblem {
        try PlanFile.load(
            text: TestPlans.minimal(replacing: [(tail, tail + publishing)]), fileName: "plan.yaml")
    }

    @Test("without a publishing section the base address is the placeholder https://example.org/forums/")
    func defaultAddress() throws {
        #expect(try Self.load("").publishing.baseURL == "https://example.org/forums/")
        #expect(PublishingSettings.defaultBaseURL == "https://example.org/forums/")
    }

    @Test("base_url is kept, with a final / added when missing")
    func finalSlash() throws {
        #expect(try Self.load("publishing:\n  base_url: https://focus.example.org/calendars\n").publishing.baseURL
            == "https://focus.example.org/calendars/")
        #expect(try Self.load("publishing:\n  base_url: https://focus.example.org/\n").publishing.baseURL
            == "https://focus.example.org/")
    }

    @Test(
        "a base_url that is not an https address for the calendars is refused, naming line, key and value",
        arguments: [
            ("http://focus.example.org/", "\"http://focus.example.org/\""),
            ("https:///calendars/", "\"https:///calendars/\""),
            ("\"https://focus.example.org/my calendars/\"", "\"https://focus.example.org/my calendars/\""),
            ("https://focus.example.org/?page=1", "\"https://focus.example.org/?page=1\""),
        ])
    func badAddress(value: String, quoted: String) {
        #expect {
            try Self.load("publishing:\n  base_url: \(value)\n")
        } throws: { error in
            "\(error)" == "plan.yaml:46: publishing.base_url: \(quoted) is not a web address for the calendars (expected the https address the calendar files are uploaded to, e.g. https://example.org/focus/, with no spaces, quotes, ? or #)"
        }
    }

    @Test("an unknown key in publishing is refused with the keys it may hold")
    func unknownKey() {
        #expect {
            try Self.load("publishing:\n  base_address: https://focus.example.org/\n")
        } throws: { error in
            "\(error)" == "plan.yaml:46: publishing: unknown key `base_address` (expected one of: base_url, templates)"
        }
    }

    @Test("PlanWriter writes a base address other than the placeholder, and reads back the same")
    func roundTrip() throws {
        let problem = try Self.load("publishing:\n  base_url: https://focus.example.org/calendars/\n")
        let text = PlanWriter.text(problem)
        #expect(text.contains("\npublishing:\n  base_url: \"https://focus.example.org/calendars/\"\n"))
        #expect(try PlanFile.load(text: text, fileName: "written.yaml").publishing == problem.publishing)
        #expect(!PlanWriter.text(try Self.load("")).contains("publishing:"))
    }

    @Test("templates: every file of the folder next to the plan file, by name; a missing folder is refused")
    func templatesFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("publishing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("site-templates"), withIntermediateDirectories: true)
        try "<p>Call us.</p>\n".write(to: dir.appendingPathComponent("site-templates/help.mustache"), atomically: true, encoding: .utf8)
        try "body { color: #000; }\n".write(to: dir.appendingPathComponent("site-templates/style.css"), atomically: true, encoding: .utf8)
        let plan = dir.appendingPathComponent("plan.yaml").path
        let publishing = "publishing:\n  templates: site-templates\n"
        try TestPlans.minimal(replacing: [(Self.tail, Self.tail + publishing)]).write(toFile: plan, atomically: true, encoding: .utf8)
        let settings = try PlanFile.load(path: plan).publishing
        #expect(settings.templatesFolder == dir.appendingPathComponent("site-templates").path)
        #expect(settings.templates == ["help.mustache": "<p>Call us.</p>\n", "style.css": "body { color: #000; }\n"])
        #expect(settings.baseURL == PublishingSettings.defaultBaseURL)

        try TestPlans.minimal(replacing: [(Self.tail, Self.tail + "publishing:\n  templates: site-templats\n")])
            .write(toFile: plan, atomically: true, encoding: .utf8)
        #expect {
            try PlanFile.load(path: plan)
        } throws: { error in
            "\(error)" == "\(plan):46: publishing.templates: no folder at \(dir.path)/site-templats (expected a folder next to the plan file holding page templates, e.g. site-templates)"
        }
    }
}
