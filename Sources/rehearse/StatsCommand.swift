import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse stats`: where you are weak and whether it is improving.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show today's work, retention, weak areas, trends and a heatmap.",
    discussion: "Mastery and retention are explained in docs/STATS.md.")

  @Flag(help: "Print every number as JSON.")
  var json = false

  @Option(
    help: ArgumentHelp(
      "Judge weak areas from reviews since this date (default: the last 90 days).",
      valueName: "yyyy-mm-dd"))
  var since: String?

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    var sinceDate: Date?
    if let since {
      guard let day = ws.store.calendar.day(ofLabel: since) else {
        throw ValidationError(
          "--since '\(TerminalText.sanitize(since))' is not a calendar date like 2026-09-01.")
      }
      sinceDate = ws.store.calendar.start(ofDay: day)
    }
    let report = try StatsBuilder(store: ws.store, catalog: ws.catalog, now: ws.clock.now()).build(
      since: sinceDate)
    if json {
      let encoder = JSONEncoder()
      encoder.keyEncodingStrategy = .convertToSnakeCase
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      print(String(decoding: try encoder.encode(report), as: UTF8.self))
      return
    }
    let text = StatsText(
      report: report, style: TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))
    ).render()
    // On a terminal, long lines wrap at words with a hanging indent, not mid-word.
    print(Terminal.columns(STDOUT_FILENO).map { TextWrap.wrap(text, width: $0) } ?? text)
  }

}
