import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit

/// `rehearse banks`: what is loaded.
struct Banks: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the loaded banks with counts by category, kind and topic.")

  @Flag(help: "Print as JSON.")
  var json = false

  @Flag(name: .long, help: "List every topic of each bank.")
  var topics = false

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let (catalog, errors) = BankLoader.loadAll(
      bundled: BundledBanks.set, paths: options.paths,
      extraDirectories: options.bankDirectories.map { URL(fileURLWithPath: $0) })
    DiagnosticPrinter().print(errors)
    DiagnosticPrinter().print(catalog.diagnostics)
    let summary = BankSummary(catalog)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(summary), as: UTF8.self))
      return
    }
    print(BanksTable(summary: summary, showTopics: topics, style: Style(enabled: Terminal.useColor(STDOUT_FILENO))).render())
  }
}
