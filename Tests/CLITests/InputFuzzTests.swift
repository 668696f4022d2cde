import Foundation
import PlannerInput
import Testing

/// A seeded mutation test of every input format through the built binary: the plan file and the
/// files it includes, the venues CSV, a published plan.json, the claims, people and postcodes CSVs,
/// and the plan.json the checks read. Each case breaks one file of good input in one way (a number
/// swapped for an extreme, a byte inserted or deleted, a line removed, repeated or swapped, a value
/// made 5,000 characters long, the file cut short) and runs the command that reads it.
///
/// Every case must end with an exit status of 0, 1, 3, 64, 65 or 73, never a signal (a trap) or a
/// hang; a 65 must name an input file at the start of a line of standard error; and after any
/// status but 0 and 1 (1 is a check's verdict, which still writes the payment run) nothing may be
/// written. The seed is fixed, so a failure repeats: its message names the case and the mutation.
@Suite("Input fuzz", .serialized)
struct InputFuzzTests {
    /// The cases run; a few hundred keep the test well under a minute.
    static let caseCount = 180
    static let seed: UInt64 = 16

    /// SplitMix64: a small, well-mixed generator whose sequence is the same on every machine.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// A number from 0 to `count - 1`.
        mutating func below(_ count: Int) -> Int { Int(next() % UInt64(max(count, 1))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Values a number may be swapped for: every range's bounds and one past them, and numbers no
    /// range accepts or no machine word holds.
    static let extremes = [
        "0", "1", "-1", "2", "8", "9", "10", "15", "23", "24", "28", "29", "52", "53", "60", "61", "90", "100", "101", "200",
        "201", "260", "261", "365", "366", "600", "601", "720", "730", "731", "1000", "1001", "1999", "2000", "2200", "2201",
        "10000", "10001", "50000", "50001", "100000", "100001", "2147483647", "2147483648", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "99999999999999999999", "1e308", "0.5", "1.3", "3.01", "10000.00",
        "10000.01", "92233720368547758.07", "",
    ]

    /// Bytes that may be inserted: the ones that break YAML, CSV, JSON and UTF-8.
    static let bytes: [UInt8] = [0x00, 0x07, 0x7F, 0xFF, 0xC2, 0x0A, 0x0D, 0x09, 0x22, 0x27, 0x2C, 0x3A, 0x23, 0x5B, 0x7B, 0x7D, 0x2D, 0x20]

    /// One input file and the command that reads it.
    struct Target: Sendable {
        /// The file's name in the scratch folder.
        let file: String
        /// The command line; `@` stands for the scratch folder.
        let arguments: [String]

        func arguments(_ folder: String) -> [String] { arguments.map { $0.replacingOccurrences(of: "@", with: folder) } }
    }

    static let plan = [
        "plan", "--out", "@/out", "--node-budget", "20000", "--config", "@/plan.yaml", "--book", "@/plan-book.sqlite",
        "--today", "2027-01-15",
    ]
    static let checkClaims = [
        "check-claims", "@/claims.csv", "--people", "@/people.csv", "--postcodes", "@/postcodes.csv", "--plan", "@/checked.json",
        "--today", "2028-01-10", "--payments", "@/out/payments.csv",
    ]

    static let targets: [Target] = [
        Target(file: "plan.yaml", arguments: plan),
        Target(file: "calendars.yaml", arguments: plan),
        Target(file: "venues.yaml", arguments: plan),
        Target(file: "venues.csv", arguments: plan + ["--venues", "@/venues.csv"]),
        Target(
            file: "published.json",
            arguments: [
                "import-published", "@/published.json", "--config", "@/plan.yaml", "--book", "@/book.sqlite", "--today", "2027-01-15",
            ]),
        Target(file: "claims.csv", arguments: checkClaims),
        Target(file: "people.csv", arguments: checkClaims),
        Target(file: "postcodes.csv", arguments: checkClaims),
        Target(file: "checked.json", arguments: ["check-notice", "--config", "@/plan.yaml", "--plan", "@/checked.json", "--today", "2027-05-01"]),
        Target(file: "poll.csv", arguments: plan.map { $0 == "@/plan.yaml" ? "@/poll-plan.yaml" : $0 }),
    ]

    /// The good inputs, by scratch name: the Surrey year without its whole-line comments (so that
    /// mutations land on values), its venues as CSV, the published plan, and the claims fixture.
    static func baseFiles() throws -> [String: [UInt8]] {
        let sources = [
            "plan.yaml": "Fixtures/surrey-2027-28/plan.yaml", "calendars.yaml": "Fixtures/surrey-2027-28/calendars.yaml",
            "venues.yaml": "Fixtures/surrey-2027-28/venues.yaml", "venues.csv": "Fixtures/venues-csv/venues.csv",
            "published.json": "Calendars/plan.json", "claims.csv": "Fixtures/claims/claims.csv",
            "people.csv": "Fixtures/claims/people.csv", "postcodes.csv": "Fixtures/claims/postcodes.csv",
            "checked.json": "Fixtures/claims/plan.json",
            "poll-plan.yaml": "Fixtures/surrey-2027-28-poll/plan.yaml", "poll.csv": "Fixtures/surrey-2027-28-poll/poll.csv",
        ]
        var files: [String: [UInt8]] = [:]
        for (name, source) in sources {
            var text = try String(contentsOf: CLI.root.appendingPathComponent(source), encoding: .utf8)
            if name.hasSuffix(".yaml") {
                text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.joined(separator: "\n")
            }
            files[name] = [UInt8](text.utf8)
        }
        return files
    }

    /// Breaks `bytes` in one way chosen by `generator`, and says how.
    static func mutate(_ bytes: [UInt8], _ generator: inout Generator) -> (bytes: [UInt8], how: String) {
        var bytes = bytes
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        switch generator.below(8) {
        case 0, 1, 2:
            // A number swapped for an extreme (three times as likely as the rest: numbers are the point).
            var numbers: [Range<Int>] = []
            var index = 0
            while index < bytes.count {
                guard (0x30...0x39).contains(bytes[index]) else { index += 1; continue }
                var end = index
                while end < bytes.count, (0x30...0x39).contains(bytes[end]) || bytes[end] == 0x2E { end += 1 }
                numbers.append(index..<end)
                index = end
            }
            guard !numbers.isEmpty else { return (bytes, "no number to change") }
            let range = generator.pick(numbers)
            let value = generator.pick(extremes)
            let old = String(decoding: bytes[range], as: UTF8.self)
            bytes.replaceSubrange(range, with: Array(value.utf8))
            return (bytes, "number \(old) at byte \(range.lowerBound) -> \"\(value)\"")
        case 3:
            let at = generator.below(bytes.count + 1)
            let byte = generator.pick(Self.bytes)
            bytes.insert(byte, at: at)
            return (bytes, "byte 0x\(String(byte, radix: 16)) inserted at \(at)")
        case 4:
            let at = generator.below(bytes.count)
            let length = min(1 + generator.below(20), bytes.count - at)
            bytes.removeSubrange(at..<(at + length))
            return (bytes, "\(length) bytes deleted at \(at)")
        case 5:
            let line = generator.below(lines.count)
            switch generator.below(3) {
            case 0: lines.remove(at: line)
            case 1: lines.insert(lines[line], at: line)
            default: lines.swapAt(line, generator.below(lines.count))
            }
            return (Array(lines.joined(separator: [0x0A])), "line \(line + 1) removed, repeated or swapped")
        case 6:
            // A value after `: ` or `,` made 5,000 characters long.
            let separators = bytes.indices.filter { bytes[$0] == 0x2C || (bytes[$0] == 0x3A && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x20) }
            guard !separators.isEmpty else { return (bytes, "no value to lengthen") }
            let at = generator.pick(separators) + 1
            bytes.insert(contentsOf: Array(String(repeating: generator.pick(["9", "x", "é"]), count: 5_000).utf8), at: at)
            return (bytes, "5,000 characters inserted at \(at)")
        default:
            let at = generator.below(bytes.count)
            return (Array(bytes[..<at]), "cut at byte \(at) of \(bytes.count)")
        }
    }

    /// How a run ended.
    struct Outcome {
        let status: Int32
        let signalled: Bool
        let timedOut: Bool
        let stderr: String
    }

    /// Runs the binary in the repository root with output to files (no pipe to fill), killing it
    /// after `limit` seconds.
    static func run(_ arguments: [String], folder: String, limit: TimeInterval = 30) throws -> Outcome {
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = arguments
        process.currentDirectoryURL = CLI.root
        let errPath = folder + "/.stderr", outPath = folder + "/.stdout"
        FileManager.default.createFile(atPath: errPath, contents: nil)
        FileManager.default.createFile(atPath: outPath, contents: nil)
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        defer { try? err.close(); try? out.close() }
        process.standardError = err
        process.standardOutput = out
        try process.run()
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        let stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut, stderr: stderr)
    }

    @Test("mutated inputs of every format: a documented exit, no signal or hang, 65 names a file, nothing written on failure")
    func mutations() throws {
        let base = try Self.baseFiles()
        var generator = Generator(state: Self.seed)
        var cases: [Case] = []
        for number in 0..<Self.caseCount {
            let target = Self.targets[number % Self.targets.count]
            let (bytes, how) = Self.mutate(base[target.file] ?? [], &generator)
            cases.append(Case(target: target, bytes: bytes, description: "case \(number) (seed \(Self.seed)): \(target.file), \(how)"))
        }
        let statuses = try Self.runAll(cases, base: base)
        // The mutations must reach past the readers as well as be refused by them.
        #expect(statuses[65, default: 0] > Self.caseCount / 4, "\(statuses)")
        #expect(statuses[0, default: 0] + statuses[1, default: 0] > Self.caseCount / 10, "\(statuses)")
    }

    /// One run: the target, its file's bytes, and how they were made.
    struct Case: Sendable {
        let target: Target
        let bytes: [UInt8]
        let description: String
    }

    /// Runs every case, as many at a time as the machine has processors, each lane in its own
    /// scratch folder holding the good inputs but for the case's file; returns how many ended with
    /// each status. The cases are made before, so the order they run in changes nothing.
    static func runAll(_ cases: [Case], base: [String: [UInt8]]) throws -> [Int32: Int] {
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("forum-planner-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let folder = root + "/lane-\(lane)"
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for example in stride(from: lane, to: cases.count, by: lanes).map({ cases[$0] }) {
                    for (name, bytes) in base { try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name)) }
                    for made in ["out", "plan-book.sqlite", "book.sqlite"] { try? FileManager.default.removeItem(atPath: folder + "/" + made) }
                    try Data(example.bytes).write(to: URL(fileURLWithPath: folder + "/" + example.target.file))
                    let arguments = example.target.arguments(folder)
                    let outcome = try run(arguments, folder: folder)
                    results.add(outcome.status)
                    check(outcome, place: "\(example.description); forum-planner \(arguments.joined(separator: " "))", folder: folder, inputs: Array(base.keys))
                }
            } catch {
                Issue.record("lane \(lane): \(error)")
            }
        }
        return results.counts
    }

    /// The statuses of the runs, counted from several lanes.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var statuses: [Int32: Int] = [:]
        func add(_ status: Int32) { lock.lock(); statuses[status, default: 0] += 1; lock.unlock() }
        var counts: [Int32: Int] { lock.lock(); defer { lock.unlock() }; return statuses }
    }

    /// The promises every run keeps, whatever its input.
    static func check(_ outcome: Outcome, place: String, folder: String, inputs: [String]) {
            #expect(!outcome.timedOut, "hung: \(place)")
            #expect(!outcome.signalled, "signal \(outcome.status): \(place)\n\(outcome.stderr.prefix(2_000))")
            #expect([0, 1, 3, 64, 65, 73].contains(outcome.status), "exit \(outcome.status): \(place)\n\(outcome.stderr.prefix(2_000))")
            if outcome.status == 65 {
                let paths = inputs.map { folder + "/" + $0 + ":" }
                let names = outcome.stderr.split(separator: "\n").contains { line in paths.contains { line.hasPrefix($0) } }
                #expect(names, "65 without a file: \(place)\n\(outcome.stderr.prefix(2_000))")
            }
            if ![0, 1].contains(outcome.status) {
                #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "wrote after exit \(outcome.status): \(place)")
            }
            // Bad input or usage touches nothing, not even the plan book.
            if [64, 65].contains(outcome.status) {
                for book in ["plan-book.sqlite", "book.sqlite"] {
                    #expect(!FileManager.default.fileExists(atPath: folder + "/" + book), "made the book after exit \(outcome.status): \(place)")
                }
            }
    }

    /// `10,000` as a file would hold it: `10000` (and `£10,000.00` as `10000.00`).
    static func written(_ text: String) -> String { text.filter { $0 != "," && $0 != "£" } }

    /// Where a range's value is in the good inputs: the file, and the byte range of its first value.
    static func place(of range: InputRange, in files: [String: [UInt8]]) -> (file: String, at: Range<String.Index>)? {
        for (source, key) in zip(range.sources, range.keys) {
            let name = key.split(separator: ".").last.map { String($0).replacingOccurrences(of: "[]", with: "") } ?? key
            switch source {
            case .planFile:
                // `weights.*`: the first key of the section; any other: the key itself.
                let pattern = name == "*" ? "(?m)^\\Q\(key.dropLast(2))\\E:\\n +[a-z_0-9]+: ([^,}\\s#]+)" : "(?m)(?:^|[ {,])\\Q\(name)\\E: ([^,}\\s#]+)"
                for file in ["plan.yaml", "venues.yaml", "calendars.yaml"] {
                    let text = String(decoding: files[file] ?? [], as: UTF8.self)
                    if let match = text.firstMatch(of: try! Regex(pattern)), let value = match.output[1].range {
                        return (file, value)
                    }
                }
            case .planJSON:
                let text = String(decoding: files["published.json"] ?? [], as: UTF8.self)
                if let match = text.firstMatch(of: try! Regex("\"\\Q\(name)\\E\" : (-?[0-9]+)")), let value = match.output[1].range {
                    return ("published.json", value)
                }
            case .venuesCSV, .claimsCSV, .postcodesCSV, .pollCSV:
                let file = source == .venuesCSV ? "venues.csv" : source == .claimsCSV ? "claims.csv" : source == .pollCSV ? "poll.csv" : "postcodes.csv"
                let text = String(decoding: files[file] ?? [], as: UTF8.self)
                let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
                guard lines.count > 1, let column = lines[0].split(separator: ",").firstIndex(where: { $0 == name }) else { continue }
                // The first data row's cells, split at commas outside quotes.
                var start = lines[1].startIndex, cells: [Range<String.Index>] = [], quoted = false
                for index in lines[1].indices {
                    if lines[1][index] == "\"" { quoted.toggle() }
                    if lines[1][index] == ",", !quoted { cells.append(start..<index); start = lines[1].index(after: index) }
                }
                cells.append(start..<lines[1].endIndex)
                if column < cells.count { return (file, cells[column]) }
            }
        }
        return nil
    }

    @Test("every range's lowest and highest value, in the files that hold it: a documented exit, no signal")
    func extremes() throws {
        let base = try Self.baseFiles()
        var cases: [Case] = []
        for range in InputRanges.all {
            guard let (file, at) = Self.place(of: range, in: base) else { continue }
            let target = try #require(Self.targets.first { $0.file == file })
            for value in [range.lowestText, range.highestText].map(Self.written) {
                var text = String(decoding: base[file] ?? [], as: UTF8.self)
                text.replaceSubrange(at, with: value)
                cases.append(Case(target: target, bytes: Array(text.utf8), description: "\(range.keys.joined(separator: ", ")) = \(value) in \(file)"))
            }
        }
        // Nearly every range is found in the good inputs (the rest are absent from them).
        #expect(cases.count >= 2 * (InputRanges.all.count - 8), "only \(cases.count / 2) of \(InputRanges.all.count) ranges found in the inputs")
        _ = try Self.runAll(cases, base: base)
    }
}
