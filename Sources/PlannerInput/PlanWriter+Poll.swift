import PlannerCore

extension PlanWriter {
    /// The plan file `<name>.yaml` and, when the problem has an attendee poll, its CSV file
    /// (`<name>-poll.csv`, counts only), so that `PlanFile.load` reads back the same problem from
    /// the folder they are written to.
    public static func files(_ problem: PlanningProblem, name: String = "plan") -> [(name: String, contents: String)] {
        let pollFile = "\(name)-poll.csv"
        var files = [(name: "\(name).yaml", contents: text(problem, pollFile: pollFile))]
        if !problem.poll.isEmpty { files.append((name: pollFile, contents: pollCSV(problem.poll))) }
        return files
    }

    /// The poll's rows as `PollCSV` reads them: round, area, date, start (empty for the whole day)
    /// and the three counts, in the order given.
    public static func pollCSV(_ poll: AvailabilityPoll) -> String {
        var lines = ["round,area,date,start,yes,if_need_be,no"]
        for row in poll.rows {
            let start = row.start.map(\.description) ?? ""
            lines.append("\(row.round),\(row.area.rawValue),\(row.date.iso),\(start),\(row.yes),\(row.ifNeedBe),\(row.no)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func writePoll(_ poll: AvailabilityPoll, file: String, into out: inout YAMLText) {
        guard !poll.isEmpty else { return }
        out.blank()
        out.comment("The attendee poll's counts, in \(file) next to this file.")
        out.line("poll: \(q(file))")
    }
}
