import PlannerBench
import PlannerCore
import Testing

@testable import PlannerInput

/// The benchmark's edited Surrey years (`Perturbation`): the same seed gives the same variants, each
/// edit is what the variant says, and every variant is a valid plan file (written and read back).
@Suite("Perturbed Surrey years")
struct PerturbationTests {
    static func texts(seed: UInt64, count: Int, spread: Perturbation.Spread) throws -> [String] {
        Perturbation.variants(of: try PlanWriterTests.surrey(), count: count, seed: seed, spread: spread).map { PlanWriter.text($0.problem) }
    }

    /// Whether the venue bookers' check finds `venue` suitable for `area`.
    static func suits(_ venue: Venue, _ area: Area, _ problem: PlanningProblem) -> Bool {
        VenueCheck.verdict(of: VenueCheck.requirements(venue: venue, area: area, needs: [], date: nil, in: problem)) == .suitable
    }

    @Test("the same seed gives the same variants; variant k does not depend on how many are asked for")
    func deterministic() throws {
        let first = try Self.texts(seed: 1, count: 6, spread: .standard)
        #expect(first == (try Self.texts(seed: 1, count: 6, spread: .standard)))
        #expect(Array(first.prefix(3)) == (try Self.texts(seed: 1, count: 3, spread: .standard)))
        #expect(Set(first).count == 6)
        let other = try Self.texts(seed: 2, count: 6, spread: .standard)
        #expect(zip(first, other).allSatisfy { $0 != $1 })
        let wide = try Self.texts(seed: 1, count: 6, spread: .wide)
        #expect(zip(first, wide).allSatisfy { $0 != $1 })
    }

    @Test("every variant of both batches is a valid plan file that reads back unchanged", arguments: [
        (Perturbation.Spread.standard, 30), (.wide, 20),
    ])
    func validPlanFiles(spread: Perturbation.Spread, count: Int) throws {
        for variant in Perturbation.variants(of: try PlanWriterTests.surrey(), count: count, seed: 1, spread: spread) {
            let text = PlanWriter.text(variant.problem)
            let loaded = try PlanFile.load(text: text, fileName: "\(variant.name).yaml")
            PlanWriterTests.expectSame(variant.problem, loaded)
            #expect(PlanWriter.text(loaded) == text, "\(variant.name)")
        }
    }

    @Test("each edit is what the variant says, within the spread", arguments: Perturbation.Spread.allCases)
    func edits(spread: Perturbation.Spread) throws {
        let base = try PlanWriterTests.surrey()
        let variants = Perturbation.variants(of: base, count: 20, seed: 7, spread: spread)
        for variant in variants {
            let problem = variant.problem
            for (field, written) in zip(Weights.fields, variant.weights) {
                let old = Double(base.weights[keyPath: field.path])
                let new = problem.weights[keyPath: field.path]
                #expect(written.key == field.key && written.value == new)
                // Rounded to whole points, at least 1: within the spread, give or take half a point.
                #expect(Double(new) >= min(1, old) && Double(new) >= old * spread.factors.lowerBound - 0.5, "\(variant.name) \(field.key)")
                #expect(Double(new) <= max(1, old * spread.factors.upperBound + 0.5), "\(variant.name) \(field.key)")
            }
            let removed = try #require(variant.removedVenue)
            #expect(problem.venues.count == base.venues.count - 1)
            #expect(!problem.venues.contains { $0.id == removed })
            for area in base.areas where base.venues.contains(where: { $0.areas.contains(area.id) && Self.suits($0, area, base) }) {
                #expect(problem.venues.contains { $0.areas.contains(area.id) && Self.suits($0, area, base) }, "\(variant.name): \(area.id) has no suitable venue left")
            }
            let facilitatorDays = zip(base.facilitators, problem.facilitators).reduce(0) { $0 + $1.1.unavailable.count - $1.0.unavailable.count }
            #expect(facilitatorDays == variant.extraFacilitatorDays)
            #expect((1...4).contains(facilitatorDays))
            let kept = base.venues.filter { $0.id != removed }
            let venueDays = zip(kept, problem.venues).reduce(0) { $0 + $1.1.unavailable.count - $1.0.unavailable.count }
            #expect(venueDays == variant.extraVenueDays)
            #expect((1...4).contains(venueDays))
            if case .balanced(let maxRun) = problem.rotation {
                #expect(variant.rotation == "balanced" && maxRun == 2)
            } else {
                #expect(variant.rotation == "table" && problem.rotation == base.rotation)
            }
        }
        #expect(Set(variants.map(\.rotation)) == ["table", "balanced"])
        #expect(Set(variants.compactMap(\.removedVenue)).count > 1)
    }
}
