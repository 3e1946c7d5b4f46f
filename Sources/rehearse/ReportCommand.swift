import ArgumentParser
import Foundation
import RehearseKit

/// `rehearse report --html FILE`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Write a self-contained HTML progress report.")

  @Option(help: ArgumentHelp("The HTML file to write.", valueName: "file"))
  var html: String

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    let stats = try StatsBuilder(store: ws.store, catalog: ws.catalog, now: ws.clock.now()).build()
    let document = HTMLReport(
      stats: stats, matrix: StoryMatrix(catalog: ws.catalog, stories: ws.stories)
    ).render()
    let url = URL(fileURLWithPath: html)
    do { try Data(document.utf8).write(to: url, options: .atomic) } catch {
      Terminal.writeError("rehearse: cannot write \(html)\n")
      throw ExitCode.failure
    }
    print("Wrote \(url.path) (\(document.utf8.count / 1024) KB).")
  }
}
