import Mustache
import PlannerCore

/// The attendees' web site of one published version of the plan: a few static pages a trust can
/// upload as they are, with no server code and no JavaScript.
///
/// | File | Holds |
/// |---|---|
/// | `index.html` | every forum of the year, next round first, with changes and how to ask for help |
/// | `<area-id>.html` | one area's forums, and how to subscribe to its calendar |
/// | `newsletter.html`, `newsletter.txt` | the next two rounds, for the trust's newsletter, with request deadlines and changes |
/// | `easy-read.html` | the next two rounds in easy read |
/// | `large-print.html` | the schedule in large print |
/// | `style.css` | the one stylesheet (screen and A4 print) |
///
/// The pages are made from the Mustache templates in `Sources/PlanSite/Templates`, built into the
/// tool. The same input always gives byte-identical files: nothing comes from the clock.
public enum PlanSite {
    /// The pages that are not area pages; an area id may not make one of these names.
    public static let fixedPages = [
        "index.html", "newsletter.html", "newsletter.txt", "easy-read.html", "large-print.html", "style.css",
    ]

    /// The file names of the built-in templates and the stylesheet, sorted: the names a trust's
    /// own templates may replace.
    public static var templateNames: [String] { EmbeddedTemplates.files.keys.sorted() }

    /// The files of the site, sorted by name, each as (file name, text).
    ///
    /// - Parameter templates: template texts by file name (e.g. `index.mustache`) that replace
    ///   the built-in ones of the same name; empty for the built-in templates.
    /// - Throws: `SiteError.unusablePageName` for an area id that is not a plain file name or
    ///   names another page; `.unknownTemplate` for a replacement with a name the site does not
    ///   use; `.badTemplate` for a replaced template that does not parse. An empty plan is not an error: the pages say so.
    public static func files(_ input: SiteInput, templates: [String: String] = [:]) throws(SiteError)
        -> [(name: String, contents: String)]
    {
        let library = try SiteTemplates.library(replacing: templates)
        let builder = SiteBuilder(input)
        let pages = SitePages(builder: builder)
        var files: [(name: String, contents: String)] = [
            ("index.html", try library.render(pages.schedule(largePrint: false), template: "index")),
            ("large-print.html", try library.render(pages.schedule(largePrint: true), template: "large-print")),
            ("newsletter.html", try library.render(pages.newsletter(), template: "newsletter")),
            ("newsletter.txt", try library.render(pages.newsletter(), template: "newsletter.txt")),
            ("easy-read.html", try library.render(pages.easyRead(), template: "easy-read")),
            ("style.css", try library.file("style.css")),
        ]
        for area in input.problem.areas {
            files.append((try SiteBuilder.page(of: area.id), try library.render(pages.area(area), template: "area")))
        }
        return files.sorted { $0.name < $1.name }
    }
}
