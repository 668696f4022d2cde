/// Derives each round's other dated events from a plan's forums: the committee and its papers,
/// the newsletter copy deadline and publication, the feedback-board response deadline, and a venue
/// booking deadline for each in-person forum.
public enum RoundEvents {
    public static func derive(for meetings: [Meeting], in context: RuleContext) -> [RoundEvent] {
        let problem = context.problem
        let dates = RoundDates(problem)
        var events: [RoundEvent] = []
        for round in 1...max(problem.roundCount, 1) where problem.roundCount > 0 {
            let rid = problem.roundID(round)
            let forums = meetings.filter { $0.round == round }
            let committee = dates.committee(ofRound: round)
            let papers = dates.papers(ofRound: round)
            let copy = dates.copyDeadline(ofRound: round)
            let newsletter = dates.newsletter(ofRound: round)
            let end = problem.rounds.committeeStart.adding(minutes: problem.rounds.committeeMinutes)
            events.append(RoundEvent(id: "\(rid)-committee", kind: .committee, round: round, date: committee, start: problem.rounds.committeeStart, end: end, title: "\(problem.forumName) committee (Development Group), round \(round)", detail: "Feedback from the round's forums goes to the Trust. Papers are published \(papers.uk)."))
            events.append(RoundEvent(id: "\(rid)-committee-papers", kind: .committeePapers, round: round, date: papers, title: "Committee papers published, round \(round)", detail: "Papers for the committee of \(committee.uk), \(problem.notice.papersDaysBefore) days ahead, with a plain-English summary."))
            if let last = forums.map(\.date).max() {
                let byForums = last.adding(days: problem.notice.boardResponseDays)
                let beforePapers = papers.adding(days: -7)
                let due = dates.workingDay(onOrBefore: min(byForums, beforePapers))
                events.append(RoundEvent(id: "\(rid)-board-responses", kind: .boardResponseDeadline, round: round, date: due, title: "Feedback-board responses due, round \(round)", detail: "Trust responses to the round's feedback-board points, in time for the committee papers and the newsletter."))
            }
            events.append(RoundEvent(id: "\(rid)-newsletter-copy", kind: .newsletterCopyDeadline, round: round, date: copy, title: "Newsletter copy deadline, round \(round)", detail: "Copy for the newsletter of \(newsletter.uk), after the committee."))
            let next = [round + 1, round + 2].map { "round \($0) (\(problem.rounds.forumMonth(ofRound: $0).name))" }.joined(separator: " and ")
            events.append(RoundEvent(id: "\(rid)-newsletter", kind: .newsletter, round: round, date: newsletter, title: "\(problem.forumName) newsletter published, round \(round)", detail: "Announces the dates and arrangements of \(next)."))
            for m in forums.sorted(by: { $0.id < $1.id }) where m.mode == .inPerson {
                guard let v = m.venue, let venue = context.venues[v] else { continue }
                let (due, byNewsletter) = dates.venueBookingDeadline(
                    forumDate: m.date, leadDays: venue.bookingLeadDays, announced: dates.announcingNewsletter(forRound: round)?.date)
                let why = byNewsletter ? "before the newsletter announces it" : "\(venue.bookingLeadDays) days ahead, on a working day"
                events.append(RoundEvent(id: "\(m.id)-venue-booking", kind: .venueBookingDeadline, round: round, date: due, title: "Book \(venue.name) for \(context.areaName(m.area))", detail: "Confirm the booking for the forum on \(m.date.uk) (\(why))."))
            }
        }
        return events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }
}
