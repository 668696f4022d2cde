import PlannerCore

/// Turns a `SiteInput` into the views the templates render: which rounds come first, each
/// forum's facts in plain words, the deadlines, the feeds. The wording about a forum comes from
/// `ForumText`, shared with the calendars; the wording around it is in the templates.
struct SiteBuilder {
    let input: SiteInput
    let areas: [Area.ID: Area]
    let venues: [Venue.ID: Venue]
    let dates: RoundDates
    /// Each round's forums and cancelled forums, as they are shown.
    let rounds: [Int: [ForumView]]
    /// Rounds in the order the schedule shows them: the next round first, then the later ones,
    /// then the rounds already held.
    let roundOrder: [Int]

    init(_ input: SiteInput) {
        self.input = input
        let problem = input.problem
        areas = Dictionary(problem.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        venues = Dictionary(problem.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        dates = RoundDates(problem)
        var rounds: [Int: [(LocalDate, String, ForumView)]] = [:]
        let moves = Dictionary(
            input.changes.filter { $0.kind == .moved }.map { ($0.forum, $0) }, uniquingKeysWith: { first, _ in first })
        let views = ForumViews(input: input, areas: areas, venues: venues, dates: dates)
        for m in input.forums {
            rounds[m.round, default: []].append((m.date, m.area.rawValue, views.forum(m, moved: moves[m.id])))
        }
        for change in input.changes where change.kind == .cancelled {
            rounds[change.round, default: []].append((change.previous.date, change.area.rawValue, views.cancelled(change)))
        }
        self.rounds = rounds.mapValues { $0.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2) }
        let numbers = rounds.keys.sorted()
        let next = numbers.first { round in
            input.forums.contains { $0.round == round && $0.date >= input.publishedOn }
        }
        if let next, let index = numbers.firstIndex(of: next) {
            roundOrder = Array(numbers[index...] + numbers[..<index])
        } else {
            roundOrder = numbers
        }
        nextRound = next
    }

    /// The round of the next forum, nil when every forum has taken place.
    let nextRound: Int?

    var problem: PlanningProblem { input.problem }

    /// Every round, next first, each with its forums.
    func roundViews() -> [RoundView] {
        roundOrder.map { roundView($0, forums: rounds[$0] ?? []) }
    }

    /// The next two rounds (the newsletter's and the easy-read page's).
    func nextTwoRounds() -> [RoundView] {
        guard let nextRound else { return [] }
        return [nextRound, nextRound + 1].filter { rounds[$0] != nil }.map { roundView($0, forums: rounds[$0] ?? []) }
    }

    func roundView(_ round: Int, forums: [ForumView]) -> RoundView {
        let month = problem.rounds.forumMonth(ofRound: round).name
        let isPast = nextRound.map { round < $0 } ?? true
        return RoundView(
            anchor: "round-\(round)", month: month,
            heading: isPast ? "Forums in \(month) (already held)" : "Forums in \(month)", isPast: isPast,
            forums: forums)
    }

    /// Every area, in the plan file's order, with its page.
    func areaLinks() throws(SiteError) -> [AreaLink] {
        var links: [AreaLink] = []
        for area in problem.areas { links.append(AreaLink(name: area.name, page: try SiteBuilder.page(of: area.id))) }
        return links
    }

    /// `<area-id>.html`, refusing ids that are not plain file names or that name another page.
    static func page(of area: Area.ID) throws(SiteError) -> String {
        guard CalendarFileNames.isSafe(area.rawValue) else {
            throw .unusablePageName(area: area.rawValue, reason: "use lower-case letters, digits and hyphens")
        }
        guard !PlanSite.fixedPages.contains(area.rawValue + ".html") else {
            throw .unusablePageName(area: area.rawValue, reason: "\(area.rawValue).html is already a page of the site; rename the area")
        }
        return area.rawValue + ".html"
    }

    /// The changes of the year (or of one area; or only those of the forums in `only`), in date
    /// order of the forum as first announced.
    func changeItems(area: Area.ID? = nil, only: Set<ForumID>? = nil) -> [ChangeItem] {
        let views = ForumViews(input: input, areas: areas, venues: venues, dates: dates)
        return input.changes
            .filter { area == nil || $0.area == area }
            .filter { only?.contains($0.forum) ?? true }
            .sorted { ($0.previous.date, $0.forum) < ($1.previous.date, $1.forum) }
            .map { change in
                ChangeItem(
                    forum: "\(views.name(of: change.area)), \(change.previous.date.ukLong)",
                    anchor: SiteBuilder.anchor(round: change.round, area: change.area.rawValue),
                    areaPage: areas[change.area].map { $0.id.rawValue + ".html" } ?? "index.html",
                    note: views.note(change, now: input.forums.first { $0.id == change.forum }))
            }
    }

    /// The site's name, publication line and mailbox.
    func site() -> SiteView {
        SiteView(
            name: "\(problem.forumName) forums",
            published: "Published by \(problem.trustName) on \(input.publishedOn.ukLong).",
            mailbox: mailbox())
    }

    func mailbox() -> Link? {
        problem.joining.mailbox.nonEmptyTrimmed.map { Link(text: $0, href: "mailto:" + $0) }
    }

    func help() -> HelpView {
        HelpView(
            mailbox: mailbox(), requestNotice: ForumText.requestNotice(problem),
            interpreterDays: problem.notice.interpreterRequestDays,
            formatWorkingDays: problem.notice.alternativeFormatWorkingDays,
            travelNotes: ForumText.travelNotes(problem, venue: nil).map { Note(label: $0.label, text: $0.text) },
            paysTravel: problem.joining.reimbursementNote.nonEmptyTrimmed != nil)
    }

    /// The feeds of an area (when given) and of every forum, as webcal:// and https:// addresses.
    func subscribe(area: Area?) -> SubscribeView {
        var feeds: [SubscribeView.Feed] = []
        if let area, let file = CalendarFileNames.area(area.id) { feeds.append(feed("\(area.name) forums", file: file)) }
        feeds.append(feed("all \(problem.forumName) forums", file: CalendarFileNames.allForums))
        return SubscribeView(feeds: feeds, refreshNote: "Changes can take a day to appear in a subscribed calendar.")
    }

    func feed(_ label: String, file: String) -> SubscribeView.Feed {
        let https = problem.publishing.baseURL + file
        let webcal = https.hasPrefix("https://") ? "webcal://" + https.dropFirst("https://".count) : https
        return SubscribeView.Feed(label: label, webcal: webcal, https: https)
    }

    /// The navigation, with the page `current` marked.
    func nav(current: String) -> [NavItem] {
        [("All forums", "index.html"), ("Newsletter", "newsletter.html"), ("Easy read", "easy-read.html"),
         ("Large print", "large-print.html")].map { NavItem(label: $0.0, href: $0.1, current: $0.1 == current) }
    }

    /// `r2-east-surrey`
    static func anchor(round: Int, area: String) -> String { "r\(round)-\(area)" }
}
