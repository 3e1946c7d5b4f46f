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
    let ws = try options.openWorkspace()
    let summary = BankSummary(ws.catalog)
    let retired = try ws.store.retiredCards()
    if json {
      struct Report: Encodable {
        var summary: BankSummary
        var retired: [String]
      }
      print(try Output.json(Report(summary: summary, retired: retired.map(\.questionId))))
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
  }
}
