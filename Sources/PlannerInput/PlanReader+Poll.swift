import PlannerCore

extension PlanReader {
    /// `poll: poll.csv` (optional): the attendee availability poll's counts, a CSV file next to
    /// the plan file (`PollCSV`); no key, no poll.
    func readPoll(for problem: PlanningProblem) throws(InputError) -> AvailabilityPoll {
        guard let value = sections.optional("poll") else { return AvailabilityPoll() }
        let expected = "a CSV file of poll counts next to the plan file, e.g. poll.csv"
        let relative = try value.text(expected: expected)
        let path = SourceFile.resolve(relative, nextTo: value.file)
        switch SourceFile.readText(path) {
        case .success(let text): return try PollCSV.load(text: text, fileName: path, problem: problem)
        case .failure(let problem) where problem.line != nil: throw problem.error(file: path)
        case .failure(let problem): throw value.error("cannot read the poll \(quoted(relative)): \(problem.text) at \(path) (expected \(expected))")
        }
    }
}
