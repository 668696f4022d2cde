/// A problem in a coordinator's input file, naming the file, the line, the key path, the bad value
/// and what was expected.
///
/// Rendered as one line, for example:
///
///     Fixtures/x/plan.yaml:42: venues[2].capacity: "lots" is not a whole number (expected a number of people, e.g. 40)
///
/// List positions in key paths count from 0 (`venues[2]` is the third venue); the line number
/// points at the exact place. The file is named by the path it was given, so a relative path in
/// gives a relative path out. This is the only error type of the `PlannerInput` module.
public struct InputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file, as given (a relative path stays relative).
    public var file: String
    /// The 1-based line, when known (YAML files always; JSON files never).
    public var line: Int?
    /// Where in the file, e.g. `venues[2].features.hearing_loop`; empty for the whole file.
    public var keyPath: String
    /// What is wrong and what was expected, e.g. `"lots" is not a whole number (expected ...)`.
    public var message: String

    public init(file: String, line: Int?, keyPath: String, message: String) {
        self.file = file; self.line = line; self.keyPath = keyPath; self.message = message
    }

    /// `file:line: key.path: message`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if !keyPath.isEmpty { text += clipped(keyPath) + ": " }
        return text + message
    }
}
