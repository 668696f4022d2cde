import PlannerCore

/// Reads a trust's year from its YAML plan file (and the files it includes) into a `PlanningProblem`.
///
/// The file's sections are described in `Fixtures/surrey-2027-28/plan.yaml`, which is commented
/// for coordinators. Every optional section falls back to the documented default. The problem
/// returned has been validated: every id it refers to exists, every number is in range, and
/// every meeting format fits its time window. It has no pins: read those with
/// `PublishedPlan.loadPins(path:)`.
public enum PlanFile {
    /// Reads and validates the plan file at `path`.
    ///
    /// - Throws: `InputError` naming the file, line, key path, bad value and what was expected,
    ///   for the first problem found (unreadable file, YAML syntax, unknown key, wrong type, bad
    ///   value, unknown or duplicate id, inconsistent rotation or timing).
    ///   An area with no venue able to host it is not an input error: the planner explains it.
    public static func load(path: String) throws(InputError) -> PlanningProblem {
        let text = try SourceFile.read(path)
        return try load(text: text, fileName: path)
    }

    /// Reads and validates plan text; `fileName` names it in errors and anchors its `include`s.
    ///
    /// - Throws: `InputError`, as `load(path:)`.
    public static func load(text: String, fileName: String) throws(InputError) -> PlanningProblem {
        let root = try SourceFile.compose(text, fileName: fileName)
        let sections = try PlanSections.gather(root: root)
        return try PlanReader(sections: sections).problem()
    }
}
