/// The kinds of expense a claim line can be for.
public enum Expense: String, Sendable, Hashable, CaseIterable, Comparable {
    case mileage
    case publicTransport = "public_transport"
    case taxi
    case parking
    case childcare
    case replacementCare = "replacement_care"
    case companionTravel = "companion_travel"

    /// Travel costs, paid only for in-person forums; carers' costs (childcare, replacement care) are not travel.
    public var isTravel: Bool {
        switch self {
        case .mileage, .publicTransport, .taxi, .parking, .companionTravel: return true
        case .childcare, .replacementCare: return false
        }
    }

    /// "public transport", as people say it: the raw value with spaces for underscores.
    public var plainName: String {
        switch self {
        case .mileage: return "mileage"
        case .publicTransport: return "public transport"
        case .taxi: return "taxi"
        case .parking: return "parking"
        case .childcare: return "childcare"
        case .replacementCare: return "replacement care"
        case .companionTravel: return "companion travel"
        }
    }

    public static func < (l: Expense, r: Expense) -> Bool { l.rawValue < r.rawValue }
}

/// One expense line of a travel or carers' costs claim, as submitted.
public struct Claim: Sendable, Hashable {
    public typealias ID = Identifier<Claim>
    /// The claim's reference; one claim may have several lines.
    public var id: ID
    /// The line in the claims file (1-based), which tells lines of the same claim apart.
    public var line: Int
    public var person: Person.ID
    public var forum: ForumID
    public var expense: Expense
    public var amount: Pence
    /// Miles driven, for a mileage line (the return journey).
    public var miles: Miles?
    /// Passengers carried on a mileage line, each paid at the passenger rate.
    public var passengers: Int
    public var receipt: Bool
    public var preApproved: Bool
    public var submittedOn: LocalDate
    public var note: String

    public init(
        id: ID, line: Int, person: Person.ID, forum: ForumID, expense: Expense, amount: Pence, miles: Miles? = nil,
        passengers: Int = 0, receipt: Bool = false, preApproved: Bool = false, submittedOn: LocalDate, note: String = ""
    ) {
        self.id = id; self.line = line; self.person = person; self.forum = forum; self.expense = expense
        self.amount = amount; self.miles = miles; self.passengers = passengers; self.receipt = receipt
        self.preApproved = preApproved; self.submittedOn = submittedOn; self.note = note
    }

    /// "claim C001 line 2"
    public var reference: String { "claim \(id) line \(line)" }
}

/// Someone who claims expenses, known only by an id: no name, no bank details (finance holds those).
public struct Person: Identifiable, Sendable, Hashable {
    public typealias ID = Identifier<Person>
    public var id: ID
    public var homeArea: Area.ID
    /// The outward part of their postcode, e.g. `RH1`: enough to estimate distances, not to find them.
    public var outwardPostcode: String
    /// Self-declared once: they need a taxi to reach in-person forums.
    public var taxiNeeded: Bool
    /// Whether finance has their bank details, so a BACS payment can be made.
    public var bankDetailsOnFile: Bool
    /// The area forum they chose for a round instead of their own, by round id (`2027-r1`).
    public var chosenAreas: [String: Area.ID]

    public init(
        id: ID, homeArea: Area.ID, outwardPostcode: String, taxiNeeded: Bool = false, bankDetailsOnFile: Bool = true,
        chosenAreas: [String: Area.ID] = [:]
    ) {
        self.id = id; self.homeArea = homeArea; self.outwardPostcode = outwardPostcode; self.taxiNeeded = taxiNeeded
        self.bankDetailsOnFile = bankDetailsOnFile; self.chosenAreas = chosenAreas
    }
}
