import PlannerCore
import Testing
@testable import PlannerInput

/// `person_id` and `claim_id` must look like references, never names (PseudonymousID).
@Suite("Ids are not names")
struct PseudonymousIDTests {
    @Test("references pass", arguments: ["P001", "C-2027-014", "CL2027-3", "abc1", "P1-2-3"])
    func accepted(_ id: String) { #expect(PseudonymousID.isValid(id)) }

    @Test(
        "names and near-names are refused",
        arguments: ["Jane_Smith", "JaneSmith-20-00-00", "Jane", "P 001", "P001a", "P--1", "P1-", "-1", "001", "", "Smith1", "P001_2", "Pé01"])
    func refused(_ id: String) { #expect(!PseudonymousID.isValid(id)) }

    @Test("a person_id that is a name stops the people file with exit 65's whole message")
    func personName() throws {
        let problem = try #require(ClaimsCSVTests.problem)
        let csv = "person_id,home_area,outward_postcode,taxi_needed,bank_details_on_file,chosen_areas\nJane_Smith,surrey-downs,KT18,no,yes,\n"
        #expect(ClaimsCSVTests.error { _ = try PeopleCSV.load(text: csv, fileName: "people.csv", areas: problem.areas) } ==
            #"people.csv:2: column person_id: "Jane_Smith" is not an id (expected a fictional reference such as P001: one to 3 letters, then digits, optionally in hyphen-separated groups, e.g. P001 or C-2027-014; never a name)"#)
    }

    @Test("a claim_id made of a name stops the claims file with the whole message")
    func claimName() {
        let csv = """
            claim_id,person_id,forum_id,expense,amount,miles,receipt,pre_approved,submitted_on,note
            JaneSmith-20-00-00,P001,2027-r1-surrey-downs,parking,3.50,,yes,no,2027-06-14,
            """
        #expect(ClaimsCSVTests.error { _ = try ClaimsCSVTests.claims(text: csv) } ==
            #"claims.csv:2: column claim_id: "JaneSmith-20-00-00" is not an id (expected the claim's reference, e.g. C001: one to 3 letters, then digits, optionally in hyphen-separated groups, e.g. P001 or C-2027-014; never a name)"#)
    }
}
