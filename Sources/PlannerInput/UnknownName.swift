/// Messages for a name that is not known (a key, an id or a feature), with close names suggested.
public enum UnknownName {
    /// `unknown area `east-sury`: did you mean `east-surrey`? (expected one of: ...)`
    public static func message(kind: String, name: String, known: [String]) -> String {
        "unknown \(kind) `\(clipped(name))`\(suggestion(for: name, among: known)) (expected one of: \(known.joined(separator: ", ")))"
    }

    /// `: did you mean `a` or `b`?`, or nothing when no name is close.
    static func suggestion(for name: String, among known: [String]) -> String {
        // A name far longer than any id is nothing like one; comparing it would take long.
        guard name.utf8.count <= 100 else { return "" }
        let close = closeNames(to: name, among: known)
        guard !close.isEmpty else { return "" }
        let quotedNames = close.map { "`\(clipped($0))`" }
        let list =
            quotedNames.count == 1
            ? quotedNames[0] : quotedNames.dropLast().joined(separator: ", ") + " or " + (quotedNames.last ?? "")
        return ": did you mean \(list)?"
    }

    /// Up to three known names close to `name`: a small edit distance, or one a prefix of the other.
    ///
    /// - Complexity: O(k · n · m) for k known names of length about m and a name of length n.
    static func closeNames(to name: String, among known: [String]) -> [String] {
        let lowered = name.lowercased()
        guard !lowered.isEmpty else { return [] }
        var scored: [(distance: Int, name: String)] = []
        for candidate in known where candidate != name {
            let distance = editDistance(lowered, candidate.lowercased())
            let limit = max(2, min(lowered.count, candidate.count) / 4)
            let prefix = min(lowered.count, candidate.count) >= 3
                && (candidate.lowercased().hasPrefix(lowered) || lowered.hasPrefix(candidate.lowercased()))
            if distance <= limit || prefix { scored.append((distance, candidate)) }
        }
        scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return scored.prefix(3).map(\.name)
    }

    /// Levenshtein distance between two strings.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
