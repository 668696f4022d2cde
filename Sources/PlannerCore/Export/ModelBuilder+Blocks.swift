/// The rules about several forums, written from their building blocks (`RuleBlock`): one writer
/// per kind of block, none naming a rule. Blocks are written in rule order, as declared.
///
/// A pair cost grows with the square of a count: `n` forums of an area on one weekday make
/// n(n-1)/2 pairs. It is written with continuous columns `z_2 … z_R` in [0, 1] and the row
/// `n - z_2 - … - z_R <= 1`, where `z_c` costs (c - 1) times the weight: the cheapest way to
/// cover `n` fills `z_2 … z_n`, costing exactly the pairs' penalty. This needs weights of 0 or
/// more, which `ModelExport` checks.
extension ModelBuilder {
    mutating func addBlocks() {
        for declared in blocks {
            switch declared.block {
            case .dayCapacity(let block): addDayCapacity(block)
            case .roundCount(let block): addRoundCount(block)
            case .modeSequence(let block): addModeSequence(block)
            case .pairCost(let block): addPairCost(block)
            case .matching(let block): addMatching(block)
            }
        }
    }

    // MARK: - Day capacity

    /// For each day: at most the limit of the forums that use the resource on it (written only where
    /// more could), e.g. `facilitator<i>_<date>`, `venue<v>_<date>`, `pool<p>_<date>`.
    mutating func addDayCapacity(_ block: DayCapacity) {
        // byDay[d - first]: each forum's columns that use the resource on day d, forum by forum.
        var byDay: [[[Int]]] = []
        var first = 0
        if let venues = block.venues {
            let members = block.forums.map { Set(self.members($0)) }
            let uses = venues.compactMap { venueIndex[$0] }.flatMap { atVenue[$0] }.filter { members?.contains($0.forum) ?? true }
            guard let earliest = uses.map(\.day).min(), let latest = uses.map(\.day).max() else { return }
            first = earliest
            byDay = Array(repeating: [], count: latest - earliest + 1)
            var previous: (forum: Int, day: Int)?
            for c in uses.sorted(by: { ($0.forum, $0.day, $0.column) < ($1.forum, $1.day, $1.column) }) {
                let i = c.day - first
                if let previous, previous == (c.forum, c.day) { byDay[i][byDay[i].count - 1].append(c.column) } else { byDay[i].append([c.column]) }
                previous = (c.forum, c.day)
            }
        } else {
            let members = self.members(block.forums)
            guard let earliest = members.compactMap({ index[$0].days.first }).min(), let latest = members.compactMap({ index[$0].days.last }).max() else { return }
            first = earliest
            byDay = Array(repeating: [], count: latest - earliest + 1)
            for f in members {
                for day in index[f].days { byDay[day - first].append(index[f].onDay(day)) }
            }
        }
        for (i, forums) in byDay.enumerated() where forums.count > block.limit {
            model.addRow(label("\(rowName(block.resource))_\(dayName(first + i))"), ones(forums.flatMap { $0 }), .lessOrEqual, block.limit)
        }
    }

    // MARK: - Round count

    /// At most the count in person and at most the rest online, so exactly the count in person:
    /// `quota_in_g<g>_r<r>`, `quota_online_g<g>_r<r>`.
    mutating func addRoundCount(_ block: RoundCount) {
        let members = self.members(block.forums)
        guard !members.isEmpty else { return }
        model.addRow(label("quota_in_\(groupName(block.group))_r\(block.round)"), ones(members.flatMap { inMode($0, inPerson: true) }), .lessOrEqual, block.inPerson)
        model.addRow(label("quota_online_\(groupName(block.group))_r\(block.round)"), ones(members.flatMap { inMode($0, inPerson: false) }), .lessOrEqual, max(members.count - block.inPerson, 0))
    }

    // MARK: - Mode sequence

    /// Both modes: when every forum of the area is in the model, at least one in person and one
    /// online (`both_in_a<a>`, `both_online_a<a>`). Runs: in any `maxRun + 1` rounds running, at
    /// most `maxRun` in each mode (`run_in_a<a>_r<r>`, `run_online_a<a>_r<r>`).
    mutating func addModeSequence(_ block: ModeSequence) {
        let members = self.members(Set(block.forums)).sorted { slots[$0].round < slots[$1].round }
        guard !members.isEmpty else { return }
        if block.bothModes && members.count == block.forums.count {
            model.addRow(label("both_in_\(areaName(block.area))"), ones(members.flatMap { inMode($0, inPerson: true) }), .greaterOrEqual, 1)
            model.addRow(label("both_online_\(areaName(block.area))"), ones(members.flatMap { inMode($0, inPerson: false) }), .greaterOrEqual, 1)
        }
        guard let maxRun = block.maxRun else { return }
        let window = max(maxRun, 0) + 1
        let byRound = Dictionary(members.map { (slots[$0].round, $0) }, uniquingKeysWith: { a, _ in a })
        for first in byRound.keys.sorted() {
            let run = (first..<(first + window)).compactMap { byRound[$0] }
            guard run.count == window else { continue }
            model.addRow(label("run_in_\(areaName(block.area))_r\(first)"), ones(run.flatMap { inMode($0, inPerson: true) }), .lessOrEqual, maxRun)
            model.addRow(label("run_online_\(areaName(block.area))_r\(first)"), ones(run.flatMap { inMode($0, inPerson: false) }), .lessOrEqual, maxRun)
        }
    }

    // MARK: - Pair cost

    /// Pairs on one weekday (`count_<scope>_<weekday>`) and at one start time (`count_<scope>_<hhmm>`),
    /// then pairs on consecutive days (see `addAdjacentDays`). `<scope>` is `a<area>` or `g<group>_r<round>`.
    mutating func addPairCost(_ block: PairCost) {
        let members = self.members(block.forums).sorted { (slots[$0].round, $0) < (slots[$1].round, $1) }
        if let weight = block.sameWeekday, weight > 0 {
            for (w, weekday) in Weekday.allCases.enumerated() {
                addPairCount(label("\(scopeName(block.scope))_\(weekday.rawValue.prefix(3))"), members.map { index[$0].byWeekday[w] }, weight: weight)
            }
        }
        if let weight = block.sameStart, weight > 0 {
            for start in Array(Set(members.flatMap { index[$0].starts })).sorted() {
                addPairCount(label("\(scopeName(block.scope))_\(String(start.description.filter { $0 != ":" }))"), members.map { index[$0].at(start) }, weight: weight)
            }
        }
        if let weight = block.adjacentDays, weight > 0, members.count >= 2 {
            addAdjacentDays(block.scope, members: members.sorted(), weight: weight)
        }
    }

    /// The pairs among forums whose columns (`perForum`, a forum's columns that count) are chosen,
    /// each costing `weight`; `name` is the count's (empty when unnamed).
    private mutating func addPairCount(_ name: String, _ perForum: [[Int]], weight: Int) {
        let counted = perForum.filter { !$0.isEmpty }
        guard counted.count >= 2 else { return }
        var terms = ones(counted.flatMap { $0 })
        for c in 2...counted.count {
            let z = model.addColumn(label("z_\(name)_\(c)"), kind: .continuous, lower: 0, upper: 1, cost: (c - 1) * weight)
            terms.append(LinearModel.Term(column: z, coefficient: -1))
        }
        model.addRow(label("count_\(name)"), terms, .lessOrEqual, 1)
    }

    /// Each pair of `members` on consecutive days.
    ///
    /// When the members must be on distinct days (a day capacity of 1 that every option of every
    /// member uses: a group's coordinator, usually), the pairs are the adjacent days both taken: for
    /// days d and d+1, `s_<scope>_<d>` in [0, 1] costs the weight and `Y_d + Y_d+1 - s <= 1`, where
    /// `Y_d` counts the members on day d (0 or 1). This form is much tighter for a MIP solver.
    /// Otherwise, for each pair of forums i and j, `s<i>_<j>` in [0, 1] costs the weight and, for each
    /// day d that i can take, `X_i,d + X_j,d-1 + X_j,d+1 - s <= 1`, where X are the day indicators
    /// (j takes one day).
    private mutating func addAdjacentDays(_ scope: PairCost.Scope, members: [Int], weight: Int) {
        if oneADay(members) {
            let days = Array(Set(members.flatMap { self.days($0) })).sorted()
            for (i, day) in days.enumerated() where i + 1 < days.count && days[i + 1] == day + 1 {
                let s = model.addColumn(label("s_\(scopeName(scope))_\(dayName(day))"), kind: .continuous, lower: 0, upper: 1, cost: weight)
                let both = members.flatMap { onDay($0, day) + onDay($0, day + 1) }
                model.addRow(label("spread_\(scopeName(scope))_\(dayName(day))"), ones(both) + [LinearModel.Term(column: s, coefficient: -1)], .lessOrEqual, 1)
            }
            return
        }
        for (a, i) in members.enumerated() {
            for j in members[(a + 1)...] {
                var s: Int?
                for day in days(i) {
                    let next = onDay(j, day - 1) + onDay(j, day + 1)
                    guard !next.isEmpty else { continue }
                    let column = s ?? model.addColumn(label("s\(i)_\(j)"), kind: .continuous, lower: 0, upper: 1, cost: weight)
                    s = column
                    let terms = ones(onDay(i, day) + next) + [LinearModel.Term(column: column, coefficient: -1)]
                    model.addRow(label("spread\(i)_\(j)_\(dayName(day))"), terms, .lessOrEqual, 1)
                }
            }
        }
    }

    /// True when the forums must be on distinct days: some day capacity of 1 is used by every
    /// option of every one of them.
    func oneADay(_ members: [Int]) -> Bool {
        blocks.contains { declared in
            guard case .dayCapacity(let c) = declared.block, c.limit == 1, c.venues == nil else { return false }
            return members.allSatisfy { c.forums?.contains(slots[$0].id) ?? true }
        }
    }

    // MARK: - Names (made only when the model is named)

    /// `facilitator<i>`, `venue<v>`, `pool<p>` (-1 when unknown) or `capacity_<name>`.
    func rowName(_ resource: DayCapacity.Resource) -> String {
        switch resource {
        case .facilitator(let id): return "facilitator\(problem.facilitators.firstIndex { $0.id == id } ?? -1)"
        case .venue(let id): return "venue\(problem.venues.firstIndex { $0.id == id } ?? -1)"
        case .interpreterPool(let id): return "pool\(problem.interpreterPools.firstIndex { $0.id == id } ?? -1)"
        case .shared(let name): return "capacity_" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        }
    }

    /// `g<group>`, by the group's index (-1 when unknown).
    func groupName(_ id: Group.ID) -> String { "g\(problem.groups.firstIndex { $0.id == id } ?? -1)" }

    /// `a<area>`, by the area's index (-1 when unknown).
    func areaName(_ id: Area.ID) -> String { "a\(problem.areas.firstIndex { $0.id == id } ?? -1)" }

    /// `a<area>` or `g<group>_r<round>`.
    func scopeName(_ scope: PairCost.Scope) -> String {
        switch scope {
        case .area(let id): return areaName(id)
        case .groupRound(let id, let round): return "\(groupName(id))_r\(round)"
        }
    }

    // MARK: - Groupings

    /// The slots of the given forums (every slot for nil), in slot order.
    func members(_ forums: Set<ForumID>?) -> [Int] {
        guard let forums else { return Array(slots.indices) }
        return slots.indices.filter { forums.contains(slots[$0].id) }
    }
}
