/// Breach / warning: each in-person forum's venue is booked and confirmed by its lead time (default
/// 150 days, moved back to a working day), and before the newsletter that first announces the
/// forum. Judged against today: a deadline that has passed is a breach for a forum new or changed
/// since the published plan (`--previous`), and a warning to confirm the booking when there is no
/// published plan to compare with; bookings due in the coming weeks are on the to-do list.
public struct VenueBookingRule: NoticeRule {
    public let id = NoticeRuleID.venueBooking
    public init() {}
    public func check(_ context: NoticeContext) -> [NoticeFinding] {
        var findings: [NoticeFinding] = []
        for forum in context.forums where forum.mode == .inPerson {
            guard let venueID = forum.venue, let venue = context.rules.venues[venueID] else { continue }
            let (due, byNewsletter) = context.dates.venueBookingDeadline(
                forumDate: forum.date, leadDays: venue.bookingLeadDays, announced: context.announcingNewsletter(forRound: forum.round)?.date)
            let why = byNewsletter ? "before the newsletter of \(due.uk) announces it" : "its lead time is \(venue.bookingLeadDays) days"
            let finding = context.arrangement(
                rule: id, forum: forum, due: due,
                todo: "Book and confirm \(venue.name) for \(context.describe(forum)) by \(due.uk) (\(why))",
                late: "\(context.describe(forum)): \(venue.name) had to be booked by \(due.uk) (\(why)); it is new or changed since the published plan, so the lead time cannot be met: confirm the booking now or choose another venue",
                confirm: "\(context.describe(forum)): the booking deadline for \(venue.name) was \(due.uk) (\(why)): make sure the booking is confirmed")
            if let finding { findings.append(finding) }
        }
        return findings
    }
}
