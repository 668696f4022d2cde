/// All rules, in catalogue order, and the plain checker that scores any plan from scratch.
///
/// The checker is the executable specification: the solver's faster incremental scoring is
/// tested against it.
public enum Rules {
    /// Rules about one meeting, hard then soft.
    public static let meetingRules: [any MeetingRule] = [
        WorkingDayRule(), RoundWindowRule(), DaytimeWindowRule(), OutsideSchoolHolidaysRule(), EveningWindowRule(),
        RotationTableRule(), EveningAlwaysVirtualRule(), VenueInAreaRule(), VenueHasRequiredFeaturesRule(),
        VenueCapacityRule(), VenueNearTransportRule(), VenueAvailableRule(), FacilitatorAvailableRule(),
        MinimumNoticeRule(), PinnedForumStaysRule(), NotBeforeTodayRule(),
        EarlyInMonthRule(), WeekdayPreferenceRule(), AvoidObservancesRule(), EveningInSchoolHolidaysRule(), AttendeePollRule(),
        VenueCloseToTransportRule(), VenuePreferredFeaturesRule(), ShortNoticeMoveRule(),
    ]

    /// Rules about several meetings, hard then soft.
    public static let planRules: [any PlanRule] = [
        FacilitatorOnePlaceADayRule(), VenueOneBookingADayRule(), InterpreterPoolPerDayRule(), InPersonQuotaRule(),
        AreaGetsBothModesRule(), NoLongModeRunsRule(), WeekdayAndTimeVarietyRule(), SpreadRoundRule(),
        GovernorAtForumRule(),
    ]

    /// The rules about several meetings that the search prices per option (`RelaxedPlanRule`).
    public static let relaxedPlanRules: [any RelaxedPlanRule] = planRules.compactMap { $0 as? any RelaxedPlanRule }

    public static let hardMeetingRules = meetingRules.filter { $0.id.isHard }
    public static let softMeetingRules = meetingRules.filter { !$0.id.isHard }

    /// Every breach in a set of meetings, hard and soft, in a stable order.
    public static func check(_ meetings: [Meeting], in context: RuleContext) -> [Violation] {
        let sorted = meetings.sorted { $0.id < $1.id }
        // Rule by rule, meetings in id order: each meeting's breaches go to its rule's list.
        var byRule = [[Violation]](repeating: [], count: meetingRules.count)
        for m in sorted {
            for (k, rule) in meetingRules.enumerated() { if let v = rule.check(m, in: context) { byRule[k].append(v) } }
        }
        var result = byRule.flatMap { $0 }
        for rule in context.planRules { result += rule.check(sorted, in: context) }
        return result
    }

    /// The objective: total soft penalty (hard breaches are reported separately and cost nothing here).
    public static func objective(_ violations: [Violation]) -> Int {
        violations.filter { !$0.rule.isHard }.reduce(0) { $0 + $1.penalty }
    }
}
