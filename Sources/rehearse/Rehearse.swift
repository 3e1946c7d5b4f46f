import ArgumentParser

/// The `rehearse` command: daily TPM interview practice in the terminal.
@main
struct Rehearse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rehearse",
    abstract: "Practise for Technical Program Manager interviews with spaced repetition.",
    discussion: """
      Run with no arguments for today's drill. Banks come from the bundled QuestionBanks, \
      $REHEARSE_HOME/banks (or $XDG_DATA_HOME/rehearse/banks), $REHEARSE_BANKS and --banks.
      """,
    version: "0.1.0",
    subcommands: [
      DrillCommand.self, Check.self, Banks.self, DueCommand.self, CardCommand.self,
      ImportCommand.self,
      MockCommand.self, StatsCommand.self, ReportCommand.self, StoryCommand.self,
      SuspendCommand.self,
      UnsuspendCommand.self,
      ConfigCommand.self, GradeCommand.self,
    ],
    defaultSubcommand: DrillCommand.self
  )
}
