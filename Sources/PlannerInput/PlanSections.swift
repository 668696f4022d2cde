/// The top-level sections of a plan, gathered from the plan file and the files it includes.
///
/// `include: [calendars.yaml, venues.yaml]` names files next to the plan file (paths are relative
/// to it). Each included file holds top-level sections, exactly as they would appear in the plan
/// file; a section may appear in only one file, and included files cannot include others.
/// Errors inside an included file name that file.
enum PlanSections {
    /// Every top-level key a plan may have, in the order they are documented.
    static let keys = [
        "forum", "trust", "plan_year", "stamp", "include", "rounds", "groups", "facilitators", "governors", "areas",
        "venues", "venue_standards", "interpreter_pools", "calendars", "formats", "windows", "rotation",
        "notice", "reimbursement", "weights", "joining", "publishing", "poll",
    ]

    /// The merged sections of the plan whose root is `root`.
    static func gather(root: YAMLValue) throws(InputError) -> YAMLMap {
        let expected = "the plan's sections as `name: value` lines, e.g. `forum: FoCUS`"
        let plan = try root.mapping(expected: expected, keys: keys)
        var entries = plan.entries.filter { $0.key != "include" }
        guard let include = plan.optional("include") else { return plan }
        let names: [YAMLValue]
        if case .sequence = include.node {
            names = try include.list(expected: "a list of file names, e.g. [calendars.yaml]")
        } else {
            names = [include]
        }
        for name in names {
            let relative = try name.text(expected: "a file name next to the plan file, e.g. calendars.yaml")
            let path = SourceFile.resolve(relative, nextTo: root.file)
            let text: String
            switch SourceFile.readText(path) {
            case .success(let contents): text = contents
            case .failure(let problem) where problem.line != nil: throw problem.error(file: path)
            case .failure(let problem):
                throw name.error("cannot include \(quoted(relative)): \(problem.text) at \(path) (expected a file next to the plan file, e.g. calendars.yaml)")
            }
            let included = try SourceFile.compose(text, fileName: path)
            let sectionKeys = keys.filter { $0 != "include" }
            if case .mapping(let mapping) = included.node, let nested = mapping["include"] {
                let value = included.child("include", nested)
                throw value.error("an included file cannot include others (expected the sections themselves)")
            }
            let sections = try included.mapping(expected: expected, keys: sectionKeys)
            for entry in sections.entries {
                if let earlier = entries.first(where: { $0.key == entry.key }) {
                    let place = "\(earlier.value.file)" + (earlier.line.map { ":\($0)" } ?? "")
                    throw entry.value.error("section `\(clipped(entry.key))` is already given at \(place) (expected each section once across the plan and its included files)")
                }
                entries.append(entry)
            }
        }
        return YAMLMap(value: plan.value, entries: entries)
    }
}
