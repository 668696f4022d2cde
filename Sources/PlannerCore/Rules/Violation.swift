/// A breach of a rule: which rule, how bad, who and what is involved, in plain English.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    public var rule: RuleID
    /// Penalty points for a soft rule; 0 for a hard rule.
    public var penalty: Int
    public var forums: [ForumID]
    public var venues: [Venue.ID]
    public var dates: [LocalDate]
    public var message: String

    public init(rule: RuleID, penalty: Int = 0, forums: [ForumID] = [], venues: [Venue.ID] = [], dates: [LocalDate] = [], message: String) {
        self.rule = rule; self.penalty = penalty; self.forums = forums; self.venues = venues; self.dates = dates; self.message = message
    }

    public var description: String { "[\(rule.rawValue)] \(message)" }
}
