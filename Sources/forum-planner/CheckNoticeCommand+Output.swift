import PlannerCore

/// The readable list and the JSON document of a notice check.
enum NoticeOutput {
    struct Finding: Encodable {
        let rule: String, severity: String, subject: String, due: String?, message: String
        /// The id `forum-planner done` records the task under; null when the finding has no task.
        let task: String?
        enum CodingKeys: String, CodingKey { case rule, severity, subject, due, message, task }
        /// Writes `null` for a missing due date or task, rather than leaving the key out.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rule, forKey: .rule); try c.encode(severity, forKey: .severity); try c.encode(subject, forKey: .subject)
            try c.encode(due, forKey: .due); try c.encode(message, forKey: .message); try c.encode(task, forKey: .task)
        }
    }
    struct Document: Encodable { let today: String, breaches: Int, findings: [Finding] }

    static func document(_ findings: [NoticeFinding], today: LocalDate) -> Document {
        Document(
            today: today.iso, breaches: findings.filter { $0.severity == .breach }.count,
            findings: findings.map {
                Finding(
                    rule: $0.rule.rawValue, severity: $0.severity.rawValue, subject: $0.subject, due: $0.due?.iso, message: $0.message,
                    task: $0.task)
            })
    }

    static let headings: [NoticeSeverity: String] = [
        .breach: "Breaches", .warning: "Warnings", .todo: "To do", .info: "For information", .done: "Done",
    ]

    /// Findings grouped by severity, each with its due date, rule and subject.
    static func text(_ findings: [NoticeFinding], plan: String, today: LocalDate, weeks: Int) -> String {
        var out = ["Notice check of \(plan) on \(today.uk) (to-do list: the next \(weeks) weeks)"]
        for severity in NoticeSeverity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            out.append("")
            out.append("\(headings[severity] ?? severity.rawValue) (\(group.count)):")
            for f in group {
                let due = f.due.map { "due \($0.uk)" } ?? "no date"
                let task = f.task.map { $0 == f.subject ? "" : " (task \($0))" } ?? ""
                out.append("  - \(due)  [\(f.rule.rawValue)] \(f.subject)\(task)")
                out.append("      \(f.message)")
            }
        }
        let breaches = findings.filter { $0.severity == .breach }.count
        out.append("")
        out.append(breaches == 0 ? "Nothing breached." : "\(breaches) breach\(breaches == 1 ? "" : "es") to act on.")
        return out.joined(separator: "\n")
    }
}
