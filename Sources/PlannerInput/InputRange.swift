/// The documented range of a number read from an input file: what it measures, its lowest and
/// highest accepted values, an example, and why the range is what it is.
///
/// Every number any reader takes from a file is read through one of the ranges in
/// `InputRanges.all`, and `Documentation/PlanFile-Ranges.md` is that table rendered (a test keeps
/// the two equal). A value outside its range is an input error naming the file, line, key, value
/// and range, e.g.
///
///     plan.yaml:88: weights.monday: "20000000000000000" is out of range (expected penalty points from 0 to 10,000, e.g. 4)
public struct InputRange: Sendable {
    /// How the value is written and stored.
    public enum Bounds: Sendable, Equatable {
        /// A whole number.
        case whole(ClosedRange<Int>)
        /// Pounds and pence (`12.40`, `£12.40` or `12`), stored in pence.
        case pence(ClosedRange<Int>)
        /// A number with at most two decimal places (`12.4`), stored in hundredths.
        case hundredths(ClosedRange<Int>)
        /// A decimal number (`51.2401`).
        case decimal(ClosedRange<Double>)
    }

    /// The file the value is in, as the documentation names it.
    public enum Source: String, Sendable, CaseIterable {
        case planFile = "plan file (YAML)"
        case venuesCSV = "venues CSV"
        case claimsCSV = "claims CSV"
        case postcodesCSV = "postcodes CSV"
        case planJSON = "plan.json"
        case pollCSV = "poll CSV"
    }

    /// The keys or columns holding the value, e.g. `venues[].capacity`.
    public let keys: [String]
    /// The files holding the value; `keys` lists its key in each, in the same order.
    public let sources: [Source]
    public let bounds: Bounds
    /// What the number is, e.g. "penalty points".
    public let what: String
    /// A good value, e.g. "10".
    public let example: String
    /// Why the range is what it is, for the documentation.
    public let why: String

    public init(_ sources: [Source], _ keys: [String], _ bounds: Bounds, what: String, example: String, why: String) {
        self.sources = sources; self.keys = keys; self.bounds = bounds; self.what = what; self.example = example
        self.why = why
    }

    /// `penalty points from 0 to 10,000, e.g. 10`: the text in brackets after an error.
    public var expected: String { "\(what) from \(lowestText) to \(highestText), e.g. \(example)" }

    /// The lowest accepted value as written, e.g. `0`, `£0.00`, `-90`.
    public var lowestText: String { boundText(upper: false) }

    /// The highest accepted value as written, e.g. `10,000`, `£10,000.00`, `2000`.
    public var highestText: String { boundText(upper: true) }

    /// The upper or lower bound as written.
    func boundText(upper: Bool) -> String {
        switch bounds {
        case .whole(let r): return Self.grouped(upper ? r.upperBound : r.lowerBound)
        case .pence(let r): return Self.pounds(upper ? r.upperBound : r.lowerBound)
        case .hundredths(let r): return Self.twoPlaces(upper ? r.upperBound : r.lowerBound)
        case .decimal(let r): return Self.plain(upper ? r.upperBound : r.lowerBound)
        }
    }

    /// `10,000`: thousands separated by commas from ten thousand (`2200` stays a year).
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard value.magnitude >= 10_000 else { return String(value) }
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `£10,000.00` from pence.
    static func pounds(_ pence: Int) -> String {
        let pennies = pence % 100
        return "£\(grouped(pence / 100)).\(pennies < 10 ? "0" : "")\(pennies)"
    }

    /// `2,000` or `12.5` from hundredths.
    static func twoPlaces(_ hundredths: Int) -> String {
        let fraction = hundredths % 100
        guard fraction != 0 else { return grouped(hundredths / 100) }
        return "\(grouped(hundredths / 100)).\(fraction < 10 ? "0" : "")\(fraction % 10 == 0 ? fraction / 10 : fraction)"
    }

    /// `-90` or `1.5`: a decimal bound without a needless `.0`.
    static func plain(_ value: Double) -> String {
        value == value.rounded() ? grouped(Int(value)) : "\(value)"
    }
}

extension InputRange {
    /// What is wrong with a written value, without the place: `"abc" is not a whole number (expected ...)`.
    public struct Problem: Error, Equatable, Sendable {
        public let text: String
    }

    /// The value of `raw` in the range's stored unit (pence, hundredths), or why it is not acceptable.
    ///
    /// A number too large to hold at all is out of range like any other, never a trap.
    public func parse(_ raw: String) -> Result<Int, Problem> {
        let shown = quoted(raw)
        switch bounds {
        case .whole(let range):
            let unsigned = raw.hasPrefix("-") || raw.hasPrefix("+") ? raw.dropFirst() : Substring(raw)
            guard !unsigned.isEmpty, unsigned.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                return .failure(Problem(text: "\(shown) is not a whole number (expected \(expected))"))
            }
            guard let value = Int(raw), range.contains(value) else { return .failure(outOfRange(raw)) }
            return .success(value)
        case .pence(let range):
            let digits = raw.hasPrefix("£") ? String(raw.dropFirst()) : raw
            guard let value = Self.scaled(digits, places: 2, exact: true) else {
                return .failure(Problem(text: "\(shown) is not an amount in pounds (expected \(expected))"))
            }
            guard let pence = value, range.contains(pence) else { return .failure(outOfRange(raw)) }
            return .success(pence)
        case .hundredths(let range):
            guard let value = Self.scaled(raw, places: 2, exact: false) else {
                return .failure(Problem(text: "\(shown) is not a number with at most two decimal places (expected \(expected))"))
            }
            guard let hundredths = value, range.contains(hundredths) else { return .failure(outOfRange(raw)) }
            return .success(hundredths)
        case .decimal:
            return .failure(Problem(text: "\(shown) must be read as a decimal (expected \(expected))"))
        }
    }

    /// The value of `raw` as a decimal number within the range, or why not.
    public func parseDecimal(_ raw: String) -> Result<Double, Problem> {
        guard case .decimal(let range) = bounds else {
            return parse(raw).map { value in
                switch bounds {
                case .pence, .hundredths: return Double(value) / 100
                default: return Double(value)
                }
            }
        }
        guard raw.contains(where: \.isNumber), raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
            let value = Double(raw), value.isFinite
        else { return .failure(Problem(text: "\(quoted(raw)) is not a number (expected \(expected))")) }
        guard range.contains(value) else { return .failure(outOfRange(raw)) }
        return .success(value)
    }

    /// Whether a number already read (from JSON) is a whole number in range; nil when it is not.
    public func whole(_ number: Double) -> Int? {
        guard case .whole(let range) = bounds, number.isFinite, number == number.rounded(),
            number >= Double(range.lowerBound), number <= Double(range.upperBound)
        else { return nil }
        return Int(number)
    }

    /// Why a count of items (areas, lines) is out of range, or nil when it is in range.
    public func countProblem(_ count: Int, of items: String) -> String? {
        guard case .whole(let range) = bounds, !range.contains(count) else { return nil }
        return "has \(Self.grouped(count)) \(items) (expected \(expected))"
    }

    /// `"…" is out of range (expected ...)`.
    public func outOfRange(_ raw: String) -> Problem {
        Problem(text: "\(quoted(raw)) is out of range (expected \(expected))")
    }

    /// `12.40` (or `12`) as 1240 for two places. Nil when the text is not such a number; `.some(nil)`
    /// when it is but is too large to hold. With `exact`, a fraction must have exactly `places` digits.
    static func scaled(_ text: String, places: Int, exact: Bool) -> Int?? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 {
            guard exact ? fraction.count == places : (1...places).contains(fraction.count) else { return nil }
        }
        fraction += String(repeating: "0", count: places - fraction.count)
        // More than 15 digits before the point cannot be in any range, and could not be held.
        guard parts[0].drop(while: { $0 == "0" }).count <= 15, let whole = Int(parts[0]), let part = Int(fraction) else {
            return .some(nil)
        }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        return .some(whole * scale + part)
    }
}
