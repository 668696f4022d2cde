import PlanSite
import PlannerCore

/// The attendees' pages, in the public set beside the calendars (written by `publish`, and by
/// `plan --out` for review), so that the folder uploaded to `publishing.base_url` holds both.
enum SiteOutput {
    /// Said after writing pages whose subscribe links use the placeholder address.
    static let placeholderNote =
        "Note: the pages link to the calendars at \(PublishingSettings.defaultBaseURL), a placeholder: "
        + "set publishing.base_url in the plan file to the address you upload them to."

    /// The files of the site, sorted by name, made with the trust's own templates from the plan
    /// file's `publishing.templates` folder, if any.
    ///
    /// - Throws: `Failure.badInput` when an area id cannot name its page or a trust's template has
    ///   an unknown name or does not parse (naming the folder).
    static func files(_ input: SiteInput) throws -> [(name: String, contents: String)] {
        let publishing = input.problem.publishing
        do {
            return try PlanSite.files(input, templates: publishing.templates)
        } catch {
            let place = publishing.templatesFolder.map { " (templates from \($0))" } ?? ""
            throw Failure.badInput("Cannot make the pages\(place): \(error)")
        }
    }
}
