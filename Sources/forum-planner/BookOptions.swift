import ArgumentParser
import Foundation
import PlanBook
import PlannerCore

/// `--book FILE` and `--today YYYY-MM-DD`: the plan book and the day, shared by the book's commands.
struct BookOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The plan book (SQLite) that records the year (default: plan-book.sqlite next to the plan file).", valueName: "file"))
    var book: String?

    @Option(name: .long, help: ArgumentHelp(
        "The day of planning, YYYY-MM-DD (default: today in Europe/London). Scripts and tests always give it.", valueName: "date"))
    var today: DayArgument?

    func validate() throws { try PathValidation.check(book, option: "--book", kind: .outputFile) }

    /// The book's path: `--book`, else `plan-book.sqlite` next to the plan file.
    func path(config: String) -> String {
        if let book { return book }
        let parent = (config as NSString).deletingLastPathComponent
        return parent.isEmpty ? PlanBook.defaultFileName : (parent as NSString).appendingPathComponent(PlanBook.defaultFileName)
    }

    /// The day: `--today`, else the date in Europe/London now.
    var day: LocalDate { today?.date ?? CheckOptions.currentDate() }

    /// Opens the book for the problem's year; `create` makes it when missing.
    func open(config: String, problem: PlanningProblem, create: Bool) throws -> PlanBook {
        do { return try PlanBook(path: path(config: config), planYear: problem.planYear, create: create) } catch {
            throw Failure.book(error)
        }
    }
}

extension Failure {
    /// A plan book error: bad or newer books are bad input (65); a public set that cannot be written, 73.
    static func book(_ error: BookError) -> Failure {
        if case .cannotWrite = error { return .cannotWrite("\(error)") }
        return .badInput("\(error)")
    }
}

/// Runs a plan book call, turning its error into a `Failure`.
func booked<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as BookError { throw Failure.book(error) }
}
