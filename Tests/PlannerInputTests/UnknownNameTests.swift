import Testing

@testable import PlannerInput

/// Close-name suggestions for typos.
@Suite("Unknown names")
struct UnknownNameTests {
    @Test("edit distance")
    func distance() {
        #expect(UnknownName.editDistance("kitten", "sitting") == 3)
        #expect(UnknownName.editDistance("", "abc") == 3)
        #expect(UnknownName.editDistance("wifi", "wifi") == 0)
    }

    @Test("suggests close names and prefixes, nearest first, at most three")
    func close() {
        #expect(UnknownName.closeNames(to: "east-sury", among: ["east-surrey", "surrey-downs"]) == ["east-surrey"])
        #expect(UnknownName.closeNames(to: "venu", among: ["venues", "venue_standards", "areas"]) == ["venues", "venue_standards"])
        #expect(UnknownName.closeNames(to: "zzz", among: ["venues", "areas"]).isEmpty)
        #expect(UnknownName.closeNames(to: "a", among: ["ab", "ac", "ad", "ae"]).count == 3)
    }

    @Test("the message lists what is known")
    func message() {
        #expect(
            UnknownName.message(kind: "area", name: "x", known: ["east-surrey"])
                == "unknown area `x` (expected one of: east-surrey)")
    }
}
