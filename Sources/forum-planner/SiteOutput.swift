import PlanSite
import PlannerCore

/// The attendees' pages, written into `site/` beside the calendars (by `plan` now, by `publish` later).
enum SiteOutput {
    /// The folder, inside the output folder, that holds the pages.
    static let folder = "site"

    /// The files of the site, named `site/<file>` for `AtomicFiles.write`, sorted by name.
    ///
    /// - Throws: `Failure.badInput` when an area id cannot name its page; `Failure.cannotWrite`
    ///   when a template cannot be rendered.
    static func files(_ input: SiteInput) throws -> [(name: String, contents: String)] {
        do {
            return try PlanSite.files(input).map { (name: "\(folder)/\($0.name)", contents: $0.contents) }
        } catch {
            if case .unusablePageName = error { throw Failure.badInput("Cannot make the pages: \(error)") }
            throw Failure.cannotWrite("Cannot make the pages: \(error)")
        }
    }
}
