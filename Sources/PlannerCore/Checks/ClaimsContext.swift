/// Everything the claim rules look at: the policy, the plan's forums, the people, the venues, the
/// outward-postcode centres and every line of the claims file (for duplicates and one-a-round).
public struct ClaimContext: Sendable {
    public let policy: ReimbursementPolicy
    /// The day the check is made on: forums after it have not happened yet.
    public let today: LocalDate
    public let planYear: Int
    public let forums: [ForumID: Meeting]
    public let people: [Person.ID: Person]
    public let venues: [Venue.ID: Venue]
    public let areaNames: [Area.ID: String]
    /// Approximate centres of outward postcodes (`RH1`), upper case.
    public let postcodes: [String: GeoPoint]
    /// Every line of the claims file, in file order.
    public let claims: [Claim]
    /// For the duplicate rule: the line that stands for each person, forum and expense.
    let firstLines: [DuplicateClaimRule.Key: Claim]

    public init(
        problem: PlanningProblem, forums: [Meeting], people: [Person], postcodes: [String: GeoPoint], claims: [Claim],
        today: LocalDate
    ) {
        policy = problem.reimbursement
        self.today = today
        planYear = problem.planYear
        self.forums = Dictionary(forums.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.people = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        venues = Dictionary(problem.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        areaNames = Dictionary(problem.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        self.postcodes = Dictionary(postcodes.map { ($0.key.uppercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.claims = claims
        firstLines = DuplicateClaimRule.firstLines(claims)
    }

    public func areaName(_ id: Area.ID) -> String { areaNames[id] ?? id.rawValue }
    public func venueName(_ id: Venue.ID) -> String { venues[id]?.name ?? id.rawValue }

    /// `2027-r1`
    public func roundID(_ round: Int) -> String { "\(planYear)-r\(round)" }

    /// "the East Surrey forum on Tue 8 Jun 2027"
    public func describe(_ forum: Meeting) -> String { "the \(areaName(forum.area)) forum on \(forum.date.uk)" }

    /// The forum and person of a line, when both are known (the known-forum rule reports the rest).
    public func subjects(of claim: Claim) -> (forum: Meeting, person: Person)? {
        guard let forum = forums[claim.forum], let person = people[claim.person] else { return nil }
        return (forum, person)
    }

    /// The mileage rate in force on `date`: the latest rate starting on or before it.
    public func mileageRate(on date: LocalDate) -> ReimbursementPolicy.MileageRate? {
        policy.mileageRates.filter { $0.from <= date }.max { $0.from < $1.from }
    }

    /// The date `months` calendar months after `date`, on the same day or the month's last day.
    public static func adding(months: Int, to date: LocalDate) -> LocalDate {
        let month = date.yearMonth.adding(months: months)
        let day = min(date.day, LocalDate.daysIn(year: month.year, month: month.month))
        return LocalDate(civilYear: month.year, month: month.month, day: day)
    }
}

/// A rule about one claim line (it may look at the other lines through the context).
public protocol ClaimRule: Sendable {
    var id: ClaimRuleID { get }
    /// The finding about the line, or nil when the line keeps the rule.
    func check(_ claim: Claim, in context: ClaimContext) -> ClaimFinding?
}
