import ArgumentParser
import Foundation
import RehearseKit

/// The `rehearse` command: daily TPM interview practice in the terminal.
@main
struct Rehearse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rehearse",
    abstract: "Practice for Technical Program Manager interviews with spaced repetition.",
    discussion: """
      Run with no arguments for today's drill. Banks come from the bundled QuestionBanks, \
      $REHEARSE_HOME/banks (or $XDG_DATA_HOME/rehearse/banks), $REHEARSE_BANKS and --banks.

      Environment:
        REHEARSE_HOME     one folder for the database, config and your banks (default: \
      the XDG folders, $XDG_DATA_HOME/rehearse and $XDG_CONFIG_HOME/rehearse)
        REHEARSE_BANKS    more bank folders, colon-separated
        EDITOR, VISUAL    the editor for :edit, stories and written exercises (vi when unset)
        NO_COLOR          no colors
        COLUMNS           the width to wrap to when it cannot be read from the terminal
        REHEARSE_NOW      pretend it is this moment (ISO 8601), to try out days ahead
      """,
    version: "0.1.0",
    subcommands: [
      DrillCommand.self, Check.self, Banks.self, DueCommand.self, CardCommand.self,
      ImportCommand.self,
      MockCommand.self, StatsCommand.self, ReportCommand.self, StoryCommand.self,
      SuspendCommand.self,
      UnsuspendCommand.self,
      ConfigCommand.self, GradeCommand.self, PlanCommand.self, BackupCommand.self,
      ExportCommand.self, AddCommand.self, MergeCommand.self, OptimizeCommand.self,
    ],
    defaultSubcommand: DrillCommand.self
  )

  /// A first word that names no command is a mistyped command (`rehearse stat`), not an
  /// argument to the default drill: say so, with the closest name.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let first = arguments.first, !first.hasPrefix("-") {
      let names = configuration.subcommands.map { $0._commandName } + ["help"]
      if !names.contains(first) {
        FileHandle.standardError.write(
          Data(
            ("Error: unknown command '\(first)'\(Suggestion.didYouMean(first, in: names))\n"
              + "Usage: rehearse <command> [options]; rehearse --help lists the commands.\n")
              .utf8))
        Foundation.exit(ExitCode.validationFailure.rawValue)
      }
    }
    // Past a file-size limit (ulimit -f) a write should fail with an error Rehearse can
    // report, not kill the process.
    signal(SIGXFSZ, SIG_IGN)
    main(arguments)
  }
}
