import Foundation
import PlannerBench
import PlannerCore
import PlannerInput

/// The claims measurement of `bench`: `check-claims` on a synthetic claims file, from the texts of
/// plan.json, the people, postcode and claims files to the table and payment run (not printed).
enum ClaimsBench {
    static let header = ["claims", "lines", "people", "approve/reduce/hold/reject", "read ms", "check ms", "output ms", "wall ms", "cpu ms", "peak MB"]

    /// Forums in the synthetic plan the claims are for: about 50 areas over four rounds.
    static let forums = 240

    /// Makes the files (see `SyntheticClaims`), then times reading them, checking every line and
    /// making the table and the payment-run CSV, as `check-claims` does before it prints.
    static func measure(lines: Int, seed: UInt64, template: PlanningProblem) throws -> [String] {
        let (problem, plan) = PlanGenerator.generate(forums: forums, seed: seed, template: template)
        let planText = try PlanJSON.text(plan, context: RuleContext(problem))
        let files = SyntheticClaims.generate(lines: lines, seed: seed, problem: problem, forums: plan.forums.map(\.meeting))
        let today = (plan.forums.map(\.meeting.date).max() ?? problem.stamp).adding(days: 150)
        BenchTable.resetPeak()
        let (read, readMs, readCpu) = try BenchTable.timed {
            try readingInput { () throws(InputError) in
                let contents = try PlanJSONReader.load(text: planText, fileName: "plan.json", problem: problem)
                let people = try PeopleCSV.load(text: files.people, fileName: "people.csv", areas: problem.areas)
                let centres = try PostcodeTable.load(text: files.postcodes, fileName: "postcodes.csv")
                let claims = try ClaimsCSV.load(
                    text: files.claims, fileName: "claims.csv", people: people, forums: contents.forums.map(\.id),
                    peopleFile: "people.csv", planFile: "plan.json", today: today)
                return (contents, people, centres, claims)
            }
        }
        let (contents, people, centres, claims) = read
        let (report, checkMs, checkCpu) = BenchTable.timed {
            ClaimChecker.check(ClaimContext(problem: problem, forums: contents.forums, people: people, postcodes: centres, claims: claims, today: today))
        }
        let (output, outputMs, outputCpu) = BenchTable.timed {
            ClaimsOutput.table(report, file: "claims.csv", today: today) + ClaimsOutput.paymentsCSV(report)
        }
        let peak = BenchTable.peak()
        withExtendedLifetime(output) {}
        let outcomes = [ClaimOutcome.approve, .reduce, .hold, .reject].map { "\(report.count($0))" }.joined(separator: "/")
        return [
            "\(ClaimsBench.forums)-forums-seed-\(seed)", "\(claims.count)", "\(people.count)", outcomes,
            BenchTable.ms(readMs), BenchTable.ms(checkMs), BenchTable.ms(outputMs), BenchTable.ms(readMs + checkMs + outputMs),
            BenchTable.ms(readCpu + checkCpu + outputCpu), peak,
        ]
    }
}
