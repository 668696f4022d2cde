import Foundation
import Testing

/// The claims ledger and notice checks on a plan book, through the built binary: two monthly
/// payment runs against one book, a cancelled forum, notice between versions, and `done`.
@Suite("Claims ledger and notice on the plan book")
struct LedgerCommandTests {
    /// A fresh folder with a book started from the claims fixture's plan.json (version 1, published 1 May 2027).
    static func book(_ name: String) throws -> (folder: String, book: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let book = folder + "/book.sqlite"
        let run = try CLI.run(["import-published", "Fixtures/claims/plan.json", "--book", book, "--today", "2027-05-01"])
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, book)
    }

    static let header = "claim_id,person_id,forum_id,expense,amount,miles,receipt,pre_approved,submitted_on,note\n"

    /// Writes a claims file and checks it against the book.
    static func claims(_ rows: [String], book: String, today: String, name: String, extra: [String] = []) throws -> CLI.Run {
        let path = (book as NSString).deletingLastPathComponent + "/\(name).csv"
        try (header + rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return try CLI.run(
            ["check-claims", path, "--people", "Fixtures/claims/people.csv", "--postcodes", "Fixtures/claims/postcodes.csv", "--book", book, "--today", today]
                + extra)
    }

    static func json(_ run: CLI.Run) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// Each line's claim id, decision and rules, e.g. `C101 approve`, `C201 reject claim-already-paid`.
    static func decisions(_ document: [String: Any]) -> [String] {
        ((document["lines"] as? [[String: Any]]) ?? []).map { line in
            let rules = ((line["reasons"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
            return ([line["claim_id"] as? String ?? "", line["decision"] as? String ?? ""] + rules).joined(separator: " ")
        }
    }

    static func approvedPence(_ document: [String: Any]) -> Int { ((document["totals"] as? [String: Any])?["approved_pence"] as? Int) ?? -1 }

    // June: parking paid; public transport held for its receipt; a September forum held until it happens.
    static let june = [
        "C101,P001,2027-r1-surrey-downs,parking,3.50,,yes,no,2027-06-20,",
        "C102,P002,2027-r1-guildford-waverley,public_transport,6.00,,no,no,2027-06-20,receipt to follow",
        "C103,P003,2027-r2-east-surrey,public_transport,4.10,,yes,no,2027-06-20,",
    ]
    // September: the parking sent again; the held lines, now payable.
    static let september = [
        "C201,P001,2027-r1-surrey-downs,parking,3.50,,yes,no,2027-07-05,sent again",
        "C102,P002,2027-r1-guildford-waverley,public_transport,6.00,,yes,no,2027-07-05,receipt sent",
        "C103,P003,2027-r2-east-surrey,public_transport,4.10,,yes,no,2027-09-20,",
    ]

    @Test("two monthly runs on one book: a paid line is rejected later naming its run and date; a held line is paid once; payments add up")
    func twoMonthlyRuns() throws {
        let (_, book) = try Self.book("runs")
        // Without --record, nothing is written.
        let dry = try Self.claims(Self.june, book: book, today: "2027-06-30", name: "june", extra: ["--json"])
        #expect(dry.status == 1)
        #expect(try CLI.run(["payments", "--book", book]).stdout == "No payment run has been recorded in \(book) yet (`check-claims --record` records one).\n")

        let first = try Self.json(try Self.claims(Self.june, book: book, today: "2027-06-30", name: "june", extra: ["--record", "--json"]))
        #expect(Self.decisions(first) == ["C101 approve", "C102 hold claim-receipt-required", "C103 hold claim-forum-held"])
        let recorded = try #require(first["recorded"] as? [String: Any])
        #expect(recorded["run"] as? Int == 1 && recorded["paid_on"] as? String == "2027-06-30" && recorded["lines"] as? Int == 1)

        let secondRun = try Self.claims(Self.september, book: book, today: "2027-09-20", name: "september", extra: ["--record"])
        #expect(secondRun.status == 1)
        #expect(secondRun.stdout == """
            Claims in \((book as NSString).deletingLastPathComponent)/september.csv, checked Mon 20 Sep 2027: 3 lines

            CLAIM  LINE  PERSON  FORUM                       EXPENSE             CLAIMED   APPROVED  DECISION
            C102      3  P002    2027-r1-guildford-waverley  public_transport      £6.00      £6.00  approve
            C103      4  P003    2027-r2-east-surrey         public_transport      £4.10      £4.10  approve
            C201      2  P001    2027-r1-surrey-downs        parking               £3.50      £0.00  reject
                  - claim-already-paid (reject): P001's parking for forum 2027-r1-surrey-downs was already paid: £3.50 in payment run 1 of Wed 30 Jun 2027 (claim C101); a claim is paid once

            Totals: 2 approved, 0 reduced, 0 held, 1 rejected.
            Claimed £13.60; approved for payment now £10.10; held until resolved £0.00.
            Recorded payment run 2 of Mon 20 Sep 2027 in \(book): 2 lines, £10.10.

            """)

        // October: the once-held line sent a third time is a duplicate of its payment in run 2.
        let third = try Self.json(try Self.claims([Self.september[1]], book: book, today: "2027-10-01", name: "october", extra: ["--record", "--json"]))
        #expect(Self.decisions(third) == ["C102 reject claim-already-paid"])
        let message = ((third["lines"] as? [[String: Any]])?.first?["reasons"] as? [[String: Any]])?.first?["message"] as? String
        #expect(message == "P002's public transport for forum 2027-r1-guildford-waverley was already paid: £6.00 in payment run 2 of Mon 20 Sep 2027 (claim C102); a claim is paid once")

        let payments = try CLI.run(["payments", "--book", book])
        #expect(payments.status == 0)
        #expect(payments.stdout == """
            Payment runs recorded in \(book):
              Run 1, Wed 30 Jun 2027: 1 line for 1 person, £3.50
              Run 2, Mon 20 Sep 2027: 2 lines for 2 people, £10.10
              Run 3, Fri 1 Oct 2027: nothing approved, £0.00
            Total paid in 3 runs: 3 lines, £13.60

            """)
        let ledger = try Self.json(try CLI.run(["payments", "--book", book, "--json"]))
        let approvedInRuns = Self.approvedPence(first) + 1010 + Self.approvedPence(third)
        #expect(ledger["total_pence"] as? Int == approvedInRuns)
        let runs = try #require(ledger["runs"] as? [[String: Any]])
        let p002 = runs.flatMap { ($0["people"] as? [[String: Any]]) ?? [] }.filter { $0["person_id"] as? String == "P002" }
        #expect(p002.count == 1 && p002.first?["total_pence"] as? Int == 600, "the held line is paid once")
        #expect(!ledger.description.contains("Jane"), "ids only")
    }

    @Test("a line for a cancelled forum is paid only when agreed in advance, naming the cancellation; --plan with --record needs --book")
    func cancelledForum() throws {
        let (folder, book) = try Self.book("cancelled")
        let cancel = try CLI.run(["cancel", "2027-r2-north-west-surrey", "--reason", "the hall flooded", "--book", book, "--today", "2027-08-02"])
        #expect(cancel.status == 0, "\(cancel.stderr)")
        let publish = try CLI.run(["publish", "--book", book, "--today", "2027-08-02", "--out", folder + "/public"])
        #expect(publish.status == 0, "\(publish.stderr)")
        let run = try Self.json(try Self.claims([
            "C301,P005,2027-r2-north-west-surrey,replacement_care,40.00,,yes,yes,2027-09-01,booked before",
            "C302,P005,2027-r2-north-west-surrey,public_transport,5.00,,yes,no,2027-09-01,",
        ], book: book, today: "2027-09-02", name: "cancelled", extra: ["--json"]))
        #expect(Self.decisions(run) == ["C301 approve claim-cancelled-forum", "C302 reject claim-cancelled-forum"])
        let reject = ((run["lines"] as? [[String: Any]])?.last?["reasons"] as? [[String: Any]])?.first?["message"] as? String
        #expect(reject == "the North West Surrey forum on Wed 15 Sep 2027 was cancelled on Mon 2 Aug 2027 because the hall flooded; for a cancelled forum only costs agreed in advance are paid, and this line was not pre-approved")

        let usage = try CLI.run([
            "check-claims", "Fixtures/claims/claims.csv", "--people", "Fixtures/claims/people.csv", "--plan", "Fixtures/claims/plan.json",
            "--today", "2028-01-10", "--record",
        ])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("--record writes the payment run to the plan book: give --book FILE with --plan, or leave out --plan"))
    }

    /// The findings of `check-notice --json` as `severity rule subject task`.
    static func notice(_ book: String, today: String, extra: [String] = []) throws -> (status: Int32, findings: [String]) {
        let run = try CLI.run(["check-notice", "--book", book, "--today", today, "--json"] + extra)
        let findings = ((try Self.json(run))["findings"] as? [[String: Any]]) ?? []
        return (run.status, findings.map { f in
            [f["severity"], f["rule"], f["subject"], f["task"]].map { ($0 as? String) ?? "-" }.joined(separator: " ")
        })
    }

    @Test("check-notice reads the book; done silences exactly the task it names; an unknown task exits 65 naming close ids")
    func doneFromTheBook() throws {
        let (_, book) = try Self.book("done")
        let task = "2027-r2-surrey-downs-interpreter-booking"
        let before = try Self.notice(book, today: "2027-08-03")
        #expect(before.status == 0)
        #expect(before.findings.contains("todo notice-interpreter-requests 2027-r2-surrey-downs \(task)"))

        let unknown = try CLI.run(["done", "2027-r2-surrey-down-interpreter-booking", "--book", book, "--today", "2027-08-03"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "unknown task `2027-r2-surrey-down-interpreter-booking`: did you mean `2027-r2-surrey-downs-interpreter-booking`, `2027-r1-surrey-downs-interpreter-booking` or `2027-r3-surrey-downs-interpreter-booking`? (expected the id of a task of version 1 in \(book), e.g. 2027-r1-farnham-north-east-hants-venue-booking; `check-notice` shows each task's id)\n")

        let done = try CLI.run(["done", task, "--book", book, "--today", "2027-08-03"])
        #expect(done.status == 0)
        #expect(done.stdout == "Recorded as done on Tue 3 Aug 2027: \(task). `check-notice` now lists it as done.\n")
        let after = try Self.notice(book, today: "2027-08-03")
        let named = before.findings.first { $0.hasSuffix(" \(task)") } ?? ""
        #expect(after.findings.filter { !$0.hasSuffix(" \(task)") } == before.findings.filter { $0 != named }, "every other finding unchanged")
        #expect(after.findings.filter { $0.hasSuffix(" \(task)") } == ["done notice-interpreter-requests 2027-r2-surrey-downs \(task)"])

        let since = try CLI.run(["check-notice", "--book", book, "--today", "2027-08-03", "--since-version", "1"])
        #expect(since.status == 65)
        #expect(since.stderr == "\(book): --since-version 1 is not an earlier published version (only version 1 has been published, so there is none earlier to compare with)\n")
        let previous = try CLI.run(["check-notice", "--book", book, "--previous", "Fixtures/claims/previous-plan.json"])
        #expect(previous.status == 64)
    }

    @Test("notice between two versions of the book: counted from the day the change was published; publishing a move into the past is refused")
    func noticeBetweenVersions() throws {
        let (folder, book) = try Self.book("versions")
        // Moved on 1 Aug to 8 Sep: published on 10 Sep, attendees would learn of it after the new date, so it is refused.
        let move = try CLI.run([
            "move", "2027-r2-east-surrey", "--date", "2027-09-08", "--reason", "the hall is being repaired", "--book", book, "--today", "2027-08-01",
        ])
        #expect(move.status == 0, "\(move.stderr)")
        let late = try CLI.run(["publish", "--book", book, "--today", "2027-09-10", "--out", folder + "/public"])
        #expect(late.status == 65)
        #expect(late.stderr == """
            \(book): the draft, planned on Sun 1 Aug 2027, has the East Surrey forum on Wed 8 Sep 2027, which is before today \
            (Fri 10 Sep 2027), and that is not what was published (expected `forum-planner plan --today 2027-09-10` again first, \
            to plan from today)

            """)
        // Published on 7 Sep instead: 1 day's notice, counted from the day it was published, whenever checked.
        let publish = try CLI.run(["publish", "--book", book, "--today", "2027-09-07", "--out", folder + "/public"])
        #expect(publish.status == 0, "\(publish.stderr)")
        for today in ["2027-09-07", "2027-09-10"] {
            let run = try CLI.run(["check-notice", "--book", book, "--today", today])
            #expect(run.status == 1)
            #expect(run.stdout.contains("""
                  - due Wed 8 Sep 2027  [notice-change] 2027-r2-east-surrey
                      Round 2 (September 2027), East Surrey, in person on Wed 8 Sep 2027: moved from Tue 14 Sep 2027 10:00 to Wed 8 Sep 2027 10:00: 1 day's notice; under 14 days, a short-notice change: contact every registered attendee directly (phone, text or post as they prefer), rebook or cancel taxis and interpreters, and send the updated calendar
                """), "\(run.stdout)")
        }
        let first = try CLI.run(["check-notice", "--book", book, "--today", "2027-09-10", "--since-version", "1", "--json"])
        #expect(first.status == 1, "comparing with version 1 by number gives the same breach")
    }

    @Test("a task done for a forum that has since moved is asked for again, saying so; recorded again, it is done")
    func doneBeforeAMove() throws {
        let (folder, book) = try Self.book("stale")
        let task = "2027-r2-east-surrey-venue-booking"
        #expect(try Self.notice(book, today: "2027-05-01").findings.contains("warning notice-venue-booking 2027-r2-east-surrey \(task)"))
        #expect(try CLI.run(["done", task, "--book", book, "--today", "2027-05-01"]).status == 0)
        #expect(try Self.notice(book, today: "2027-05-01").findings.contains("done notice-venue-booking 2027-r2-east-surrey \(task)"))
        let move = try CLI.run([
            "move", "2027-r2-east-surrey", "--date", "2027-09-08", "--reason", "the hall is being repaired", "--book", book, "--today", "2027-05-02",
        ])
        #expect(move.status == 0, "\(move.stderr)")
        #expect(try CLI.run(["publish", "--book", book, "--today", "2027-05-02", "--out", folder + "/public"]).status == 0)
        let run = try CLI.run(["check-notice", "--book", book, "--today", "2027-05-02"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("""
            Breaches (1):
              - due Fri 9 Apr 2027  [notice-venue-booking] 2027-r2-east-surrey (task \(task))
                  Round 2 (September 2027), East Surrey, in person on Wed 8 Sep 2027: Linden Road Community Centre had to be booked by Fri 9 Apr 2027 (its lead time is 150 days); it is new or changed since the published plan, so the lead time cannot be met: confirm the booking now or choose another venue (recorded done Sat 1 May 2027, but the task has changed since: do it again for the new details)
            """), "\(run.stdout)")
        #expect(try CLI.run(["done", task, "--book", book, "--today", "2027-05-03"]).status == 0)
        let again = try Self.notice(book, today: "2027-05-03")
        #expect(again.status == 0)
        #expect(again.findings.contains("done notice-venue-booking 2027-r2-east-surrey \(task)"))
    }
}
