import Foundation
import Testing
import PlannerCore
@testable import PlannerInput

/// The claims, people, postcode and plan.json readers: the fixtures, and the full text of every error.
@Suite("Claims CSV")
struct ClaimsCSVTests {
    /// The repository root, from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    static let problem: PlanningProblem? = try? PlanFile.load(path: root + "/Fixtures/surrey-2027-28/plan.yaml")
    static let today = LocalDate(iso: "2027-10-01") ?? LocalDate(dayNumber: 0)

    static func people(_ file: String = "Fixtures/claims/people.csv") throws -> [Person] {
        let problem = try #require(Self.problem)
        return try PeopleCSV.load(text: try text(file), fileName: file, areas: problem.areas)
    }

    static func plan(_ file: String = "Fixtures/claims/plan.json") throws -> PlanJSONContents {
        let problem = try #require(Self.problem)
        return try PlanJSONReader.load(text: try text(file), fileName: file, problem: problem)
    }

    static func claims(_ file: String) throws -> [Claim] {
        try claims(text: try text(file), fileName: file)
    }

    static func claims(text: String, fileName: String = "claims.csv") throws -> [Claim] {
        try ClaimsCSV.load(
            text: text, fileName: fileName, people: try people(), forums: try plan().forums.map(\.id),
            peopleFile: "Fixtures/claims/people.csv", planFile: "Fixtures/claims/plan.json", today: today)
    }

    /// The error's full text, or a note that there was none.
    static func error(_ body: () throws -> Void) -> String {
        do { try body(); return "no error" } catch { return "\(error)" }
    }

    @Test("the claims fixture reads: people, postcodes, the plan's forums and every line")
    func fixture() throws {
        let people = try Self.people()
        #expect(people.map(\.id.rawValue) == ["P001", "P002", "P003", "P004", "P005", "P006"])
        #expect(people[4].chosenAreas == ["2027-r1": "surrey-downs", "2027-r4": "guildford-waverley"])
        #expect(people[3].bankDetailsOnFile == false)
        let centres = try PostcodeTable.load(text: try Self.text("Fixtures/claims/postcodes.csv"), fileName: "postcodes.csv")
        #expect(centres.count == 15)
        #expect(centres["RH1"] == GeoPoint(latitude: 51.24, longitude: -0.17))
        let plan = try Self.plan()
        #expect(plan.forums.count == 24)
        #expect(plan.planYear == 2027)
        let claims = try Self.claims("Fixtures/claims/claims.csv")
        #expect(claims.count == 17)
        #expect(claims[0].line == 2)
        #expect(claims[0].miles == Miles(hundredths: 260))
        #expect(claims[0].amount == Pence(143))
        #expect(claims[2].expense == .taxi && claims[2].preApproved && claims[2].receipt)
    }

    @Test("amounts may carry a £ sign or leave out the pence; an empty submitted_on is today; passengers are optional")
    func cellForms() throws {
        let csv = """
            claim_id,person_id,forum_id,expense,amount,miles,receipt,pre_approved,submitted_on,note,passengers
            C1,P001,2027-r1-surrey-downs,mileage,£6.00,10,no,no,,,1
            C2,P001,2027-r1-surrey-downs,parking,4,,yes,no,2027-06-14,"paid at the machine, level 2",
            """
        let claims = try Self.claims(text: csv)
        #expect(claims.map(\.amount) == [Pence(600), Pence(400)])
        #expect(claims[0].submittedOn == Self.today)
        #expect(claims[0].passengers == 1 && claims[1].passengers == 0)
        #expect(claims[1].note == "paid at the machine, level 2")
    }

    @Test("line numbers count comment lines, blank rows and line breaks inside quoted notes")
    func lineNumbers() {
        let csv = """
            # claims received in June
            claim_id,person_id,forum_id,expense,amount,miles,receipt,pre_approved,submitted_on,note
            C1,P001,2027-r1-surrey-downs,parking,3.50,,yes,no,2027-06-14,"two
            lines"

            C2,P001,2027-r1-surrey-downs,parking,3.5O,,yes,no,2027-06-14,
            """
        #expect(Self.error { _ = try Self.claims(text: csv) } == #"claims.csv:6: column amount: "3.5O" is not an amount in pounds (expected pounds and pence from £0.00 to £10,000.00, e.g. 12.40)"#)
    }

    @Test("a file that is not CSV, or is empty, is named")
    func wholeFile() {
        let broken = "claim_id,person_id\n\"C1\"x,P001\n"
        #expect(Self.error { _ = try Self.claims(text: broken) } == "claims.csv:2: CSV syntax error: a quoted value must be followed by a comma or the end of the line (expected values separated by commas; a value containing a comma, quote or line break goes in double quotes, with its quotes doubled)")
        #expect(Self.error { _ = try Self.claims(text: "") } == "claims.csv: the file is empty (expected a header row naming the columns: claim_id,person_id,forum_id,expense,amount,miles,receipt,pre_approved,submitted_on,note)")
        let noNote = "claim_id,person_id,forum_id,expense,amount,miles,receipt,pre_approved,submitted_on\n"
        #expect(Self.error { _ = try Self.claims(text: noNote) } == "claims.csv:1: the header has no column `note` (expected the columns claim_id,person_id,forum_id,expense,amount,miles,receipt,pre_approved,submitted_on,note)")
    }

    static let badClaims: [(file: String, expected: String)] = [
        ("claims.csv", #"Fixtures/malformed-claims/claims.csv:5: column amount: "12.4x" is not an amount in pounds (expected pounds and pence from £0.00 to £10,000.00, e.g. 12.40)"#),
        ("unknown-forum.csv", "Fixtures/malformed-claims/unknown-forum.csv:2: column forum_id: unknown forum `2027-r1-surrey-down`: did you mean `2027-r1-surrey-downs`, `2027-r2-surrey-downs` or `2027-r3-surrey-downs`? (expected a forum id from Fixtures/claims/plan.json, e.g. 2027-r1-east-surrey)"),
        ("unknown-person.csv", "Fixtures/malformed-claims/unknown-person.csv:2: column person_id: unknown person `P009`: did you mean `P001`, `P002` or `P003`? (expected a person_id from Fixtures/claims/people.csv)"),
        ("missing-miles.csv", "Fixtures/malformed-claims/missing-miles.csv:2: column miles: is empty on a mileage line (expected the miles of the return journey, to at most two decimal places, from 0 to 2000, e.g. 12.4)"),
        ("bad-expense.csv", #"Fixtures/malformed-claims/bad-expense.csv:2: column expense: "bus" is not an expense type (expected one of: mileage, public_transport, taxi, parking, childcare, replacement_care, companion_travel)"#),
        ("bad-date.csv", #"Fixtures/malformed-claims/bad-date.csv:2: column submitted_on: "2027-06-31" is not a real date: June 2027 has 30 days (expected the date the claim was received, YYYY-MM-DD, e.g. 2027-06-20)"#),
        ("bad-receipt.csv", #"Fixtures/malformed-claims/bad-receipt.csv:2: column receipt: "maybe" is not a yes/no answer (expected yes or no)"#),
        ("short-row.csv", "Fixtures/malformed-claims/short-row.csv:2: the row has 9 values but the header names 10 columns (expected one value per column; put a value containing a comma in double quotes)"),
        ("misspelt-column.csv", "Fixtures/malformed-claims/misspelt-column.csv:1: unknown column `submitted`: did you mean `submitted_on`? (expected one of: claim_id, person_id, forum_id, expense, amount, miles, receipt, pre_approved, submitted_on, note, passengers)"),
    ]

    @Test("a bad claims row: the full error names the file, line, column, value and what was expected", arguments: badClaims)
    func badClaim(_ bad: (file: String, expected: String)) {
        #expect(Self.error { _ = try Self.claims("Fixtures/malformed-claims/\(bad.file)") } == bad.expected)
    }

    static let badPeople: [(file: String, expected: String)] = [
        ("people-full-postcode.csv", #"Fixtures/malformed-claims/people-full-postcode.csv:2: column outward_postcode: "KT18 5AB" is not an outward postcode (expected the first half of a postcode only, e.g. RH1)"#),
        ("people-name-column.csv", "Fixtures/malformed-claims/people-name-column.csv:1: column `name` looks like personal or bank details, which this tool must not hold: finance keeps them (expected only the columns person_id,home_area,outward_postcode,taxi_needed,bank_details_on_file,chosen_areas)"),
        ("people-unknown-area.csv", "Fixtures/malformed-claims/people-unknown-area.csv:3: column home_area: unknown area `surrey-dwons`: did you mean `surrey-downs`? (expected one of: east-surrey, farnham-north-east-hants, guildford-waverley, north-west-surrey, surrey-downs, surrey-wide-evening)"),
        ("people-bad-chosen.csv", #"Fixtures/malformed-claims/people-bad-chosen.csv:2: column chosen_areas: "2027-r1 guildford-waverley" is not a round and an area (expected round:area pairs separated by ;, e.g. 2027-r1:guildford-waverley;2027-r2:east-surrey, or nothing)"#),
        ("people-duplicate.csv", #"Fixtures/malformed-claims/people-duplicate.csv:3: column person_id: "P001" is already used at line 2 (expected one row per person)"#),
    ]

    @Test("a bad people row: the full error, and no names or bank details accepted", arguments: badPeople)
    func badPerson(_ bad: (file: String, expected: String)) {
        #expect(Self.error { _ = try Self.people("Fixtures/malformed-claims/\(bad.file)") } == bad.expected)
    }

    @Test("a bad postcode row: the full error")
    func badPostcode() throws {
        let file = "Fixtures/malformed-claims/postcodes-bad-latitude.csv"
        let text = try Self.text(file)
        #expect(Self.error { _ = try PostcodeTable.load(text: text, fileName: file) } == #"Fixtures/malformed-claims/postcodes-bad-latitude.csv:4: column latitude: "5124" is out of range (expected decimal degrees for a place in the UK from 49 to 61, e.g. 51.24)"#)
    }

    @Test("plan.json: an unknown venue and another year's plan are named")
    func badPlan() throws {
        #expect(Self.error { _ = try Self.plan("Fixtures/malformed-claims/plan-unknown-venue.json") } == "Fixtures/malformed-claims/plan-unknown-venue.json: forums[0].venue: unknown venue `ashley-court-community-room`: did you mean `ashley-court-community-rooms`? (expected one of: ashley-court-community-rooms, borough-close-hall-godalming, caterham-valley-library-room, deepdene-lane-methodist-hall, elmcroft-hall-leatherhead, friary-view-community-centre, grosvenor-lane-church-hall-aldershot, hale-road-community-centre, hill-road-library-hall-haslemere, linden-road-community-centre, lynchford-rooms-farnborough, riverside-meeting-hall-addlestone, st-barnabas-church-hall-reigate, thameside-pavilion-staines, wharf-lane-community-hub)")
        let problem = try #require(Self.problem)
        let otherYear = #"{"plan_year": 2026, "forums": []}"#
        #expect(Self.error { _ = try PlanJSONReader.load(text: otherYear, fileName: "plan.json", problem: problem) } == "plan.json: plan_year: 2026 is not the plan file's year, 2027 (expected a plan.json written from the same plan file)")
        let badDate = #"{"plan_year": 2027, "forums": [{"id": "2027-r1-east-surrey", "round": 1, "area": "east-surrey", "mode": "virtual", "date": "2027-06-31", "start": "10:15", "end": "12:15", "venue": null}]}"#
        #expect(Self.error { _ = try PlanJSONReader.load(text: badDate, fileName: "plan.json", problem: problem) } == #"plan.json: forums[0].date: "2027-06-31" is not a real date: June 2027 has 30 days (expected a date written YYYY-MM-DD, e.g. 2027-06-08)"#)
    }
}
