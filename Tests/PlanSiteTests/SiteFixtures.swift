import PlanSite
import PlannerCore
import TestSupport

/// The hand-built plan of `PlanFixtures` as a site input: published on 1 May 2027 (so June 2027
/// is the next round), with a reason for each change, as the plan book will give them.
enum SiteFixtures {
    static let publishedOn = PlanFixtures.date("2027-05-01")

    static let reasons: [ForumID: String] = [
        "2027-r2-north-west": "The hall is needed for a flu clinic that day",
        "2027-r3-east-surrey": "There are only two rounds this year.",
        "2027-r2-old-area": "The North East area has joined North West.",
    ]

    static func input(publishedOn: LocalDate = publishedOn, newChanges: Set<ForumID>? = nil) -> SiteInput {
        var input = SiteInput(plan: PlanFixtures.plan(), problem: PlanFixtures.problem(), publishedOn: publishedOn)
        input.changes = input.changes.map { change in
            var change = change
            change.reason = reasons[change.forum]
            change.changedOn = PlanFixtures.date("2027-04-20")
            return change
        }
        input.newChanges = newChanges
        return input
    }

    /// The rendered files by name.
    static func files(_ input: SiteInput = input(), templates: [String: String] = [:]) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try PlanSite.files(input, templates: templates).map { ($0.name, $0.contents) })
    }
}
