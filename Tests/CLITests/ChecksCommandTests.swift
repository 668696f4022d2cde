import Foundation
import Testing

/// `check-claims` and `check-notice` through the built `forum-planner` binary: exit codes 0, 1, 64
/// and 65, the JSON, and the payment-run file.
@Suite("Checks commands")
struct ChecksCommandTests {
    /// The repository root: the binary runs there, so relative paths work.
    static let root = CLI.root.path

    typealias Run = CLI.Run

    /// Runs the binary with `arguments` in the repository root.
    static func run(_ arguments: String...) throws -> Run { try CLI.run(arguments) }

    /// Runs the binary with `arguments` in the repository root.
    static func run(_ arguments: [String]) throws -> Run { try CLI.run(arguments) }

    static let claimsArgs = ["--people", "Fixtures/claims/people.csv", "--plan", "Fixtures/claims/plan.json", "--today", "2028-01-10"]

    @Test("check-claims: every line approved exits 0")
    func claimsApproved() throws {
        let run = try Self.run(["check-claims", "Fixtures/claims/approved.csv"] + Self.claimsArgs)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.contains("Totals: 5 approved, 0 reduced, 0 held, 0 rejected."))
    }

    @Test("check-claims: any line reduced, held or rejected exits 1; JSON lines, totals and the payment run")
    func claimsNotAllApproved() throws {
        let payments = FileManager.default.temporaryDirectory.appendingPathComponent("checks-\(UUID().uuidString)/payments.csv")
        defer { try? FileManager.default.removeItem(at: payments.deletingLastPathComponent()) }
        let run = try Self.run(["check-claims", "Fixtures/claims/claims.csv", "--json", "--payments", payments.path] + Self.claimsArgs)
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let lines = try #require(json["lines"] as? [[String: Any]])
        #expect(lines.count == 17)
        let mileage = try #require(lines.first { $0["claim_id"] as? String == "C009" })
        #expect(mileage["decision"] as? String == "reduce")
        #expect(mileage["approved"] as? String == "5.72")
        let reasons = try #require(mileage["reasons"] as? [[String: Any]])
        #expect(reasons.map { $0["rule"] as? String } == ["claim-mileage-rate"])
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["approve"] as? Int == 5 && totals["reduce"] as? Int == 2 && totals["hold"] as? Int == 4 && totals["reject"] as? Int == 6)
        #expect(totals["approved"] as? String == "140.85")
        let csv = try String(contentsOf: payments, encoding: .utf8)
        #expect(csv == "person_id,total,line_count\nP001,64.93,3\nP002,23.72,2\nP003,52.20,2\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: payments.deletingLastPathComponent().path)
        #expect(leftovers == ["payments.csv"], "no temporary file is left behind")
    }

    @Test("check-claims: the same input gives the same output")
    func claimsDeterministic() throws {
        let first = try Self.run(["check-claims", "Fixtures/claims/claims.csv"] + Self.claimsArgs)
        let second = try Self.run(["check-claims", "Fixtures/claims/claims.csv"] + Self.claimsArgs)
        #expect(first.stdout == second.stdout)
    }

    @Test("check-claims: usage errors exit 64", arguments: [
        ["check-claims", "Fixtures/claims/claims.csv"],
        ["check-claims", "Fixtures/claims/claims.csv", "--people", "Fixtures/claims/people.csv", "--today", "2027-13-01"],
        ["check-claims", "--people", "Fixtures/claims/people.csv"],
    ])
    func claimsUsage(_ arguments: [String]) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 64)
    }

    @Test("check-claims: a bad row exits 65, naming the file, line, column, value and what was expected")
    func claimsBadInput() throws {
        let run = try Self.run(
            ["check-claims", "Fixtures/malformed-claims/claims.csv", "--postcodes", "Fixtures/claims/postcodes.csv"] + Self.claimsArgs)
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr == "Fixtures/malformed-claims/claims.csv:5: column amount: \"12.4x\" is not an amount in pounds (expected pounds and pence from £0.00 to £10,000.00, e.g. 12.40)\n")
    }

    @Test("check-claims: a missing postcode table exits 65")
    func claimsNoPostcodes() throws {
        let run = try Self.run(["check-claims", "Fixtures/malformed-claims/claims.csv"] + Self.claimsArgs)
        #expect(run.status == 65)
        #expect(run.stderr == "Fixtures/malformed-claims/postcodes.csv: no such file (expected a UTF-8 text file at this path)\n")
    }

    @Test("check-notice: nothing breached exits 0")
    func noticeClean() throws {
        let run = try Self.run("check-notice", "--plan", "Fixtures/claims/plan.json", "--today", "2027-05-20")
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("Nothing breached.\n"))
    }

    @Test("check-notice: a short-notice change since the published plan exits 1; JSON findings")
    func noticeBreach() throws {
        let run = try Self.run(
            "check-notice", "--plan", "Fixtures/claims/plan.json", "--previous", "Fixtures/claims/previous-plan.json",
            "--today", "2027-06-01", "--json")
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let change = try #require(findings.first { $0["rule"] as? String == "notice-change" && $0["subject"] as? String == "2027-r1-surrey-downs" })
        #expect(change["severity"] as? String == "breach")
        #expect(change["due"] as? String == "2027-06-10")
        #expect(Set(findings.compactMap { $0.keys.sorted().joined(separator: ",") }) == ["due,message,rule,severity,subject,task"])
    }

    @Test("check-notice: usage errors exit 64", arguments: [["--weeks", "0"], ["--today", "tomorrow"], ["--unknown"]])
    func noticeUsage(_ arguments: [String]) throws {
        let run = try Self.run(["check-notice", "--plan", "Fixtures/claims/plan.json"] + arguments)
        #expect(run.status == 64)
    }

    @Test("check-notice: a bad plan.json exits 65")
    func noticeBadInput() throws {
        let run = try Self.run("check-notice", "--plan", "Fixtures/malformed-claims/plan-unknown-venue.json", "--today", "2027-05-20")
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("Fixtures/malformed-claims/plan-unknown-venue.json: forums[0].venue: unknown venue `ashley-court-community-room`"))
    }
}

