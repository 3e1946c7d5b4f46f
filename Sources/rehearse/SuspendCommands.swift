import ArgumentParser
import RehearseKit

/// `rehearse suspend ID…`: stop scheduling questions.
struct SuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suspend", abstract: "Stop scheduling questions (their history is kept).")

  @Argument(help: "Question ids.", completion: Completions.questions)
  var ids: [String]

  @OptionGroup var options: GlobalOptions

  func run() throws { try setSuspended(true, ids, options) }
}

/// `rehearse unsuspend ID…`.
struct UnsuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unsuspend", abstract: "Schedule suspended questions (and leeches) again.")

  @Argument(help: "Question ids.", completion: Completions.questions)
  var ids: [String]

  @OptionGroup var options: GlobalOptions

  func run() throws { try setSuspended(false, ids, options) }
}

private func setSuspended(_ value: Bool, _ ids: [String], _ options: GlobalOptions) throws {
  let ws = try options.openWorkspace()
  // All or nothing: one mistyped id changes nothing, so the command can simply be run again.
  let missing = try ws.store.setSuspended(value, ids)
  for id in missing {
    let guess = Suggestion.didYouMean(id, in: ws.catalog.questions.map(\.id))
    Terminal.writeError("rehearse: no question with id '\(id)'\(guess)\n")
  }
  if !missing.isEmpty {
    Terminal.writeError("rehearse: nothing was \(value ? "suspended" : "unsuspended")\n")
    throw ExitCode.failure
  }
  for id in ids { print("\(value ? "suspended" : "unsuspended") \(id)") }
}
