import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit

/// `rehearse check`: lint bank files.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check question banks for errors.",
    discussion: """
      Prints every problem as path:line:col: error: message, then a summary. Exits 0 when \
      there are no errors (warnings allowed) and 1 otherwise. With no paths, checks the \
      banks a session would load.
      """)

  @Argument(help: "Bank files or folders to check.")
  var paths: [String] = []

  @Flag(help: "Print the diagnostics and summary as JSON.")
  var json = false

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let bundled = BundledBanks.sourceFiles
    var catalog: BankCatalog
    var errors: [BankError] = []
    // Mock rounds are checked when the loops file is: checking a folder of one's own banks
    // against the bundled loops would warn about rounds the folder was never meant to fill.
    var checksLoops = true
    if paths.isEmpty {
      (catalog, errors) = BankLoader.loadAll(
        bundled: BundledBanks.set, userBanks: options.paths.userBanks,
        extraDirectories: options.paths.extraBankDirectories
          + options.bankDirectories.map { URL(fileURLWithPath: $0) })
    } else {
      let found = BankSources.files(at: paths.map { URL(fileURLWithPath: $0) }, required: true)
      errors = found.errors
      catalog = BankLoader.load(found.files, references: bundled)
      checksLoops = found.files.contains { BankLoader.fileName($0.path) == BankLoader.loopsFile }
    }
    CatalogLint.apply(to: &catalog, rounds: checksLoops)
    let report = CheckReport(catalog: catalog, errors: errors)
    if json {
      print(try report.jsonString())
    } else {
      DiagnosticPrinter().print(errors)
      DiagnosticPrinter().print(catalog.diagnostics)
      print(report.summaryText(style: TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))))
    }
    if !report.isClean { throw ExitCode.failure }
  }
}
