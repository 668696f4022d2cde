/// Why the plan book cannot do what was asked. Each names the book's file.
public enum BookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// There is no book at the path, and the command does not start one.
    case missing(path: String)
    /// The file exists but is not a plan book (not SQLite, or another program's database).
    case notABook(path: String, reason: String)
    /// The book was written by a newer version of forum-planner: its schema has steps this one does not know.
    case newerSchema(path: String, unknown: [String])
    /// The book belongs to another plan year.
    case wrongYear(path: String, book: Int, plan: Int)
    /// SQLite failed while reading or writing the book.
    case database(path: String, message: String)
    /// A file or folder of the public set cannot be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): there is no plan book here (expected one started by `forum-planner plan` or `import-published`; --book names another)"
        case .notABook(let path, let reason):
            return "\(path): is not a plan book (\(reason)); expected a file written by `forum-planner plan`, or a new file name"
        case .newerSchema(let path, let unknown):
            return "\(path): this plan book was written by a newer version of forum-planner "
                + "(it has schema steps this version does not know: \(unknown.joined(separator: ", "))); "
                + "use that version or a later one. The book was not changed."
        case .wrongYear(let path, let book, let plan):
            return "\(path): this plan book is for the plan year \(book), but the plan file is for \(plan) (expected a book per plan year; use --book to name another)"
        case .database(let path, let message):
            return "\(path): the plan book cannot be read or written: \(message)"
        case .cannotWrite(let path, let reason):
            return "Cannot write \(path): \(reason)"
        }
    }
}
