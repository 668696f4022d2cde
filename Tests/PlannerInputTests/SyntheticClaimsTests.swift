import PlannerBench
import PlannerCore
import Testing
@testable import PlannerInput

/// The synthetic claims files of `forum-planner bench`: the requested size, readable by the real
/// readers, the same text for the same seed; and the duplicate rule's index against a plain search.
@Suite("Synthetic claims")
struct SyntheticClaimsTests {
    static let template: PlanningProblem? = try? PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml"))

    static func files(lines: Int, seed: UInt64 = 1) throws -> (problem: PlanningProblem, forums: [Meeting], files: SyntheticClaims.Files) {
        let (problem, plan) = PlanGenerator.generate(forums: 60, seed: 1, template: try #require(template))
        let forums = plan.forums.map(\.meeting)
        return (problem, forums, SyntheticClaims.generate(lines: lines, seed: seed, problem: problem, forums: forums))
    }

    static func read(_ made: (problem: PlanningProblem, forums: [Meeting], files: SyntheticClaims.Files)) throws -> (people: [Person], claims: [Claim]) {
        let people = try PeopleCSV.load(text: made.files.people, fileName: "people.csv", areas: made.problem.areas)
        _ = try PostcodeTable.load(text: made.files.postcodes, fileName: "postcodes.csv")
        let claims = try ClaimsCSV.load(
            text: made.files.claims, fileName: "claims.csv", people: people, forums: made.forums.map(\.id),
            peopleFile: "people.csv", planFile: "plan.json", today: LocalDate(dayNumber: 21_000))
        return (people, claims)
    }

    @Test("gives exactly the requested lines, and the readers take every one", arguments: [0, 1, 2, 3, 10, 499])
    func count(lines: Int) throws {
        let made = try Self.files(lines: lines)
        #expect(made.files.claims.split(separator: "\n").count == lines + 1)
        #expect(try Self.read(made).claims.count == lines)
    }

    @Test("the same seed gives the same files; another seed other claims")
    func deterministic() throws {
        #expect(try Self.files(lines: 300).files == Self.files(lines: 300).files)
        #expect(try Self.files(lines: 300).files.claims != Self.files(lines: 300, seed: 2).files.claims)
    }

    @Test("the duplicate rule's index finds what comparing every pair of lines finds")
    func duplicates() throws {
        let made = try Self.files(lines: 2_000)
        let (people, claims) = try Self.read(made)
        let context = ClaimContext(problem: made.problem, forums: made.forums, people: people, postcodes: [:], claims: claims,
            today: try #require(LocalDate(iso: "2100-01-01")))
        var found = 0
        for claim in claims {
            let same = claims.filter { $0.person == claim.person && $0.forum == claim.forum && $0.expense == claim.expense }
            let first = same.min { ($0.submittedOn, $0.line) < ($1.submittedOn, $1.line) }
            let expected = first.map { $0.line != claim.line } ?? false
            let finding = DuplicateClaimRule().check(claim, in: context)
            #expect((finding != nil) == expected, "line \(claim.line)")
            if finding != nil { found += 1 }
        }
        #expect(found > 0)
    }
}
