import Testing
@testable import PlannerCore

/// A small world for claim rules: two daytime areas with a hall each, an online evening forum,
/// one person at home in `north`, and a postcode centre a few miles from the north hall.
enum ClaimsWorld {
    static func date(_ s: String) -> LocalDate { LocalDate(iso: s) ?? LocalDate(dayNumber: 0) }

    static let northHall = Venue(
        id: "north-hall", name: "North Hall", address: "", postcode: "", latitude: 51.30, longitude: -0.30,
        areas: ["north"], capacity: 40, features: [:], metresToTransport: 100)
    static let southHall = Venue(
        id: "south-hall", name: "South Hall", address: "", postcode: "", latitude: 51.20, longitude: -0.30,
        areas: ["south"], capacity: 40, features: [:], metresToTransport: 100)

    static func problem() -> PlanningProblem {
        var p = TestProblems.template()
        p.groups = [Group(id: "g", name: "Group", coordinators: [], inPersonPerRound: 1)]
        p.areas = [
            Area(id: "north", name: "North", kind: .daytime, group: "g", leads: [], needs: [], expectedAttendance: 20),
            Area(id: "south", name: "South", kind: .daytime, group: "g", leads: [], needs: [], expectedAttendance: 20),
            Area(id: "evening", name: "Evening forum", kind: .evening, group: "g", leads: [], needs: [], expectedAttendance: 20),
        ]
        p.venues = [northHall, southHall]
        return p
    }

    static func forum(_ area: Area.ID, _ day: String, round: Int = 1, mode: Mode = .inPerson) -> Meeting {
        let venue: Venue.ID? = mode == .virtual ? nil : (area == "north" ? "north-hall" : "south-hall")
        return Meeting(
            id: ForumID("2027-r\(round)-\(area)"), round: round, area: area, mode: mode, date: date(day),
            start: TimeOfDay(minutes: 600), end: TimeOfDay(minutes: 780), venue: venue, facilitators: [])
    }

    static let forums = [forum("north", "2027-06-08"), forum("south", "2027-06-09"), forum("evening", "2027-06-07", mode: .virtual)]

    static func person(chosen: [String: Area.ID] = [:], taxi: Bool = false, bank: Bool = true, postcode: String = "AB1") -> Person {
        Person(id: "P001", homeArea: "north", outwardPostcode: postcode, taxiNeeded: taxi, bankDetailsOnFile: bank, chosenAreas: chosen)
    }

    /// About 2.2 miles east of North Hall: a return road journey of about 5.6 miles.
    static let postcodes = ["AB1": GeoPoint(latitude: 51.30, longitude: -0.25)]

    static func line(
        _ expense: Expense, _ pence: Int, forum: String = "2027-r1-north", miles: Int? = nil, passengers: Int = 0,
        receipt: Bool = true, preApproved: Bool = false, submitted: String = "2027-06-20", line: Int = 2
    ) -> Claim {
        Claim(
            id: Claim.ID("C\(line)"), line: line, person: "P001", forum: ForumID(forum), expense: expense, amount: Pence(pence),
            miles: miles.map { Miles(hundredths: $0) }, passengers: passengers, receipt: receipt, preApproved: preApproved,
            submittedOn: date(submitted))
    }

    /// The day the checks are made on: after every forum of the world unless a test says otherwise.
    static let today = date("2028-06-01")

    static func context(
        _ claims: [Claim], person: Person = person(), forums: [Meeting] = forums, today: LocalDate = today
    ) -> ClaimContext {
        ClaimContext(problem: problem(), forums: forums, people: [person], postcodes: postcodes, claims: claims, today: today)
    }

    /// The one rule's finding about the first claim, with every line in the context.
    static func check(_ rule: any ClaimRule, _ claims: [Claim], person: Person = person(), forums: [Meeting] = forums) -> ClaimFinding? {
        guard let first = claims.first else { return nil }
        return rule.check(first, in: context(claims, person: person, forums: forums))
    }
}

@Suite("Claims rules")
struct ClaimsRulesTests {
    typealias W = ClaimsWorld

    @Test("every rule in the table of contents is checked, once, in order")
    func tableOfContents() {
        #expect(ClaimChecker.rules.map(\.id) == ClaimRuleID.allCases)
    }

    @Test("claim-known-forum-and-person: an unknown forum or person is rejected")
    func knownForumAndPerson() {
        let rule = KnownForumAndPersonRule()
        let bad = W.check(rule, [W.line(.parking, 300, forum: "2027-r1-nowhere")])
        #expect(bad?.rule == .knownForumAndPerson)
        #expect(bad?.effect == .reject)
        #expect(W.check(rule, [W.line(.parking, 300)]) == nil)
    }

    @Test("claim-travel-in-person-only: travel to an online forum is rejected; carers' costs are not")
    func travelInPersonOnly() {
        let rule = TravelInPersonOnlyRule()
        let bad = W.check(rule, [W.line(.mileage, 550, forum: "2027-r1-evening", miles: 1000)])
        #expect(bad?.rule == .travelInPersonOnly)
        #expect(bad?.effect == .reject)
        #expect(W.check(rule, [W.line(.replacementCare, 3000, forum: "2027-r1-evening", preApproved: true)]) == nil)
        #expect(W.check(rule, [W.line(.childcare, 3000, forum: "2027-r1-evening")]) == nil)
        #expect(W.check(rule, [W.line(.mileage, 550, miles: 1000)]) == nil)
    }

    @Test("claim-one-forum-per-round: travel is paid for the chosen area's forum, or else the home area's")
    func oneForumPerRound() {
        let rule = OneForumPerRoundRule()
        let elsewhere = W.check(rule, [W.line(.publicTransport, 500, forum: "2027-r1-south")])
        #expect(elsewhere?.rule == .oneForumPerRound)
        #expect(elsewhere?.effect == .reject)
        #expect(W.check(rule, [W.line(.publicTransport, 500)]) == nil)
        let chose = W.person(chosen: ["2027-r1": "south"])
        #expect(W.check(rule, [W.line(.publicTransport, 500, forum: "2027-r1-south")], person: chose) == nil)
        #expect(W.check(rule, [W.line(.publicTransport, 500)], person: chose)?.rule == .oneForumPerRound)
        #expect(W.check(rule, [W.line(.childcare, 500, forum: "2027-r1-south")]) == nil, "carers' costs are not travel")
    }

    @Test("claim-window: rejected after 3 months, noted after 8 weeks, silent before")
    func window() {
        let rule = ClaimWindowRule()
        let late = W.check(rule, [W.line(.parking, 300, submitted: "2027-09-09")])
        #expect(late?.rule == .window)
        #expect(late?.effect == .reject)
        #expect(late?.message == "submitted Thu 9 Sep 2027, 1 days after the 3-month claim window for the North forum on Tue 8 Jun 2027 closed on Wed 8 Sep 2027")
        let lastDay = W.check(rule, [W.line(.parking, 300, submitted: "2027-09-08")])
        #expect(lastDay?.rule == .window)
        #expect(lastDay?.effect == .note)
        #expect(W.check(rule, [W.line(.parking, 300, submitted: "2027-08-03")]) == nil)
    }

    @Test("claim-window: the window ends on the month's last day when the forum's day is missing")
    func windowMonthEnd() {
        #expect(ClaimContext.adding(months: 3, to: W.date("2027-11-30")) == W.date("2028-02-29"))
        #expect(ClaimContext.adding(months: 3, to: W.date("2028-03-31")) == W.date("2028-06-30"))
    }

    @Test("claim-duplicate: the second line for the same person, forum and expense is rejected")
    func duplicate() {
        let rule = DuplicateClaimRule()
        let first = W.line(.parking, 300, submitted: "2027-06-20", line: 2)
        let second = W.line(.parking, 300, submitted: "2027-06-25", line: 3)
        let finding = W.check(rule, [second, first])
        #expect(finding?.rule == .duplicate)
        #expect(finding?.effect == .reject)
        #expect(W.check(rule, [first, second]) == nil)
        #expect(W.check(rule, [first, W.line(.publicTransport, 300, line: 3)]) == nil, "another expense is not a duplicate")
    }

    @Test("claim-forum-held: a line for a forum after the day of the check is held; on or after the day it is not")
    func forumHeld() throws {
        let rule = ForumHeldRule()
        let line = W.line(.parking, 300)
        let early = try #require(rule.check(line, in: W.context([line], today: W.date("2027-06-07"))))
        #expect(early.rule == .forumHeld && early.effect == .hold)
        #expect(early.message == "the North forum on Tue 8 Jun 2027 has not happened yet (today is Mon 7 Jun 2027); pay after the forum")
        #expect(rule.check(line, in: W.context([line], today: W.date("2027-06-08"))) == nil, "on the day of the forum")
        #expect(rule.check(line, in: W.context([line], today: W.date("2027-06-09"))) == nil)
    }

    @Test("claim-taxi-needs-approval: rejected without pre-approval, held when the need is not recorded")
    func taxi() {
        let rule = TaxiNeedsApprovalRule()
        let unapproved = W.check(rule, [W.line(.taxi, 2000)], person: W.person(taxi: true))
        #expect(unapproved?.rule == .taxiNeedsApproval)
        #expect(unapproved?.effect == .reject)
        let noNeed = W.check(rule, [W.line(.taxi, 2000, preApproved: true)], person: W.person(taxi: false))
        #expect(noNeed?.rule == .taxiNeedsApproval)
        #expect(noNeed?.effect == .hold)
        #expect(W.check(rule, [W.line(.taxi, 2000, preApproved: true)], person: W.person(taxi: true)) == nil)
    }

    @Test("claim-pre-approval-and-cap: replacement care and companion travel need pre-approval; caps reduce")
    func preApprovalAndCap() {
        let rule = PreApprovalAndCapRule()
        let unapproved = W.check(rule, [W.line(.replacementCare, 3000)])
        #expect(unapproved?.rule == .preApprovalAndCap)
        #expect(unapproved?.effect == .reject)
        #expect(W.check(rule, [W.line(.companionTravel, 1000)])?.effect == .reject)
        let overCap = W.check(rule, [W.line(.replacementCare, 7000, preApproved: true)])
        #expect(overCap?.rule == .preApprovalAndCap)
        #expect(overCap?.effect == .reduce(to: Pence(6000)))
        #expect(W.check(rule, [W.line(.childcare, 7500)])?.effect == .reduce(to: Pence(6000)), "childcare: capped, no pre-approval")
        #expect(W.check(rule, [W.line(.companionTravel, 4000, preApproved: true)]) == nil)
        #expect(W.check(rule, [W.line(.childcare, 6000)]) == nil)
    }

    @Test("claim-receipt-required: every line but mileage needs a receipt, or it is held")
    func receipt() {
        let rule = ReceiptRequiredRule()
        let missing = W.check(rule, [W.line(.parking, 300, receipt: false)])
        #expect(missing?.rule == .receiptRequired)
        #expect(missing?.effect == .hold)
        #expect(W.check(rule, [W.line(.publicTransport, 300, receipt: false)])?.rule == .receiptRequired)
        #expect(W.check(rule, [W.line(.parking, 300, receipt: true)]) == nil)
        #expect(W.check(rule, [W.line(.mileage, 308, miles: 560, receipt: false)]) == nil)
    }

    @Test("claim-mileage-distance: over the estimate plus 20% is held; an unknown postcode is noted")
    func mileageDistance() {
        let rule = MileageDistanceRule()
        let estimate = RoadDistance.returnRoadMiles(
            from: GeoPoint(latitude: 51.30, longitude: -0.25), to: GeoPoint(latitude: 51.30, longitude: -0.30), roadFactor: 1.3)
        #expect(abs(estimate - 5.62) < 0.02)
        let far = W.check(rule, [W.line(.mileage, 550, miles: 1000)])
        #expect(far?.rule == .mileageDistance)
        #expect(far?.effect == .hold)
        #expect(far?.message == "10 miles claimed; the return journey from AB1 to North Hall is about 5.6 miles by road (up to 6.7 with the 20% tolerance): ask for the route before paying")
        #expect(W.check(rule, [W.line(.mileage, 363, miles: 660)]) == nil, "within the tolerance")
        let unknown = W.check(rule, [W.line(.mileage, 363, miles: 660)], person: W.person(postcode: "ZZ9"))
        #expect(unknown?.rule == .mileageDistance)
        #expect(unknown?.effect == .note)
    }

    @Test("haversine: one degree of latitude is about 69 miles")
    func haversine() {
        let miles = RoadDistance.straightLineMiles(from: GeoPoint(latitude: 51, longitude: 0), to: GeoPoint(latitude: 52, longitude: 0))
        #expect(abs(miles - 69.09) < 0.05)
    }

    @Test("claim-mileage-rate: 45p a mile for a journey on 5 April 2026, 55p from 6 April 2026")
    func mileageRateChange() {
        let rule = MileageRateRule()
        let before = [W.forum("north", "2026-04-05")]
        let from = [W.forum("north", "2026-04-06")]
        #expect(W.check(rule, [W.line(.mileage, 450, miles: 1000)], forums: before) == nil)
        let overBefore = W.check(rule, [W.line(.mileage, 550, miles: 1000)], forums: before)
        #expect(overBefore?.rule == .mileageRate)
        #expect(overBefore?.effect == .reduce(to: Pence(450)))
        #expect(overBefore?.message == "10 miles at 45p a mile (the rate from Wed 6 Apr 2011) on Sun 5 Apr 2026 is £4.50; £5.50 claimed")
        #expect(W.check(rule, [W.line(.mileage, 550, miles: 1000)], forums: from) == nil)
        let under = W.check(rule, [W.line(.mileage, 450, miles: 1000)], forums: from)
        #expect(under?.rule == .mileageRate)
        #expect(under?.effect == .note, "a claim at the old rate after the change is paid, with a note that more is owed")
    }

    @Test("claim-mileage-rate: passengers add 5p a mile each; amounts round half up; 1p either way passes")
    func mileageRatePassengersAndRounding() {
        let rule = MileageRateRule()
        #expect(W.check(rule, [W.line(.mileage, 600, miles: 1000, passengers: 1)]) == nil)
        #expect(W.check(rule, [W.line(.mileage, 650, miles: 1000, passengers: 1)])?.effect == .reduce(to: Pence(600)))
        #expect(Miles(hundredths: 1245).amount(atPencePerMile: 55) == Pence(685))  // 684.75 -> 685
        #expect(W.check(rule, [W.line(.mileage, 684, miles: 1245)]) == nil)
        #expect(W.check(rule, [W.line(.mileage, 687, miles: 1245)])?.effect == .reduce(to: Pence(685)))
        #expect(W.check(rule, [W.line(.mileage, 687)])?.effect == .hold, "no miles given")
    }

    @Test("claim-bank-details: no bank details on file holds the line")
    func bankDetails() {
        let rule = BankDetailsRule()
        let held = W.check(rule, [W.line(.parking, 300)], person: W.person(bank: false))
        #expect(held?.rule == .bankDetails)
        #expect(held?.effect == .hold)
        #expect(W.check(rule, [W.line(.parking, 300)]) == nil)
    }
}
