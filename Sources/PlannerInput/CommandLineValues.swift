import PlannerCore

/// Checks names and dates typed on the command line, in the same words as the plan file's errors.
///
/// Each function returns the message for a bad value, or nil when the value is good.
public enum CommandLineValues {
    /// `unknown venue `maltings`: did you mean `maltings-hall`? (expected one of: ...)`.
    public static func unknownName(kind: String, name: String, known: [String]) -> String {
        UnknownName.message(kind: kind, name: name, known: known)
    }

    /// The features of a comma-separated list such as `calm_space, bsl_or_captioning_possible`.
    public static func features(_ list: String) -> [Feature] {
        var result: [Feature] = []
        for name in list.split(separator: ",").map({ VenuesCSV.trimmed(String($0)) }) where !name.isEmpty {
            if !result.contains(Feature(name)) { result.append(Feature(name)) }
        }
        return result
    }

    /// Why a feature name is not in the vocabulary, with close or everyday names suggested; nil when it is.
    public static func featureProblem(_ name: String) -> String? {
        guard Feature.vocabulary[name] == nil else { return nil }
        let hint =
            PlanReader.commonFeatureNames[name].map { ": did you mean `\(clipped($0))`?" }
            ?? UnknownName.suggestion(for: name, among: Feature.knownIDs)
        return "unknown feature `\(clipped(name))`\(hint) (expected one of: \(Feature.knownIDs.joined(separator: ", ")))"
    }

    /// Why `text` is not a `YYYY-MM-DD` date, e.g. `"2027-02-30" is not a real date: February 2027 has 28 days`; nil when it is.
    public static func dateProblem(_ text: String) -> String? {
        switch YAMLValue.parseDate(text) {
        case .success: return nil
        case .failure(let problem): return "\(problem.text) (expected a date written YYYY-MM-DD, e.g. 2027-09-14)"
        }
    }
}
