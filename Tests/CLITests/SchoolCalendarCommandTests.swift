import Foundation
import Testing

/// School calendars per area through the built binary: a bad calendar name is a clean exit 65
/// naming the file, line, key and value, with the known calendars; nothing is written.
@Suite("School calendars through the binary")
struct SchoolCalendarCommandTests {
    typealias Scratch = InputErrorCommandTests.Scratch

    static func plan(_ scratch: Scratch) -> [String] {
        ["plan", "--config", scratch.plan, "--out", scratch.out, "--book", scratch.book, "--today", "2027-01-15"]
    }

    @Test("Farnham & North East Hants following a misspelt calendar: exit 65, did you mean, the known names")
    func misspelt() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch.folder) }
        try scratch.edit("plan.yaml", "school_calendars: [surrey, hampshire]", "school_calendars: [surrey, hants]")
        try scratch.expectBadInput(
            Self.plan(scratch),
            "s/plan.yaml:133: areas[4].school_calendars[1]: unknown school calendar `hants` (expected one of: surrey, hampshire)")
        try scratch.edit("plan.yaml", "school_calendars: [surrey, hants]", "school_calendars: [surrey, hamshire]")
        try scratch.expectBadInput(
            Self.plan(scratch),
            "s/plan.yaml:133: areas[4].school_calendars[1]: unknown school calendar `hamshire`: did you mean `hampshire`? (expected one of: surrey, hampshire)")
    }

    @Test("calendars.yaml still holding the older list beside the named calendars: exit 65 naming calendars.yaml")
    func bothShapes() throws {
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch.folder) }
        try scratch.edit(
            "calendars.yaml", "  school_calendars:\n",
            "  school_holidays:\n    - { name: Half term, from: 2027-05-31, to: 2027-06-04 }\n  school_calendars:\n")
        try scratch.expectBadInput(
            Self.plan(scratch),
            "s/calendars.yaml:45: calendars.school_holidays: is given as well as `school_calendars` (expected only `school_calendars`: move these holidays into one of its calendars)")
    }
}
