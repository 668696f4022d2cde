import PlannerCore
import PlannerInput

/// Fictional people, postcode and claims files of any size, in the formats `PeopleCSV`,
/// `PostcodeTable` and `ClaimsCSV` read, for benchmarks of `check-claims`. The same seed, problem
/// and forums give the same text.
///
/// People are `P000001`, … (about one for every six lines), each living in an area that has
/// forums; postcodes are made-up `ZZ`/`ZY`… codes near each area's first venue. Claims go round the
/// people, one forum a round each from their own area, with one to three lines of different
/// expenses. Most lines are in order; a steady share breaks a rule: travel to an online forum or
/// to another area's, a missing receipt, a taxi or a carer's cost not pre-approved, an amount over
/// a cap or over the mileage rate, a journey far longer than the estimate, a late submission, no
/// bank details, an unknown postcode, a line sent twice.
public enum SyntheticClaims {
    /// The three CSV texts.
    public struct Files: Sendable, Equatable {
        public var people: String
        public var postcodes: String
        public var claims: String
    }

    /// Files whose claims text has exactly `count` lines after its header.
    ///
    /// `forums` are the plan's forums; lines name only those, and people live only in their areas.
    /// No forums (or `count` 0) gives files with a header only.
    ///
    /// - Complexity: O(n) for n lines.
    public static func generate(lines count: Int, seed: UInt64, problem: PlanningProblem, forums: [Meeting]) -> Files {
        var maker = Maker(problem: problem, forums: forums, seed: seed)
        var people = [PeopleCSV.requiredColumns.joined(separator: ",")]
        var postcodes = [PostcodeTable.requiredColumns.joined(separator: ",")]
        var claims = [(ClaimsCSV.requiredColumns + ClaimsCSV.optionalColumns).joined(separator: ",")]
        guard !maker.areas.isEmpty, count > 0 else {
            return Files(people: people.joined(separator: "\n") + "\n", postcodes: postcodes.joined(separator: "\n") + "\n", claims: claims.joined(separator: "\n") + "\n")
        }
        for (index, area) in maker.areas.enumerated() {
            let centre = maker.centre(of: area)
            postcodes.append("\(maker.postcode(areaIndex: index)),\(decimal3(centre.latitude)),\(decimal3(centre.longitude))")
        }
        let personCount = max(1, (count + 5) / 6)
        for k in 1...personCount { people.append(maker.personRow(k)) }
        var claimNumber = 0
        while claims.count - 1 < count {
            claims += maker.claimRows(claimNumber, personCount: personCount, room: count - (claims.count - 1))
            claimNumber += 1
        }
        return Files(people: people.joined(separator: "\n") + "\n", postcodes: postcodes.joined(separator: "\n") + "\n", claims: claims.joined(separator: "\n") + "\n")
    }

    /// `51.234`, `-0.470`: three decimals, for the postcode table.
    static func decimal3(_ value: Double) -> String {
        let thousandths = Int((abs(value) * 1000).rounded())
        let fraction = thousandths % 1000
        let digits = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
        return (value < 0 ? "-" : "") + "\(thousandths / 1000).\(digits)"
    }

    /// `000042`
    static func pad6(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The row makers, sharing the seeded generator and the lookups.
    struct Maker {
        let problem: PlanningProblem
        /// Areas that have forums, in the problem's order.
        let areas: [Area]
        /// Each area's forums, by round.
        let forumsByArea: [Area.ID: [Meeting]]
        let venues: [Venue.ID: Venue]
        let firstVenue: [Area.ID: Venue]
        var rng: SplitMix64
        /// The person, forum and expense of the last claim's first line.
        var previous: (person: (id: String, areaIndex: Int, taxiNeeded: Bool), forum: Meeting, expense: Expense)?

        init(problem: PlanningProblem, forums: [Meeting], seed: UInt64) {
            self.problem = problem
            let byArea = Dictionary(grouping: forums, by: \.area).mapValues { $0.sorted { ($0.round, $0.id) < ($1.round, $1.id) } }
            forumsByArea = byArea
            areas = problem.areas.filter { byArea[$0.id] != nil }
            venues = Dictionary(problem.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var first: [Area.ID: Venue] = [:]
            for venue in problem.venues { for area in venue.areas where first[area] == nil { first[area] = venue } }
            firstVenue = first
            rng = SplitMix64(seed: seed ^ 0x0043_4C41_494D_5321)
        }

        /// `ZZ1` … `ZZ99`, `ZY1` …: made-up outward postcodes, one an area (up to 990 areas).
        func postcode(areaIndex index: Int) -> String {
            let prefixes = ["ZZ", "ZY", "ZX", "ZW", "ZV", "ZU", "ZT", "ZS", "ZR", "ZQ"]
            return "\(prefixes[index / 99 % prefixes.count])\(index % 99 + 1)"
        }

        /// A point about a mile from the area's first venue, kept within the table's UK bounds.
        func centre(of area: Area) -> GeoPoint {
            let venue = firstVenue[area.id]
            let latitude = min(max((venue?.latitude ?? 51.3) + 0.012, 49.5), 60.5)
            let longitude = min(max((venue?.longitude ?? -0.4) - 0.015, -8.5), 1.5)
            return GeoPoint(latitude: latitude, longitude: longitude)
        }

        func person(_ k: Int) -> (id: String, areaIndex: Int, taxiNeeded: Bool) {
            ("P\(SyntheticClaims.pad6(k))", (k - 1) % areas.count, k % 12 == 0)
        }

        /// `P000001,g001-area-1,ZZ1,no,yes,`
        func personRow(_ k: Int) -> String {
            let p = person(k)
            // One person in 97 gives a postcode missing from the table (the distance rule notes it).
            let code = k % 97 == 0 ? "ZZ0" : postcode(areaIndex: p.areaIndex)
            var chosen = ""
            if k % 30 == 0, areas.count > 1 {
                chosen = "\(problem.roundID(1)):\(areas[(p.areaIndex + 1) % areas.count].id)"
            }
            let bank = k % 50 == 0 ? "no" : "yes"
            return "\(p.id),\(areas[p.areaIndex].id),\(code),\(p.taxiNeeded ? "yes" : "no"),\(bank),\(chosen)"
        }

        /// The lines of claim number `c`: at most `room` of them.
        mutating func claimRows(_ c: Int, personCount: Int, room: Int) -> [String] {
            let p = person(c % personCount + 1)
            let home = areas[p.areaIndex]
            let own = forumsByArea[home.id] ?? []
            // One claim in 40 is for another area's forum.
            let area = c % 40 == 39 ? areas[(p.areaIndex + 3) % areas.count] : home
            let choices = forumsByArea[area.id] ?? own
            let forum = choices[(c / personCount) % choices.count]
            let claimID = "C\(SyntheticClaims.pad6(c + 1))"
            // One claim in 100 sends the previous claim's first line again.
            if c % 100 == 99, let (person, forum, expense) = previous {
                return [row(claimID: claimID, person: person, forum: forum, expense: expense, n: c * 3)]
            }
            var expenses: [Expense] = []
            // Online forums have two kinds of expense, mostly: childcare and replacement care.
            let wanted = min(room, Int.random(in: 1...(forum.mode == .virtual ? 2 : 3), using: &rng))
            while expenses.count < wanted {
                let expense = pick(for: forum.mode)
                if !expenses.contains(expense) { expenses.append(expense) }
            }
            previous = (p, forum, expenses[0])
            return expenses.enumerated().map { row(claimID: claimID, person: p, forum: forum, expense: $1, n: c * 3 + $0) }
        }

        /// Mostly travel for in-person forums, mostly carers' costs for online ones.
        mutating func pick(for mode: Mode) -> Expense {
            let roll = Int.random(in: 0..<100, using: &rng)
            if mode == .virtual {
                return roll < 50 ? .childcare : roll < 95 ? .replacementCare : .publicTransport
            }
            switch roll {
            case 0..<35: return .mileage
            case 35..<55: return .publicTransport
            case 55..<70: return .parking
            case 70..<75: return .taxi
            case 75..<80: return .companionTravel
            case 80..<90: return .childcare
            default: return .replacementCare
            }
        }

        /// One line; `n` counts lines, to spread the rule breaks evenly.
        mutating func row(
            claimID: String, person p: (id: String, areaIndex: Int, taxiNeeded: Bool), forum: Meeting, expense: Expense,
            n: Int
        ) -> String {
            var miles = ""
            var passengers = ""
            var receipt = n % 25 != 24
            var preApproved = false
            let amount: Pence
            switch expense {
            case .mileage:
                let venue = forum.venue.flatMap { venues[$0] }
                let home = centre(of: areas[p.areaIndex])
                let estimate = venue.map {
                    RoadDistance.returnRoadMiles(
                        from: home, to: GeoPoint(latitude: $0.latitude, longitude: $0.longitude),
                        roadFactor: problem.reimbursement.roadFactor)
                } ?? 10
                var tenths = Int((estimate * 10 * Double(Int.random(in: 80...110, using: &rng)) / 100).rounded())
                if n % 40 == 7 { tenths = tenths * 9 / 5 }
                let distance = Miles(hundredths: max(tenths, 1) * 10)
                miles = distance.description
                let riders = n % 10 == 3 ? 1 : 0
                if riders > 0 { passengers = "\(riders)" }
                let rate = problem.reimbursement.mileageRates.filter { $0.from <= forum.date }.max { $0.from < $1.from }
                let due = distance.amount(atPencePerMile: (rate?.pencePerMile ?? 45) + riders * problem.reimbursement.passengerPencePerMile)
                amount = n % 20 == 11 ? due + Pence(100) : due
                receipt = false
            case .publicTransport: amount = Pence(Int.random(in: 200...1_500, using: &rng))
            case .parking: amount = Pence(Int.random(in: 150...600, using: &rng))
            case .taxi:
                amount = Pence(Int.random(in: 800...3_500, using: &rng))
                preApproved = p.taxiNeeded || n % 3 == 0
            case .companionTravel:
                amount = Pence(Int.random(in: 500...5_300, using: &rng))
                preApproved = n % 25 != 0
            case .childcare: amount = Pence(Int.random(in: 1_500...6_500, using: &rng))
            case .replacementCare:
                amount = Pence(Int.random(in: 2_000...6_400, using: &rng))
                preApproved = n % 25 != 0
            }
            // One line in 50 arrives after the claim window has closed.
            let submitted = forum.date.adding(days: n % 50 == 17 ? 120 : Int.random(in: 2...60, using: &rng))
            let note = n % 13 == 5 ? "\"train, then bus\"" : n % 7 == 2 ? "return journey" : ""
            return [
                claimID, p.id, forum.id.rawValue, expense.rawValue, amount.pounds, miles, receipt ? "yes" : "no",
                preApproved ? "yes" : "no", submitted.iso, note, passengers,
            ].joined(separator: ",")
        }
    }
}
