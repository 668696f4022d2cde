import Foundation
import PlannerCore
import PlannerInput

/// Seeded edits of a real year (the Surrey fixture), of the kinds a coordinator makes: every weight
/// scaled, a few more days a facilitator or a venue cannot do, one venue gone, the other rotation.
/// For the benchmark that compares the planner with HiGHS on realistic problems (issue 17).
///
/// Variant `index` depends only on the base problem, the seed, the spread and `index`: the first
/// ten of thirty variants are the ten of a batch of ten. Every variant is a valid plan problem:
/// `PlanWriter` writes it and `PlanFile.load` reads it back unchanged (a test checks them all);
/// whether a plan exists is for the planner to say.
public enum Perturbation {
    /// How far the weights move: each is multiplied by a factor drawn log-uniformly from the range,
    /// so that ×4 and ×0.25 are equally likely.
    public enum Spread: String, Sendable, CaseIterable {
        /// ×0.25 to ×4.
        case standard
        /// ×0.1 to ×10.
        case wide

        public var factors: ClosedRange<Double> { self == .standard ? 0.25...4 : 0.1...10 }
        /// `×0.25–4`, for titles.
        public var label: String { self == .standard ? "×0.25–4" : "×0.1–10" }
        /// Mixed into the seed, so that the two spreads do not edit the same venues and days.
        var salt: UInt64 { self == .standard ? 0 : 0x5749_4445 }
    }

    /// One edited year and what was edited.
    public struct Variant: Sendable {
        /// `perturb-07` (standard spread) or `wide-07`, numbered from 1.
        public var name: String
        public var problem: PlanningProblem
        /// `table` or `balanced`.
        public var rotation: String
        /// The id of the venue taken out, or nil when there was none the areas could spare.
        public var removedVenue: Venue.ID?
        /// How many unavailable days were added, to facilitators and to venues.
        public var extraFacilitatorDays: Int
        public var extraVenueDays: Int
        /// Each weight's key under `weights:` with its new value, in the plan file's order.
        public var weights: [(key: String, value: Int)]
    }

    /// The first `count` variants of `base` for `seed`.
    public static func variants(of base: PlanningProblem, count: Int, seed: UInt64, spread: Spread = .standard) -> [Variant] {
        (0..<max(count, 0)).map { variant(of: base, index: $0, seed: seed, spread: spread) }
    }

    /// Variant number `index + 1` of `base` for `seed`.
    ///
    /// The edits, in order: every non-zero weight × a factor from `spread` (rounded, at least 1 so a
    /// rule is never switched off, at most the plan file's limit); 1–4 extra unavailable days, each
    /// for a random facilitator; one venue removed, chosen among those whose areas all keep another
    /// suitable venue (`spareVenues`); 1–4 extra unavailable days, each for a random remaining
    /// venue; the rotation `table` (the base's, when it has one) or `balanced` with the default
    /// longest run, one in two. Extra days are working days of a forum month up to the latest
    /// allowed day, where they matter. A variant may still have no plan (extra days can leave too
    /// few for a facilitator): the planner and HiGHS then both say so.
    public static func variant(of base: PlanningProblem, index: Int, seed: UInt64, spread: Spread = .standard) -> Variant {
        var rng = SplitMix64(seed: seed ^ spread.salt ^ (UInt64(index + 1) &* 0xD1B5_4A32_D192_ED03))
        var problem = base
        problem.pins = []

        var weights: [(key: String, value: Int)] = []
        let logLow = log(spread.factors.lowerBound)
        let logHigh = log(spread.factors.upperBound)
        let limit = weightLimit
        for field in Weights.fields {
            let factor = exp(logLow + unit(&rng) * (logHigh - logLow))
            let old = problem.weights[keyPath: field.path]
            let new = old == 0 ? 0 : min(limit, max(1, Int((Double(old) * factor).rounded())))
            problem.weights[keyPath: field.path] = new
            weights.append((field.key, new))
        }

        let days = candidateDays(problem)
        let addedFacilitatorDays = addDays(Int.random(in: 1...4, using: &rng), from: days, to: &problem.facilitators, \.unavailable, rng: &rng)

        let spare = spareVenues(problem)
        var removed: Venue.ID?
        if let gone = spare.randomElement(using: &rng) {
            removed = problem.venues[gone].id
            problem.venues.remove(at: gone)
        }

        let addedVenueDays = addDays(Int.random(in: 1...4, using: &rng), from: days, to: &problem.venues, \.unavailable, rng: &rng)

        let balanced: Bool
        if case .table = base.rotation { balanced = Bool.random(using: &rng) } else { balanced = true }
        if balanced, case .table = base.rotation { problem.rotation = .balanced(maxRun: defaultMaxRun) }

        let prefix = spread == .standard ? "perturb" : "wide"
        return Variant(
            name: "\(prefix)-\(index + 1 < 10 ? "0" : "")\(index + 1)", problem: problem, rotation: balanced ? "balanced" : "table",
            removedVenue: removed, extraFacilitatorDays: addedFacilitatorDays, extraVenueDays: addedVenueDays, weights: weights)
    }

    /// The venues that can go: each area a venue serves keeps another venue that suits it (the
    /// venue bookers' check, `VenueCheck`: features, capacity, distance to transport), so that
    /// removing a venue does not take away an area's last possible in-person place by itself.
    static func spareVenues(_ problem: PlanningProblem) -> [Int] {
        var suitable: [Area.ID: Set<Venue.ID>] = [:]
        for area in problem.areas {
            for venue in problem.venues where venue.areas.contains(area.id) {
                let requirements = VenueCheck.requirements(venue: venue, area: area, needs: [], date: nil, in: problem)
                if VenueCheck.verdict(of: requirements) == .suitable { suitable[area.id, default: []].insert(venue.id) }
            }
        }
        return problem.venues.indices.filter { index in
            let venue = problem.venues[index]
            return venue.areas.allSatisfy { !(suitable[$0] ?? []).subtracting([venue.id]).isEmpty }
        }
    }

    /// The longest run of one mode in a balanced rotation when the plan file does not say (`max_run`).
    static let defaultMaxRun = 2

    /// The highest weight a plan file may hold (`weights.*` in `InputRanges`).
    static var weightLimit: Int {
        if case .whole(let range) = InputRanges.weight.bounds { return range.upperBound }
        return 10_000
    }

    /// Adds `count` new unavailable days, each to a random item (a day it already had is drawn
    /// again, at most 20 times a day); returns how many were added.
    static func addDays<Item>(
        _ count: Int, from days: [LocalDate], to items: inout [Item], _ path: WritableKeyPath<Item, Set<LocalDate>>, rng: inout SplitMix64
    ) -> Int {
        guard !items.isEmpty, !days.isEmpty else { return 0 }
        var added = 0
        for _ in 0..<count {
            for _ in 0..<20 {
                let which = Int.random(in: 0..<items.count, using: &rng)
                let day = days[Int.random(in: 0..<days.count, using: &rng)]
                if items[which][keyPath: path].insert(day).inserted {
                    added += 1
                    break
                }
            }
        }
        return added
    }

    /// The working days of each forum month up to the latest allowed day, in date order.
    static func candidateDays(_ problem: PlanningProblem) -> [LocalDate] {
        problem.rounds.forumMonths.flatMap { month in
            month.days.filter { $0.day <= problem.rounds.latestDay && problem.calendars.isWorkingDay($0) }
        }
    }

    /// A number in [0, 1) from 53 random bits.
    static func unit(_ rng: inout SplitMix64) -> Double { Double(rng.next() >> 11) / 9_007_199_254_740_992 }
}
