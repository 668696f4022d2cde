import PlannerCore

/// Two groups that compete for one governor, for the solver's tests with and without CBC.
public enum SharedGovernor {
    /// `template`'s calendars and venues with two groups, each with its own coordinator and one
    /// online area, one round in September 2027 to day 4, and one governor for both. Alone, each
    /// group's forum takes Wed 1 Sep with the governor (0 points); together one of them cannot.
    public static func twoGroups(from template: PlanningProblem) -> PlanningProblem {
        var p = template
        p.rounds = RoundPolicy(forumMonths: [YearMonth(year: 2027, month: 9)], preferredLastDay: 2, latestDay: 4)
        p.facilitators = [Facilitator(id: "coord-a", name: "Coordinator A", role: .coordinator), Facilitator(id: "coord-b", name: "Coordinator B", role: .coordinator)]
        p.groups = [Group(id: "a", name: "A", coordinators: ["coord-a"], inPersonPerRound: 0), Group(id: "b", name: "B", coordinators: ["coord-b"], inPersonPerRound: 0)]
        p.areas = [
            Area(id: "area-a", name: "Area A", kind: .daytime, group: "a", leads: [], needs: [], expectedAttendance: 20),
            Area(id: "area-b", name: "Area B", kind: .daytime, group: "b", leads: [], needs: [], expectedAttendance: 20),
        ]
        p.interpreterPools = []
        p.rotation = .table(["area-a": [.virtual], "area-b": [.virtual]])
        p.governors = [Governor(id: "governor-1")]
        p.pins = []
        return p
    }
}
