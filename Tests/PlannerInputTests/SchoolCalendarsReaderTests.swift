import Foundation
import PlannerCore
import Testing

@testable import PlannerInput

/// `calendars.school_calendars` (named calendars) and each area's `school_calendars` list: what is
/// read, and the whole text of each error.
@Suite("School calendars in the plan file")
struct SchoolCalendarsReaderTests {
    static let singleList = """
          school_holidays:
            - { name: Summer half term 2027, from: 2027-05-31, to: 2027-06-04 }

        """
    static let named = """
          school_calendars:
            surrey:
              name: Surrey County Council
              holidays:
                - { name: Summer half term 2027, from: 2027-05-31, to: 2027-06-04 }
            hampshire:
              name: Hampshire County Council
              holidays:
                - { name: Autumn half term 2027, from: 2027-10-25, to: 2027-10-29, estimated: yes }

        """
    static let eastSurrey = "    group: surrey\n    expected_attendance: 25\n"

    /// The minimal plan with the two named calendars, East Surrey following `eastSurrey` (nothing
    /// when nil), and `edits` applied after.
    static func plan(eastSurrey follows: String? = "[surrey]", _ edits: [(String, String)] = []) -> String {
        var replacing = [(singleList, named)]
        if let follows { replacing.append((eastSurrey, eastSurrey + "    school_calendars: \(follows)\n")) }
        return TestPlans.minimal(replacing: replacing + edits)
    }

    static func load(_ text: String) throws -> PlanningProblem { try PlanFile.load(text: text, fileName: "plan.yaml") }

    @Test("named calendars in file order; an area follows those it lists, or every calendar when it lists none")
    func reads() throws {
        let problem = try Self.load(Self.plan())
        let calendars = problem.calendars.schoolCalendars
        #expect(calendars.map(\.id) == ["surrey", "hampshire"])
        #expect(calendars.map(\.name) == ["Surrey County Council", "Hampshire County Council"])
        #expect(calendars.map { $0.holidays.map(\.name) } == [["Summer half term 2027"], ["Autumn half term 2027"]])
        #expect(calendars[1].holidays.first?.estimated == true)
        #expect(problem.areas.map(\.schoolCalendars) == [["surrey"], []])
        let context = RuleContext(problem)
        let autumn = try #require(LocalDate(iso: "2027-10-26"))
        #expect(context.schoolHoliday(on: autumn, for: "east-surrey") == nil)
        #expect(context.schoolHoliday(on: autumn, for: "surrey-wide-evening")?.calendar.name == "Hampshire County Council")
    }

    @Test("the older single list is still read, as one calendar named School holidays that every area follows")
    func singleList() throws {
        let problem = try Self.load(TestPlans.minimal())
        #expect(problem.calendars.schoolCalendars.map(\.id) == [SchoolCalendar.singleListID])
        #expect(problem.calendars.schoolCalendars.map(\.name) == ["School holidays"])
        #expect(problem.calendars.schoolHolidays.map(\.name) == ["Summer half term 2027"])
        #expect(problem.areas.allSatisfy { $0.schoolCalendars.isEmpty })
    }

    @Test("the plan writer writes named calendars and the areas' lists, and they read back the same")
    func roundTrip() throws {
        let problem = try Self.load(Self.plan(eastSurrey: "[hampshire, surrey]"))
        let again = try Self.load(PlanWriter.text(problem))
        #expect(again.calendars.schoolCalendars == problem.calendars.schoolCalendars)
        #expect(again.areas.map(\.schoolCalendars) == [["hampshire", "surrey"], []])
    }

    @Test("the Surrey fixture: Surrey's and Hampshire's calendars; Farnham & North East Hants follows both, the evening forum all")
    func surreyFixture() throws {
        let problem = try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml"))
        let calendars = problem.calendars.schoolCalendars
        #expect(calendars.map(\.id) == ["surrey", "hampshire"])
        #expect(calendars.map(\.name) == ["Surrey County Council", "Hampshire County Council"])
        let follows = Dictionary(uniqueKeysWithValues: problem.areas.map { ($0.id.rawValue, $0.schoolCalendars.map(\.rawValue)) })
        #expect(follows == [
            "east-surrey": ["surrey"], "north-west-surrey": ["surrey"], "surrey-downs": ["surrey"], "guildford-waverley": ["surrey"],
            "farnham-north-east-hants": ["surrey", "hampshire"], "surrey-wide-evening": [],
        ])
        // Each school year has its six holidays; 2027/28 is estimated in both calendars.
        let september = try #require(LocalDate(iso: "2027-09-01"))
        for calendar in calendars {
            #expect(calendar.holidays.count == 12, "\(calendar.id)")
            #expect(calendar.holidays.filter { $0.dates.first >= september }.allSatisfy { $0.estimated }, "\(calendar.id)")
        }
        // Thu 22 Jul 2027: Hampshire's summer holiday (estimated), still Surrey's term.
        let context = RuleContext(problem)
        let day = try #require(LocalDate(iso: "2027-07-22"))
        #expect(context.schoolHoliday(on: day, for: "east-surrey") == nil)
        #expect(context.describe(try #require(context.schoolHoliday(on: day, for: "farnham-north-east-hants")))
            == "Hampshire County Council's Summer holiday 2027 (estimated dates)")
    }

    /// A name, the plan text, and the whole error text.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let error: String
        var testDescription: String { name }
        init(_ name: String, _ text: String, _ error: String) { self.name = name; self.text = text; self.error = error }
    }

    static let cases: [Case] = [
        Case(
            "a misspelt calendar", plan(eastSurrey: "[surrey, hampshir]"),
            "plan.yaml:19: areas[0].school_calendars[1]: unknown school calendar `hampshir`: did you mean `hampshire`? (expected one of: surrey, hampshire)"),
        Case(
            "a calendar nothing is close to", plan(eastSurrey: "[kent]"),
            "plan.yaml:19: areas[0].school_calendars[0]: unknown school calendar `kent` (expected one of: surrey, hampshire)"),
        Case(
            "a calendar listed twice", plan(eastSurrey: "[surrey, surrey]"),
            "plan.yaml:19: areas[0].school_calendars[1]: `surrey` is listed twice (expected each school calendar once)"),
        Case(
            "an empty list", plan(eastSurrey: "[]"),
            "plan.yaml:19: areas[0].school_calendars: is an empty list (expected one or more school calendar ids, e.g. [surrey]; leave the key out to follow every calendar)"),
        Case(
            "a single name, not a list", plan(eastSurrey: "surrey"),
            "plan.yaml:19: areas[0].school_calendars: is the single value \"surrey\", not a list (expected a list of school calendar ids, e.g. [surrey])"),
        Case(
            "the older list names no calendar an area can list",
            TestPlans.minimal(replacing: [(eastSurrey, eastSurrey + "    school_calendars: [surrey]\n")]),
            "plan.yaml:19: areas[0].school_calendars[0]: unknown school calendar `surrey` (expected one of: school-holidays)"),
        Case(
            "both the older list and named calendars",
            plan(eastSurrey: nil, [(named, named + singleList)]),
            "plan.yaml:47: calendars.school_holidays: is given as well as `school_calendars` (expected only `school_calendars`: move these holidays into one of its calendars)"),
        Case(
            "no school calendars at all", TestPlans.minimal(replacing: [(singleList, "")]),
            "plan.yaml:35: calendars: missing required key `school_calendars` (expected named school calendars, e.g. surrey: { name: Surrey County Council, holidays: [...] })"),
        Case(
            "a calendar id that is not an id", plan(eastSurrey: nil, [("    hampshire:\n", "    Hampshire CC:\n")]),
            "plan.yaml:42: calendars.school_calendars.Hampshire CC: \"Hampshire CC\" is not an id (expected lower-case letters, digits and hyphens, e.g. hampshire)"),
        Case(
            "a calendar without a name", plan(eastSurrey: nil, [("      name: Hampshire County Council\n", "")]),
            "plan.yaml:43: calendars.school_calendars.hampshire: missing required key `name` (expected whose calendar it is, e.g. Surrey County Council)"),
        Case(
            "a misspelt key in a calendar", plan(eastSurrey: nil, [("    hampshire:\n      name: Hampshire County Council\n      holidays:", "    hampshire:\n      name: Hampshire County Council\n      holiday:")]),
            "plan.yaml:44: calendars.school_calendars.hampshire: unknown key `holiday`: did you mean `holidays`? (expected one of: name, holidays)"),
        Case(
            "a calendar holiday ending before it starts", plan(eastSurrey: nil, [("from: 2027-10-25, to: 2027-10-29", "from: 2027-10-29, to: 2027-10-25")]),
            "plan.yaml:45: calendars.school_calendars.hampshire.holidays[0].to: \"2027-10-25\" is before the start 2027-10-29 (expected a last day on or after the first)"),
        Case(
            "a list where the calendars go", plan(eastSurrey: nil, [(named, singleList.replacingOccurrences(of: "school_holidays", with: "school_calendars"))]),
            "plan.yaml:38: calendars.school_calendars: is a list, not a section of `name: value` lines (expected named school calendars, e.g. surrey: { name: Surrey County Council, holidays: [...] })"),
    ]

    @Test("gives the expected full error text", arguments: cases)
    func refused(_ example: Case) {
        #expect(example.text != TestPlans.minimal(), "the edit did not apply")
        let error = #expect(throws: InputError.self) { try Self.load(example.text) }
        #expect(error?.description == example.error)
    }
}
