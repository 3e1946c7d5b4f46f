import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse backup [FILE]`: a consistent copy of the database, safe while a session runs.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Write a consistent copy of your database (safe while a session is running).",
    discussion: """
      The copy is made with SQLite's online backup and checked before it is kept; an existing \
      file is never overwritten. Without FILE it goes next to the database, named with the \
      date and time.
      """)

  @Argument(help: "Where to write the copy (default: rehearse-backup-YYYYMMDD-HHMMSS.sqlite).")
  var file: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    let url: URL
    if let file {
      url = URL(fileURLWithPath: file)
    } else {
      let format = DateFormatter()
      format.dateFormat = "yyyyMMdd-HHmmss"
      format.timeZone = ws.store.calendar.timeZone
      url = URL(fileURLWithPath: ws.store.path).deletingLastPathComponent().appending(
        path: "rehearse-backup-\(format.string(from: ws.clock.now())).sqlite")
    }
    do {
      try ws.store.backup(to: url)
    } catch let error as StoreError {
      Terminal.writeError("rehearse: \(error)\n")
      throw ExitCode.failure
    }
    print("Backed up to \(url.path)")
  }
}
