import Foundation
import PlannerInput
import Testing

@testable import PlannerCore

/// The option builder asks each rule about one forum once per distinct value of what the rule
/// reads (`MeetingRule.reads`) and shares the answer; the options must be exactly those of asking
/// every rule about every candidate, and each rule's answer must indeed not change with the rest.
@Suite("Option builder")
struct OptionBuilderTests {
    typealias Case = ProblemCase

    /// The rule test problem, its broken variant (late notice, a poll, re-planned with pins), the
    /// Surrey fixtures (plain, governors, poll), a replan with pins, two school calendars, and
    /// Surrey with pins not enforced and with the school holidays rule off.
    static func cases() throws -> [Case] {
        let problems = try RuleAnswerTests.problems()
        var cases = zip(["rule test problem", "broken variant", "surrey-2027-28"], problems).map { Case(name: $0, problem: $1) }
        cases += try ["surrey-2027-28-governors", "surrey-2027-28-poll", "replan-venue-withdrawn"].map(Case.fixture)
        cases.append(Case(name: "Surrey and Hampshire school calendars", problem: SchoolCalendarTests.problem()))
        cases.append(Case(name: "broken variant, pins not enforced", problem: problems[1], disabled: [.pinnedForumStays]))
        cases.append(Case(name: "surrey-2027-28, no school holidays rule", problem: problems[2], disabled: [.outsideSchoolHolidays, .earlyInMonth]))
        return cases
    }

    @Test("the options are those of asking every rule about every candidate", arguments: try cases())
    func sameAsEveryRuleOnEveryCandidate(_ c: Case) {
        let context = RuleContext(c.problem)
        let built = OptionBuilder(context: context, disabled: c.disabled).build().map(Self.text)
        let expected = Self.straightforward(context, disabled: c.disabled)
        #expect(built.count == expected.count)
        for (b, e) in zip(built, expected) where b != e { #expect(b == e) }
        #expect(built.contains { $0.contains("options:\n  ") }, "no options at all")
    }

    @Test("each rule's answer changes only with what it reads", arguments: try cases())
    func answersFollowReads(_ c: Case) {
        let context = RuleContext(c.problem)
        var wrong: [String] = []
        let rules: [(RuleID, MeetingFacets, (Meeting) -> Int)] =
            Rules.meetingRules.map { rule in (rule.id, rule.reads(in: context), { rule.isBroken($0, in: context) ? -1 : rule.penalty($0, in: context) }) }
            + Rules.relaxedPlanRules.map { rule in (rule.id, rule.optionReads(in: context), { rule.optionPenalty($0, in: context) }) }
        for round in 1...c.problem.roundCount {
            for area in c.problem.areas {
                let candidates = Self.candidates(context, round: round, area: area)
                for (id, reads, answer) in rules {
                    var seen: [String: (Int, Meeting)] = [:]
                    for m in candidates {
                        let key = Self.key(m, reads)
                        let value = answer(m)
                        if let (first, other) = seen[key], first != value {
                            wrong.append("\(id.rawValue): \(first) at \(Self.key(other, .all)), \(value) at \(Self.key(m, .all))")
                            break
                        }
                        seen[key] = seen[key] ?? (value, m)
                    }
                }
            }
        }
        #expect(wrong.prefix(5).joined(separator: "\n") == "")
    }

    /// The facets `reads` of a meeting, as text.
    static func key(_ m: Meeting, _ reads: MeetingFacets) -> String {
        var parts: [String] = []
        if reads.contains(.date) { parts.append(m.date.iso) }
        if reads.contains(.place) { parts.append("\(m.mode.rawValue) \(m.venue?.rawValue ?? "-")") }
        if reads.contains(.time) { parts.append("\(m.mode.rawValue) \(m.start)–\(m.end)") }
        return parts.joined(separator: " ")
    }

    /// A forum's candidates: each date of its month, mode, venue serving the area (none when no
    /// venue does) and start time of the mode.
    static func candidates(_ context: RuleContext, round: Int, area: Area) -> [Meeting] {
        let p = context.problem
        let id = p.forumID(round: round, area: area.id)
        let venues: [Venue.ID?] = p.venues.filter { $0.areas.contains(area.id) }.map(\.id)
        var result: [Meeting] = []
        for date in p.rounds.forumMonth(ofRound: round).days {
            for mode in Mode.allCases {
                let format = p.format(for: area, mode: mode)
                for venue in mode == .virtual || venues.isEmpty ? [nil] : venues {
                    for start in format.startTimes.sorted() {
                        result.append(
                            Meeting(
                                id: id, round: round, area: area.id, mode: mode, date: date, start: start, end: start.adding(minutes: format.minutes),
                                venue: venue, facilitators: context.facilitators(for: area)))
                    }
                }
            }
        }
        return result
    }

    /// Every forum's options as text, worked out by asking every rule about every candidate: each
    /// candidate counted under the first hard rule it breaks, the rest priced and merged with the
    /// candidate before when only the start differs, then sorted as the builder sorts.
    static func straightforward(_ context: RuleContext, disabled: Set<RuleID>) -> [String] {
        let p = context.problem
        let hard = Rules.hardMeetingRules.filter { !disabled.contains($0.id) && $0.id != .pinnedForumStays }
        let soft = Rules.softMeetingRules.filter { !disabled.contains($0.id) }
        let relaxed = Rules.relaxedPlanRules.filter { !disabled.contains($0.id) }
        var texts: [String] = []
        for round in 1...p.roundCount {
            for area in p.areas {
                let id = p.forumID(round: round, area: area.id)
                var candidates = candidates(context, round: round, area: area)
                var history = false
                var moved = ""
                if !disabled.contains(.pinnedForumStays), let pin = context.pins[id] {
                    let pinned = Meeting(
                        id: id, round: round, area: area.id, mode: pin.mode, date: pin.date, start: pin.start,
                        end: pin.start.adding(minutes: p.format(for: area, mode: pin.mode).minutes), venue: pin.venue,
                        facilitators: context.facilitators(for: area))
                    if let today = p.today, pin.date < today {
                        history = true
                        candidates = [pinned]
                    } else if let breach = hard.lazy.compactMap({ $0.check(pinned, in: context) }).first {
                        moved = "moved: \(breach.message) [\(breach.rule.rawValue)]"
                    } else {
                        candidates = [pinned]
                    }
                }
                var removed: [RuleID: Int] = [:]
                var options: [(m: Meeting, starts: [TimeOfDay], cost: Int)] = []
                for m in candidates {
                    if !history, let rule = hard.first(where: { $0.isBroken(m, in: context) }) {
                        removed[rule.id, default: 0] += 1
                        continue
                    }
                    let cost = soft.reduce(0) { $0 + $1.penalty(m, in: context) } + relaxed.reduce(0) { $0 + $1.optionPenalty(m, in: context) }
                    if let last = options.last, last.m.date == m.date, last.m.mode == m.mode, last.m.venue == m.venue, last.cost == cost {
                        options[options.count - 1].starts.append(m.start)
                    } else {
                        options.append((m, [m.start], cost))
                    }
                }
                func venueIndex(_ m: Meeting) -> Int { m.venue.flatMap { v in p.venues.firstIndex { $0.id == v } } ?? -1 }
                options.sort {
                    ($0.cost, $0.m.date.dayNumber, $0.m.mode == .inPerson ? 1 : 0, venueIndex($0.m))
                        < ($1.cost, $1.m.date.dayNumber, $1.m.mode == .inPerson ? 1 : 0, venueIndex($1.m))
                }
                let lines = options.map { o in
                    "  \(o.m.date.iso) \(o.m.mode.rawValue) \(o.m.venue?.rawValue ?? "-") #\(venueIndex(o.m)) \(o.m.start)–\(o.m.end) cost \(o.cost) starts \(o.starts.map(\.description).joined(separator: ","))"
                }
                let counts = removed.keys.sorted().map { "\($0.rawValue) \(removed[$0] ?? 0)" }.joined(separator: ", ")
                texts.append("\(id) \(candidates.count) candidates; removed: \(counts); \(moved)\noptions:\n" + lines.joined(separator: "\n"))
            }
        }
        return texts
    }

    /// One built slot as `straightforward` writes it.
    static func text(_ slot: ForumSlot) -> String {
        let lines = slot.options.map { o in
            let m = o.meeting
            #expect(o.day == m.date.dayNumber && o.weekday == m.date.weekday.index && o.inPerson == (m.mode == .inPerson) && o.starts.first == m.start)
            return "  \(m.date.iso) \(m.mode.rawValue) \(m.venue?.rawValue ?? "-") #\(o.venue) \(m.start)–\(m.end) cost \(o.cost) starts \(o.starts.map(\.description).joined(separator: ","))"
        }
        let counts = slot.removed.keys.sorted().map { "\($0.rawValue) \(slot.removed[$0] ?? 0)" }.joined(separator: ", ")
        let moved = slot.movedBecause.map { "moved: " + $0.replacingOccurrences(of: #"^the published .* no longer works: "#, with: "", options: .regularExpression) } ?? ""
        return "\(slot.id) \(slot.candidates) candidates; removed: \(counts); \(moved)\noptions:\n" + lines.joined(separator: "\n")
    }
}
