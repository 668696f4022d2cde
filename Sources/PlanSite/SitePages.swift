import PlannerCore

/// One view per page, from the builder.
struct SitePages {
    let builder: SiteBuilder

    var problem: PlanningProblem { builder.problem }

    /// `index.html`, or `large-print.html` with the large type.
    func schedule(largePrint: Bool) throws(SiteError) -> SchedulePage {
        let page = largePrint ? "large-print.html" : "index.html"
        return SchedulePage(
            site: builder.site(),
            title: largePrint ? "\(problem.forumName) forum dates in large print" : "\(problem.forumName) forum dates",
            nav: builder.nav(current: page), bodyClass: largePrint ? "large-print" : nil,
            purpose: ForumText.purpose(problem), areas: try builder.areaLinks(), changes: builder.changeItems(),
            rounds: builder.roundViews(), help: builder.help(), feeds: builder.subscribe(area: nil))
    }

    /// One area's page.
    func area(_ area: Area) -> AreaPage {
        let order = builder.roundOrder
        let forums = order.flatMap { round in
            (builder.rounds[round] ?? []).filter { $0.areaPage == area.id.rawValue + ".html" }.map { forum in
                var forum = forum
                forum.heading = forum.areaHeading
                return forum
            }
        }
        return AreaPage(
            site: builder.site(), title: "\(problem.forumName) forum: \(area.name)", nav: builder.nav(current: ""),
            bodyClass: nil, areaName: area.name, purpose: ForumText.purpose(problem),
            interpreterBooked: area.needsInterpreter, subscribe: builder.subscribe(area: area),
            changes: builder.changeItems(area: area.id), forums: forums, help: builder.help())
    }

    /// `newsletter.html` and `newsletter.txt`.
    func newsletter() -> NewsletterPage {
        let rounds = builder.nextTwoRounds()
        let months = rounds.map(\.month)
        let title =
            months.isEmpty
            ? "\(problem.forumName) forums" : "\(problem.forumName) forums in " + months.joined(separator: " and ")
        let forums = rounds.flatMap(\.forums).filter { !$0.isCancelled }
        let since = builder.input.newChanges
        return NewsletterPage(
            site: builder.site(), title: title, nav: builder.nav(current: "newsletter.html"), bodyClass: nil,
            purpose: ForumText.purpose(problem), rounds: rounds,
            hasOnline: forums.contains { $0.isOnline }, hasInPerson: forums.contains { $0.isInPerson },
            onlineSteps: ForumViews(input: builder.input, areas: builder.areas, venues: builder.venues, dates: builder.dates)
                .onlineSteps(),
            help: builder.help(),
            deadlines: forums.map {
                DeadlineRow(forum: "\($0.areaName), \($0.date)", interpreter: $0.interpreterBy, format: $0.formatBy)
            },
            changes: builder.changeItems(only: since),
            changesSince: since == nil ? "since the forums were first announced" : "since the last newsletter",
            feeds: builder.subscribe(area: nil))
    }

    /// `easy-read.html`.
    func easyRead() -> EasyReadPage {
        EasyReadPage(
            site: builder.site(), title: "\(problem.forumName) forums: easy read",
            nav: builder.nav(current: "easy-read.html"), bodyClass: "easy-read", forumName: problem.forumName,
            roundsPerYear: problem.roundCount,
            rounds: builder.nextTwoRounds(), help: builder.help())
    }
}
