import PlannerCore
import Testing

@testable import PlannerInput

/// `PollCSV`: an attendee availability poll's counts, and every bad file refused with its full error text.
@Suite("PollCSV")
struct PollCSVTests {
    static func surrey() throws -> PlanningProblem {
        try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28/plan.yaml"))
    }

    static let header = "round,area,date,start,yes,if_need_be,no"

    /// The error text for `text` read as `x/poll.csv`, or nil when it loads.
    static func error(_ text: String) throws -> String? {
        let problem = try surrey()
        do {
            _ = try PollCSV.load(text: text, fileName: "x/poll.csv", problem: problem)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("rows with and without a start time; the exact start wins over the whole day")
    func loads() throws {
        let text = """
            \(Self.header)
            2,east-surrey,2027-09-07,,6,1,2
            2,east-surrey,2027-09-07,10:00,4,0,5
            1,surrey-wide-evening,2027-06-08,18:15,3,2,0

            """
        let poll = try PollCSV.load(text: text, fileName: "x/poll.csv", problem: try Self.surrey())
        #expect(poll.rows.count == 3)
        let date = try #require(LocalDate(iso: "2027-09-07"))
        let ten = try #require(TimeOfDay(text: "10:00"))
        let later = try #require(TimeOfDay(text: "11:30"))
        #expect(poll.answers(round: 2, area: "east-surrey", date: date, start: ten)?.no == 5)
        #expect(poll.answers(round: 2, area: "east-surrey", date: date, start: later)?.no == 2)
        #expect(poll.answers(round: 2, area: "surrey-downs", date: date, start: ten) == nil)
        #expect(poll.answers(round: 1, area: "surrey-wide-evening", date: try #require(LocalDate(iso: "2027-06-08")), start: try #require(TimeOfDay(text: "18:15")))?.ifNeedBe == 2)
    }

    @Test("a file without the start column: every row is a whole day")
    func noStartColumn() throws {
        let text = "round,area,date,yes,if_need_be,no\n3,surrey-downs,2027-12-07,1,2,3\n"
        let poll = try PollCSV.load(text: text, fileName: "x/poll.csv", problem: try Self.surrey())
        #expect(poll.rows.map(\.start) == [nil])
        #expect(poll.rows.map(\.no) == [3])
    }

    static let errors: [(String, String)] = [
        (
            "round,area,date,start,name,yes,if_need_be,no\n1,east-surrey,2027-06-08,,Jo Bloggs,1,0,0\n",
            "x/poll.csv:1: unknown column `name` (expected the columns round, area, date, start (may be left out), yes, if_need_be and no; a poll file holds counts only, never names)"
        ),
        (
            "round,area,date,start,yes,if_need_be\n1,east-surrey,2027-06-08,,1,0\n",
            "x/poll.csv:1: missing column `no` (expected the columns round, area, date, start (may be left out), yes, if_need_be and no; a poll file holds counts only, never names)"
        ),
        (
            "\(header)\n1,east-surrey,2027-06-08,,1,0,three\n",
            "x/poll.csv:2: column no: \"three\" is not a whole number (expected a number of people who answered from 0 to 1000, e.g. 3)"
        ),
        (
            "\(header)\n1,east-surrey,2027-06-08,,1,-1,0\n",
            "x/poll.csv:2: column if_need_be: \"-1\" is out of range (expected a number of people who answered from 0 to 1000, e.g. 3)"
        ),
        (
            "\(header)\n1,east-surrey,2027-06-08,,1001,0,0\n",
            "x/poll.csv:2: column yes: \"1001\" is out of range (expected a number of people who answered from 0 to 1000, e.g. 3)"
        ),
        (
            "\(header)\n5,east-surrey,2027-06-08,,1,0,0\n",
            "x/poll.csv:2: column round: 5 is not a round of this plan (expected a round from 1 to 4)"
        ),
        (
            "\(header)\n0,east-surrey,2027-06-08,,1,0,0\n",
            "x/poll.csv:2: column round: \"0\" is out of range (expected the round number from 1 to 52, e.g. 1)"
        ),
        (
            "\(header)\n1,east-sury,2027-06-08,,1,0,0\n",
            "x/poll.csv:2: column area: unknown area `east-sury`: did you mean `east-surrey`? (expected one of: east-surrey, north-west-surrey, surrey-downs, guildford-waverley, farnham-north-east-hants, surrey-wide-evening)"
        ),
        (
            "\(header)\n2,east-surrey,2027-06-08,,1,0,0\n",
            "x/poll.csv:2: column date: 2027-06-08 is not in round 2's forum month (expected a date in September 2027)"
        ),
        (
            "\(header)\n1,east-surrey,8/6/2027,,1,0,0\n",
            "x/poll.csv:2: column date: \"8/6/2027\" is not a date (expected a date in June 2027, e.g. 2027-06-07)"
        ),
        (
            "\(header)\n1,east-surrey,2027-06-08,10am,1,0,0\n",
            "x/poll.csv:2: column start: \"10am\" is not a time (expected a start time such as 10:00, or nothing for the whole day)"
        ),
        (
            "\(header)\n1,east-surrey,2027-06-08,10:00,1,0,0\n1,east-surrey,2027-06-08,10:00,2,0,0\n",
            "x/poll.csv:3: column date: round 1, `east-surrey`, 2027-06-08 at 10:00 is given twice, first at line 2 (expected each round, area, date and start once)"
        ),
        (
            "\(header)\n1,,2027-06-08,,1,0,0\n",
            "x/poll.csv:2: column area: is empty (expected an area id, e.g. east-surrey)"
        ),
    ]

    @Test("bad files are refused with the file, line, column, value and what was expected", arguments: errors)
    func refused(text: String, expected: String) throws {
        #expect(try Self.error(text) == expected)
    }

    @Test("the plan file's poll key: a missing file is named at the key")
    func missingFile() throws {
        let plan = try SourceFile.read(FixturePaths.path("Fixtures/surrey-2027-28-poll/plan.yaml"))
        let broken = plan.replacingOccurrences(of: "poll: poll.csv", with: "poll: polls.csv")
        let fileName = FixturePaths.path("Fixtures/surrey-2027-28-poll/plan.yaml")
        do {
            _ = try PlanFile.load(text: broken, fileName: fileName)
            Issue.record("loaded")
        } catch {
            let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("poll:") }) + 1
            let folder = FixturePaths.path("Fixtures/surrey-2027-28-poll")
            #expect(error.description == "\(fileName):\(line): poll: cannot read the poll \"polls.csv\": no such file at \(folder)/polls.csv (expected a CSV file of poll counts next to the plan file, e.g. poll.csv)")
        }
    }

    @Test("the poll fixture loads its counts; Surrey has no poll")
    func fixture() throws {
        let polled = try PlanFile.load(path: FixturePaths.path("Fixtures/surrey-2027-28-poll/plan.yaml"))
        #expect(!polled.poll.isEmpty)
        #expect(polled.poll.rows.allSatisfy { $0.yes + $0.ifNeedBe + $0.no > 0 })
        #expect(try Self.surrey().poll.isEmpty)
    }
}
