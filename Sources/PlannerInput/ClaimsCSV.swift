import PlannerCore

/// Reads the claims file: one row per expense line, with the columns `claim_id`, `person_id`,
/// `forum_id`, `expense`, `amount`, `miles`, `receipt`, `pre_approved`, `submitted_on` and `note`
/// (any order), and optionally `passengers` (for mileage lines; default 0).
///
/// `expense` is one of `mileage`, `public_transport`, `taxi`, `parking`, `childcare`,
/// `replacement_care`, `companion_travel`; `amount` is pounds and pence (`12.40`, or `£12.40`);
/// `miles` is needed on mileage lines (the return journey, e.g. `12.4`); `receipt` and
/// `pre_approved` are yes or no; `submitted_on` is `YYYY-MM-DD`, or empty for today. Several lines
/// may share a `claim_id`. Errors name the file, the row's line, the column, the value and what was
/// expected:
///
///     Fixtures/claims/claims.csv:5: column amount: "12.4x" is not an amount in pounds (expected pounds and pence, e.g. 12.40)
public enum ClaimsCSV {
    public static let requiredColumns = [
        "claim_id", "person_id", "forum_id", "expense", "amount", "miles", "receipt", "pre_approved", "submitted_on", "note",
    ]
    public static let optionalColumns = ["passengers"]

    /// The lines of the claims file at `path`.
    ///
    /// - Parameters:
    ///   - people: the people file's people; every line's `person_id` must be one of them.
    ///   - forums: the plan's forum ids; every line's `forum_id` must be one of them.
    ///   - peopleFile, planFile: named in the errors for an unknown person or forum.
    ///   - today: the date of a line whose `submitted_on` is empty.
    /// - Throws: `InputError` for the first problem in the file. A claim that breaks a claim rule
    ///   is not an input error: the rules report it.
    public static func load(
        path: String, people: [Person], forums: [ForumID], peopleFile: String, planFile: String, today: LocalDate
    ) throws(InputError) -> [Claim] {
        try load(text: try SourceFile.read(path), fileName: path, people: people, forums: forums,
                 peopleFile: peopleFile, planFile: planFile, today: today)
    }

    /// The lines of claims CSV text; `fileName` names it in errors.
    ///
    /// - Throws: `InputError`, as `load(path:...)`.
    public static func load(
        text: String, fileName: String, people: [Person], forums: [ForumID], peopleFile: String, planFile: String,
        today: LocalDate
    ) throws(InputError) -> [Claim] {
        let table = try CheckCSV.read(text, fileName: fileName, required: requiredColumns, optional: optionalColumns)
        let known = Known(
            people: people.map(\.id.rawValue).sorted(), forums: forums.map(\.rawValue).sorted(),
            peopleFile: peopleFile, planFile: planFile)
        if let problem = InputRanges.claimLines.countProblem(table.rows.count, of: "claim lines") {
            throw InputError(file: fileName, line: nil, keyPath: "", message: "the file \(problem)")
        }
        var claims: [Claim] = []
        for row in table.rows { claims.append(try claim(table.cells(row), known: known, today: today)) }
        return claims
    }

    /// The ids a line may refer to, and the files they come from.
    struct Known {
        /// Sorted, for the suggestions in errors.
        let people: [String]
        let forums: [String]
        let peopleFile: String
        let planFile: String
        /// The same ids, for checking each line without searching the lists.
        let peopleSet: Set<String>
        let forumSet: Set<String>

        init(people: [String], forums: [String], peopleFile: String, planFile: String) {
            self.people = people
            self.forums = forums
            self.peopleFile = peopleFile
            self.planFile = planFile
            peopleSet = Set(people)
            forumSet = Set(forums)
        }
    }

    static func claim(_ cells: Cells, known: Known, today: LocalDate) throws(InputError) -> Claim {
        let id = try cells.id("claim_id", expected: "the claim's reference, e.g. C001")
        let person = try cells.required("person_id", expected: "a person_id from \(known.peopleFile), e.g. P001")
        guard known.peopleSet.contains(person) else {
            throw cells.error("person_id", "unknown person `\(clipped(person))`\(UnknownName.suggestion(for: person, among: known.people)) (expected a person_id from \(known.peopleFile))")
        }
        let forum = try cells.required("forum_id", expected: "a forum id from \(known.planFile), e.g. 2027-r1-east-surrey")
        guard known.forumSet.contains(forum) else {
            throw cells.error("forum_id", "unknown forum `\(clipped(forum))`\(UnknownName.suggestion(for: forum, among: known.forums)) (expected a forum id from \(known.planFile), e.g. \(known.forums.first ?? "2027-r1-east-surrey"))")
        }
        let expenseText = try cells.required("expense", expected: expenseList)
        guard let expense = Expense(rawValue: expenseText.lowercased()) else {
            throw cells.error("expense", "\(quoted(expenseText)) is not an expense type (expected one of: \(expenseList))")
        }
        let amount = try pence(cells, "amount")
        let miles = try readMiles(cells, required: expense == .mileage)
        let submitted = cells.text("submitted_on").isEmpty
            ? today : try cells.date("submitted_on", expected: "the date the claim was received, YYYY-MM-DD, e.g. 2027-06-20")
        return Claim(
            id: Claim.ID(id), line: cells.line, person: Person.ID(person), forum: ForumID(forum), expense: expense,
            amount: amount, miles: miles, passengers: try passengers(cells), receipt: try cells.yesNo("receipt"),
            preApproved: try cells.yesNo("pre_approved"), submittedOn: submitted, note: cells.text("note"))
    }

    static let expenseList = Expense.allCases.map(\.rawValue).joined(separator: ", ")

    /// Pounds and pence, e.g. `12.40` or `£12.40`: whole pounds may leave out the pence.
    static func pence(_ cells: Cells, _ column: String) throws(InputError) -> Pence {
        let range = InputRanges.claimAmount
        let raw = try cells.required(column, expected: range.expected)
        if let pence = ASCIIText.pence(raw), case .pence(let bounds) = range.bounds, bounds.contains(pence) {
            return Pence(pence)
        }
        return Pence(try cells.number(column, raw, range))
    }

    /// Miles to at most two decimal places, e.g. `12.4`; required on mileage lines.
    static func readMiles(_ cells: Cells, required: Bool) throws(InputError) -> Miles? {
        let range = InputRanges.claimMiles
        let raw = cells.text("miles")
        if raw.isEmpty {
            if required { throw cells.error("miles", "is empty on a mileage line (expected \(range.expected))") }
            return nil
        }
        return Miles(hundredths: try cells.number("miles", raw, range))
    }

    /// The optional passenger count, 0 when the column or the cell is empty.
    static func passengers(_ cells: Cells) throws(InputError) -> Int {
        let raw = cells.text("passengers")
        guard !raw.isEmpty else { return 0 }
        return try cells.number("passengers", raw, InputRanges.passengers)
    }
}
