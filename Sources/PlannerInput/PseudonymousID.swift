/// The shape every `person_id` and `claim_id` must have, so that a name can never pass for an id.
///
/// An id is a short prefix of one to three letters, then digits, optionally in groups joined by
/// hyphens: `P001`, `C-2027-014`, `CL2027-3`. Anything else is refused: a word that could be a
/// name (`Jane`, `JaneSmith-20-00-00`), an underscore (`Jane_Smith`), a space, or letters after the
/// first group. Why: these ids reach the printed table, `--json` and the payment run, which go to
/// finance and may be emailed; attendee data is health data, so the files must hold references
/// that mean nothing outside the trust's own records, never names.
enum PseudonymousID {
    /// Letters allowed before the digits, at most.
    static let maximumPrefix = 3

    /// Whether `text` has the shape of an id (see the type's summary).
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let letters = bytes.prefix(while: isLetter).count
        guard (1...maximumPrefix).contains(letters) else { return false }
        var rest = bytes.dropFirst(letters)
        if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        // One or more groups of digits, joined by single hyphens.
        let groups = rest.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return !groups.isEmpty && groups.allSatisfy { !$0.isEmpty && $0.allSatisfy(isDigit) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// What the error message says is expected.
    static let expected = "one to \(maximumPrefix) letters, then digits, optionally in hyphen-separated groups, e.g. P001 or C-2027-014; never a name"
}
