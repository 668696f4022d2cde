import ArgumentParser

/// The `forum-planner` command: plans the year's forums and checks venues, claims and notice.
@main
struct ForumPlanner: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forum-planner",
        abstract: "Plan community forums for carers and people who use services, and check venues, claims and notice.",
        discussion: """
            Exit status: 0 success; 1 a check found something to act on; 3 no plan meets every hard rule;
            64 usage error; 65 bad input file or plan book (the message names the file, the line or key, the value and what was expected);
            70 internal error (the plan failed the planner's own check: please report it); 73 the output files cannot be written.
            """,
        subcommands: ForumPlanner.commands,
        defaultSubcommand: nil
    )

    /// Every subcommand, one type per file.
    static let commands: [any ParsableCommand.Type] = [
        PlanCommand.self, PublishCommand.self, CancelCommand.self, MoveCommand.self, HistoryCommand.self, ShowCommand.self,
        AlternativesCommand.self,
        ImportPublishedCommand.self,
        CheckVenueCommand.self,
        VenuesCommand.self,
        CheckClaimsCommand.self, PaymentsCommand.self,
        CheckNoticeCommand.self, DoneCommand.self,
        GenerateCommand.self, BenchCommand.self,
        ExportModelCommand.self,
    ]
}
