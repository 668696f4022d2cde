/// Why the pages could not be made. Each case names what is wrong and what would be accepted.
public enum SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An area id that cannot be a page name, or that would overwrite another page.
    case unusablePageName(area: String, reason: String)
    /// A template that does not parse: its file, line and column.
    case badTemplate(file: String, line: Int, column: Int, problem: String)
    /// A template the pages need is not in the templates folder.
    case missingTemplate(String)
    /// A replacement template whose name is not one of the site's templates.
    case unknownTemplate(String, known: [String])

    public var description: String {
        switch self {
        case .unusablePageName(let area, let reason):
            return "area id \"\(area)\" cannot name its page: \(reason)"
        case .badTemplate(let file, let line, let column, let problem):
            return "template \(file):\(line):\(column): \(problem)"
        case .unknownTemplate(let name, let known):
            return "template \(name) is not one of the site's templates, so it would change nothing "
                + "(expected one of: \(known.joined(separator: ", ")))"
        case .missingTemplate(let name):
            return "template \(name) is missing (expected a file \(name) in Sources/PlanSite/Templates)"
        }
    }
}
