import ArgumentParser
import BundledBanks
import Foundation
import RehearseKit

/// `rehearse banks`: what is loaded.
struct Banks: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "banks",
    abstract: "List the loaded banks with counts by category, kind and topic.")

  @Flag(help: "Print as JSON.")
  var json = false

  @Flag(name: .long, help: "List every topic of each bank.")
  var topics = false

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    let summary = BankSummary(ws.catalog)
    let overrides = ws.catalog.overrides
    let hidden = Set(overrides.filter { $0.kind == .hidden }.map(\.id))
    let retired = try ws.store.retiredCards().filter { !hidden.contains($0.questionId) }
    if json {
      struct Report: Encodable {
        var summary: BankSummary
        var retired: [String]
        var replaced: [String]
        var hidden: [String]
      }
      print(
        try Output.json(
          Report(
            summary: summary, retired: retired.map(\.questionId),
            replaced: overrides.filter { $0.kind == .replaced }.map(\.id), hidden: hidden.sorted())
        ))
      return
    }
    let style = TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))
    print(BanksTable(summary: summary, showTopics: topics, style: style).render())
    if !retired.isEmpty {
      print(
        "\n" + style.bold("No longer in any bank") + style.dim(" (history kept, not scheduled):"))
      for card in retired {
        print("  \(card.questionId)  \(card.reps) review\(card.reps == 1 ? "" : "s")")
      }
    }
    if !overrides.isEmpty {
      print("\n" + style.bold("Changed by your banks") + style.dim(" (history kept):"))
      for o in overrides {
        let from = o.targetPath.map { " from \(BankLoader.fileName($0))" } ?? ""
        print("  \(o.kind.rawValue)  \(o.id)\(from)  by \(o.location)")
      }
    }
  }
}
