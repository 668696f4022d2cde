import Foundation
import PlannerCore

/// Reading single values: numbers, dates, times, yes/no answers, money and ids, each with a
/// message that shows the bad text and an example of a good one.
extension YAMLValue {
    /// A number within its documented range (a whole number, or pounds and pence in pence).
    func number(_ range: InputRange) throws(InputError) -> Int {
        switch range.parse(try text(expected: range.expected)) {
        case .success(let value): return value
        case .failure(let problem): throw error(problem.text)
        }
    }

    /// A decimal number within its documented range, e.g. `1.3`.
    func decimal(_ range: InputRange) throws(InputError) -> Double {
        switch range.parseDecimal(try text(expected: range.expected)) {
        case .success(let value): return value
        case .failure(let problem): throw error(problem.text)
        }
    }

    /// A date written `YYYY-MM-DD`; impossible dates such as 2027-02-30 are refused.
    func date() throws(InputError) -> LocalDate {
        let expected = "a date written YYYY-MM-DD, e.g. 2027-04-13"
        let raw = try text(expected: expected)
        return try parseDate(raw, expected: expected)
    }

    /// Parses `YYYY-MM-DD`, explaining an impossible day or month.
    func parseDate(_ raw: String, expected: String) throws(InputError) -> LocalDate {
        switch Self.parseDate(raw) {
        case .success(let date): return date
        case .failure(let problem): throw error("\(problem.text) (expected \(expected))")
        }
    }

    /// What is wrong with a date's text, without the expectation.
    struct DateProblem: Error {
        let text: String
    }

    /// Parses `YYYY-MM-DD`; the failure says `"2027-02-30" is not a real date: February 2027 has 28 days`.
    static func parseDate(_ raw: String) -> Result<LocalDate, DateProblem> {
        guard let (year, month, day) = ASCIIText.isoDate(raw) ?? dateNumbers(raw) else {
            return .failure(DateProblem(text: "\(quoted(raw)) is not a date"))
        }
        guard (1...12).contains(month) else {
            return .failure(DateProblem(text: "\(quoted(raw)) is not a real date: there is no month \(month)"))
        }
        guard InputRanges.dateYears.contains(year) else {
            return .failure(DateProblem(text: "\(quoted(raw)) is out of range: \(InputRanges.yearText)"))
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            let days = LocalDate.daysIn(year: year, month: month)
            let name = YearMonth(year: year, month: month).name
            return .failure(DateProblem(text: "\(quoted(raw)) is not a real date: \(name) has \(days) days"))
        }
        return .success(date)
    }

    /// The year, month and day of `YYYY-MM-DD` written with any digits, or nil.
    static func dateNumbers(_ raw: String) -> (year: Int, month: Int, day: Int)? {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return (year, month, day)
    }

    /// One date, or an inclusive range written `2027-08-02 to 2027-08-13`.
    func datesOrRange() throws(InputError) -> [LocalDate] {
        let expected = "a date such as 2027-04-13, or a range such as 2027-08-02 to 2027-08-13"
        let raw = try text(expected: expected)
        let halves = raw.components(separatedBy: " to ")
        guard halves.count == 2 else {
            return [try parseDate(raw, expected: expected)]
        }
        let first = try parseDate(halves[0].trimmingCharacters(in: .whitespaces), expected: expected)
        let last = try parseDate(halves[1].trimmingCharacters(in: .whitespaces), expected: expected)
        guard first <= last else {
            throw error("\(quoted(raw)) ends before it starts (expected the first date, then `to`, then a later date)")
        }
        return (first.dayNumber...last.dayNumber).map(LocalDate.init(dayNumber:))
    }

    /// A month written `YYYY-MM`, e.g. `2027-06`.
    func yearMonth() throws(InputError) -> YearMonth {
        let expected = "a month written YYYY-MM, e.g. 2027-06"
        let raw = try text(expected: expected)
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { throw error("\(quoted(raw)) is not a month (expected \(expected))") }
        guard (1...12).contains(month) else {
            throw error("\(quoted(raw)) is not a real month: there is no month \(month) (expected \(expected))")
        }
        guard InputRanges.dateYears.contains(year) else {
            throw error("\(quoted(raw)) is out of range: \(InputRanges.yearText) (expected \(expected))")
        }
        return YearMonth(year: year, month: month)
    }

    /// A 24-hour clock time written `HH:MM`.
    func time() throws(InputError) -> TimeOfDay {
        let expected = "a 24-hour time written HH:MM, e.g. 10:00"
        let raw = try text(expected: expected)
        guard let time = TimeOfDay(text: raw) else { throw error("\(quoted(raw)) is not a time (expected \(expected))") }
        return time
    }

    /// `yes` or `no` (also `true` / `false`).
    func yesNo() throws(InputError) -> Bool {
        let raw = try text(expected: "yes or no")
        switch raw.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default: throw error("\(quoted(raw)) is not a yes/no answer (expected yes or no)")
        }
    }

    /// `yes`, `no` or `unknown`, for a venue feature.
    func tristate() throws(InputError) -> Tristate {
        let expected = "yes, no or unknown; unknown is never treated as yes"
        let raw = try text(expected: expected)
        guard let value = Tristate(rawValue: raw.lowercased()) else {
            throw error("\(quoted(raw)) is not yes, no or unknown (expected \(expected))")
        }
        return value
    }

    /// A stable id: lower-case letters, digits and single hyphens, e.g. `east-surrey`.
    func id(example: String) throws(InputError) -> String {
        let expected = "lower-case letters, digits and hyphens, e.g. \(example)"
        let raw = try text(expected: expected)
        guard Self.isID(raw) else { throw error("\(quoted(raw)) is not an id (expected \(expected))") }
        return raw
    }

    /// Whether `text` is lower-case letters and digits in words joined by single hyphens.
    static func isID(_ text: String) -> Bool {
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty
            && words.allSatisfy { word in
                !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            }
    }
}
