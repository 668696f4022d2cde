/// What the templates see: plain values with the wording already made, one struct per kind of
/// block. Mustache reads their stored properties by name (`{{when}}`, `{{#forums}}`), so a
/// property renamed here must be renamed in the templates; the whole-text tests catch a miss.
///
/// A `Bool` or an optional opens a section only when true or present; an empty list opens none.

/// The site as a whole: shown in the header and footer of every page.
struct SiteView: Sendable {
    /// "FoCUS forums"
    let name: String
    /// "Published by … on Friday 15 January 2027."
    let published: String
    let mailbox: Link?
}

/// A link: its text and address.
struct Link: Sendable {
    let text: String
    let href: String
}

/// A sentence that may hold one link, split around it.
struct LinkedText: Sendable {
    let before: String
    let link: Link?
    let after: String
    /// The whole sentence as plain text.
    let plain: String
}

/// One entry of the navigation.
struct NavItem: Sendable {
    let label: String
    let href: String
    let current: Bool
}

/// A label and its text, e.g. "Taxi" and the taxi note.
struct Note: Sendable {
    let label: String
    let text: String
}

/// Access at a venue: "Has", "Does not have" or "Not yet confirmed", and the features.
struct AccessGroup: Sendable {
    let label: String
    let features: [String]
}

/// What a moved or cancelled forum says about the change (the wording is in the templates).
struct ChangeNote: Sendable {
    let isMoved: Bool
    let isCancelled: Bool
    /// The day of the change, e.g. "Friday 15 January 2027".
    let changedOn: String
    /// As first announced: "Tuesday 8 June 2027 at 10:00", "in person", "Hale Road Community Centre".
    let previousWhen: String
    let previousMode: String
    let previousPlace: String?
    /// When and where a moved forum is now: "Wednesday 8 September 2027, 10:00 to 13:00, in person at
    /// Lynchford Rooms"; nil for a cancelled one.
    let now: String?
    let reason: String?
}

/// One forum as a block of facts.
struct ForumView: Sendable {
    /// The fragment id of its block, e.g. `r1-east-surrey`.
    let anchor: String
    let areaName: String
    let areaPage: String
    /// The block's heading: "East Surrey: online" on an overview page, "June 2027: online" on its area page.
    var heading: String
    let areaHeading: String
    /// "Tuesday 8 June 2027, 10:15 to 12:15"
    let when: String
    let date: String
    let start: String
    let end: String
    /// "Online" or "In person"; "Cancelled" for a cancelled forum.
    let mode: String
    let modeLower: String
    let isOnline: Bool
    let isInPerson: Bool
    let isCancelled: Bool
    /// Venue, address and postcode, or what is said while the venue is not yet known.
    let place: String?
    let venueName: String?
    let venueAddress: String?
    let gettingThere: String?
    let travelNotes: [Note]
    let access: [AccessGroup]
    let onlineSteps: [LinkedText]
    let interpreterBooked: Bool
    /// The last days to ask for an interpreter and for another format.
    let interpreterBy: String
    let formatBy: String
    let change: ChangeNote?
}

/// The forums of one round.
struct RoundView: Sendable {
    let anchor: String
    /// "June 2027"
    let month: String
    /// "Forums in June 2027"
    let heading: String
    let isPast: Bool
    let forums: [ForumView]
}

/// An area and its page.
struct AreaLink: Sendable {
    let name: String
    let page: String
}

/// The calendar feeds of one page: the area's and the whole year's.
struct SubscribeView: Sendable {
    struct Feed: Sendable {
        /// "East Surrey forums" or "all FoCUS forums"
        let label: String
        let webcal: String
        let https: String
    }
    let feeds: [Feed]
    let refreshNote: String
}

/// One row of the newsletter's table of request deadlines.
struct DeadlineRow: Sendable {
    let forum: String
    let interpreter: String
    let format: String
}

/// One entry of a list of changes.
struct ChangeItem: Sendable {
    /// "East Surrey, Tuesday 8 June 2027"
    let forum: String
    let anchor: String
    let areaPage: String
    let note: ChangeNote
}

/// What every page shows about asking for help.
struct HelpView: Sendable {
    let mailbox: Link?
    /// "Please ask at least 14 days ahead for an interpreter, and …"
    let requestNotice: String
    let interpreterDays: Int
    let formatWorkingDays: Int
    /// The taxi and travel-costs notes of the plan file.
    let travelNotes: [Note]
    /// True when the plan file says how travel is paid back.
    let paysTravel: Bool
}

/// The schedule pages: `index.html` (all forums) and `large-print.html`.
struct SchedulePage: Sendable {
    let site: SiteView
    let title: String
    let nav: [NavItem]
    let bodyClass: String?
    let purpose: String
    let areas: [AreaLink]
    let changes: [ChangeItem]
    let rounds: [RoundView]
    let help: HelpView
    let feeds: SubscribeView
}

/// One area's page, e.g. `east-surrey.html`.
struct AreaPage: Sendable {
    let site: SiteView
    let title: String
    let nav: [NavItem]
    let bodyClass: String?
    let areaName: String
    let purpose: String
    let interpreterBooked: Bool
    let subscribe: SubscribeView
    let changes: [ChangeItem]
    let forums: [ForumView]
    let help: HelpView
}

/// `newsletter.html` and `newsletter.txt`: the next two rounds, to paste into the trust's newsletter.
struct NewsletterPage: Sendable {
    let site: SiteView
    let title: String
    let nav: [NavItem]
    let bodyClass: String?
    let purpose: String
    let rounds: [RoundView]
    let hasOnline: Bool
    let hasInPerson: Bool
    let onlineSteps: [LinkedText]
    let help: HelpView
    let deadlines: [DeadlineRow]
    let changes: [ChangeItem]
    /// "since the last newsletter" or "since the forums were first announced"
    let changesSince: String
    let feeds: SubscribeView
}

/// `easy-read.html`: the next two rounds in easy read.
struct EasyReadPage: Sendable {
    let site: SiteView
    let title: String
    let nav: [NavItem]
    let bodyClass: String?
    let forumName: String
    let roundsPerYear: Int
    let rounds: [RoundView]
    let help: HelpView
}
