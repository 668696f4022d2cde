/// The hard rules across forums, as the solver keeps them (`BranchAndBound.feasible`).
extension ModelBuilder {
    /// facilitator-one-place-a-day: each facilitator on at most `max(maxForumsPerDay, 1)` forums a day.
    mutating func addFacilitatorRows() {
        guard on(.facilitatorOnePlaceADay) else { return }
        for (i, facilitator) in problem.facilitators.enumerated() {
            let limit = max(facilitator.maxForumsPerDay, 1)
            let members = slots.indices.filter { slots[$0].facilitators.contains(i) }
            addPerDayRows("facilitator\(i)", members: members, limit: limit)
        }
    }

    /// venue-one-booking-a-day: each venue hosts at most one forum a day.
    mutating func addVenueRows() {
        guard on(.venueOneBookingADay) else { return }
        for v in problem.venues.indices {
            var byDay: [Int: (forums: Set<Int>, columns: [Int])] = [:]
            for f in slots.indices {
                for option in slots[f].options where option.venue == v {
                    byDay[option.day, default: ([], [])].forums.insert(f)
                }
            }
            for day in byDay.keys.sorted() {
                guard let forums = byDay[day]?.forums, forums.count >= 2 else { continue }
                let columns = forums.sorted().flatMap { f in self.columns(f) { o, _ in o.venue == v && o.day == day } }
                model.addRow("venue\(v)_\(dayName(day))", ones(columns), .lessOrEqual, 1)
            }
        }
    }

    /// interpreter-pool-per-day: at most the pool's `perDay` forums a day among the forums that need it.
    mutating func addPoolRows() {
        guard on(.interpreterPoolPerDay) else { return }
        for (p, pool) in problem.interpreterPools.enumerated() {
            let members = slots.indices.filter { slots[$0].pools.contains(p) }
            addPerDayRows("pool\(p)", members: members, limit: pool.perDay)
        }
    }

    /// For each day: at most `limit` of `members` on it (written only where more could be).
    private mutating func addPerDayRows(_ prefix: String, members: [Int], limit: Int) {
        var byDay: [Int: [Int]] = [:]
        for f in members { for day in days(f) { byDay[day, default: []].append(f) } }
        for day in byDay.keys.sorted() {
            guard let forums = byDay[day], forums.count > limit else { continue }
            model.addRow("\(prefix)_\(dayName(day))", ones(forums.flatMap { onDay($0, day) }), .lessOrEqual, limit)
        }
    }

    /// in-person-quota (balanced rotation): each group's round has at most its quota in person and
    /// at most the rest online, so exactly the quota in person.
    mutating func addQuotaRows() {
        guard balancedMaxRun != nil, on(.inPersonQuota) else { return }
        for (key, members) in groupRounds() {
            let quota = key.group < problem.groups.count ? problem.groups[key.group].inPersonPerRound : 0
            let name = "g\(key.group)_r\(key.round)"
            model.addRow("quota_in_\(name)", ones(members.flatMap { inMode($0, inPerson: true) }), .lessOrEqual, quota)
            model.addRow("quota_online_\(name)", ones(members.flatMap { inMode($0, inPerson: false) }), .lessOrEqual, max(members.count - quota, 0))
        }
    }

    /// area-gets-both-modes: with two rounds or more, every daytime area that has a forum in every
    /// round meets in person at least once and online at least once.
    mutating func addBothModesRows() {
        guard on(.areaGetsBothModes), problem.roundCount >= 2 else { return }
        for (area, members) in areas() where !slots[members[0]].evening && members.count == problem.roundCount {
            model.addRow("both_in_a\(area)", ones(members.flatMap { inMode($0, inPerson: true) }), .greaterOrEqual, 1)
            model.addRow("both_online_a\(area)", ones(members.flatMap { inMode($0, inPerson: false) }), .greaterOrEqual, 1)
        }
    }

    /// no-long-mode-runs (balanced rotation): in any `maxRun + 1` rounds running, a daytime area
    /// meets in each mode at most `maxRun` times.
    mutating func addRunRows() {
        guard let maxRun = balancedMaxRun, on(.noLongModeRuns) else { return }
        let window = max(maxRun, 0) + 1
        for (area, members) in areas() where !slots[members[0]].evening {
            let byRound = Dictionary(members.map { (slots[$0].round, $0) }, uniquingKeysWith: { a, _ in a })
            for first in byRound.keys.sorted() {
                let run = (first..<(first + window)).compactMap { byRound[$0] }
                guard run.count == window else { continue }
                model.addRow("run_in_a\(area)_r\(first)", ones(run.flatMap { inMode($0, inPerson: true) }), .lessOrEqual, maxRun)
                model.addRow("run_online_a\(area)_r\(first)", ones(run.flatMap { inMode($0, inPerson: false) }), .lessOrEqual, maxRun)
            }
        }
    }

    // MARK: - Groupings

    /// Forums by area index, in area order; each list in round order.
    func areas() -> [(area: Int, members: [Int])] {
        let byArea = Dictionary(grouping: slots.indices, by: { slots[$0].areaIndex })
        return byArea.keys.sorted().map { a in (a, (byArea[a] ?? []).sorted { slots[$0].round < slots[$1].round }) }
    }

    /// Forums by group and round (every area of the group, evening forums included), in order.
    func groupRounds() -> [(key: (group: Int, round: Int), members: [Int])] {
        let byKey = Dictionary(grouping: slots.indices, by: { [slots[$0].groupIndex, slots[$0].round] })
        return byKey.keys.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { k in ((k[0], k[1]), byKey[k] ?? []) }
    }
}
