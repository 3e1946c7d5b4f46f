import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse merge OTHER.sqlite`: brings in another machine's history.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Bring in everything another Rehearse database has that this one lacks.",
    discussion: """
      For two machines without a server: back up on one (rehearse backup FILE), carry or sync \
      the file, merge it on the other. Reviews, undos, sessions, stories and their versions, \
      mocks and interview plans are brought in; cards are rebuilt from the merged log. \
      Merging is idempotent, and merging A into B gives the same cards, log and stats as B \
      into A. Nothing is removed from either side; two different stories under one id are \
      both kept, the later one under a new id. The other file is only read.
      """)

  @Argument(
    help: "The other database (a backup or another machine's rehearse.sqlite).",
    completion: .file(extensions: ["sqlite"]))
  var file: String

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    let other = URL(fileURLWithPath: file).standardizedFileURL
    if other.resolvingSymlinksInPath().path
      == URL(fileURLWithPath: ws.store.path).standardizedFileURL.resolvingSymlinksInPath().path
    {
      Terminal.writeError("rehearse: \(file) is this database; give the other machine's copy\n")
      throw ExitCode(64)
    }
    let report: MergeReport
    do { report = try ws.store.merge(from: other) } catch let error as StoreError {
      Terminal.writeError("rehearse: \(error)\n")
      throw ExitCode.failure
    }
    if report.isEmpty {
      print("Nothing new in \(file): this database already has everything it holds.")
      return
    }
    var parts = [counted(report.reviews, "review")]
    if report.undos > 0 { parts.append(counted(report.undos, "undo")) }
    if report.sessions > 0 { parts.append(counted(report.sessions, "session")) }
    if report.storiesAdded > 0 {
      parts.append(counted(report.storiesAdded, "story", plural: "stories"))
    }
    if report.storiesCombined > 0 {
      parts.append("\(counted(report.storiesCombined, "story", plural: "stories")) combined")
    }
    if report.mocks > 0 { parts.append(counted(report.mocks, "mock")) }
    if report.plans > 0 { parts.append(counted(report.plans, "plan")) }
    print(
      "Merged \(file): \(parts.joined(separator: ", ")); "
        + "\(counted(report.cards, "card")) rebuilt from the merged log.")
    for c in report.storyConflicts {
      print(
        "Two different stories had the id '\(c.id)': both kept, the later one is now '\(c.renamedTo)'."
      )
    }
  }
}
