/// The table of contents of the claim rules: each line of a claim is checked against all of them,
/// in this order, and every finding carries its rule's id.
///
/// Rules that can reject come first, then those that hold, then those that reduce.
public enum ClaimRuleID: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// A line names a forum of the plan and a person in the people file (reject).
    case knownForumAndPerson = "claim-known-forum-and-person"
    /// Travel is paid only for in-person forums; childcare and replacement care for any forum (reject).
    case travelInPersonOnly = "claim-travel-in-person-only"
    /// Travel is paid for one forum a round: the area chosen for the round, or else the person's own (reject).
    case oneForumPerRound = "claim-one-forum-per-round"
    /// Claims more than the claim window after the forum are rejected; late ones warned (reject / note).
    case window = "claim-window"
    /// A second line for the same person, forum and expense is a duplicate (reject).
    case duplicate = "claim-duplicate"
    /// A line for a forum that has not happened yet is held until it has (hold).
    case forumHeld = "claim-forum-held"
    /// Taxis need pre-approval for a person recorded as needing taxis (reject / hold).
    case taxiNeedsApproval = "claim-taxi-needs-approval"
    /// Replacement care and companion travel need pre-approval; they and childcare are capped (reject / reduce).
    case preApprovalAndCap = "claim-pre-approval-and-cap"
    /// Every line except mileage needs a receipt (hold).
    case receiptRequired = "claim-receipt-required"
    /// Claimed miles are within the tolerance of the estimated return road distance (hold / note).
    case mileageDistance = "claim-mileage-distance"
    /// Mileage is paid at the rate in force on the day of travel, miles × rate (reduce / note).
    case mileageRate = "claim-mileage-rate"
    /// Payment by BACS needs bank details on file with finance; until then the line is held (hold).
    case bankDetails = "claim-bank-details"

    public static func < (l: ClaimRuleID, r: ClaimRuleID) -> Bool { l.order < r.order }

    /// Position in the table of contents.
    public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
