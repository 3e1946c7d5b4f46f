import ArgumentParser
import RehearseKit

/// `rehearse suspend ID…`: stop scheduling questions.
struct SuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suspend", abstract: "Stop scheduling questions (their history is kept).")

  @Argument(help: "Question ids.")
  var ids: [String]

  @OptionGroup var options: GlobalOptions

  func run() throws { try setSuspended(true, ids, options) }
}

/// `rehearse unsuspend ID…`.
struct UnsuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unsuspend", abstract: "Schedule suspended questions (and leeches) again.")

  @Argument(help: "Question ids.")
  var ids: [String]

  @OptionGroup var options: GlobalOptions

  func run() throws { try setSuspended(false, ids, options) }
}

private func setSuspended(_ value: Bool, _ ids: [String], _ options: GlobalOptions) throws {
  let ws = try options.openWorkspace()
  let done = try ws.store.setSuspended(value, ids)
  for id in done { print("\(value ? "suspended" : "unsuspended") \(id)") }
  let missing = ids.filter { !done.contains($0) }
  for id in missing { Terminal.writeError("rehearse: no question with id '\(id)'\n") }
  if !missing.isEmpty { throw ExitCode.failure }
}
