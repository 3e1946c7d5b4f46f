import ArgumentParser
import Foundation
import RehearseKit

/// `rehearse due`: what is due now, later, and over the next 30 days.
struct DueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due", abstract: "Show what is due now, later today, tomorrow and over 30 days.")

  @Flag(help: "Print as JSON.")
  var json = false

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let ws = try options.openWorkspace()
    var f = try ws.store.forecast(at: ws.clock.now())
    // New today as the drill plans it (its quota and time budget), not the quota alone.
    let today = try DrillSession.today(ws)
    f.newAvailable = today.new
    if json {
      print(try Output.json(f, snakeCase: true))
      return
    }
    let style = TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))
    print(
      "\(style.bold("Due now")) \(f.dueNow) · later today \(f.laterToday) · tomorrow \(f.tomorrow) · new today \(f.newAvailable) of \(f.newTotal) unseen"
        + (today.questions > 0 ? " · today's drill about \(today.minutes) min" : "")
    )
    print("")
    let peak = max(1, f.days.map(\.count).max() ?? 1)
    for (i, day) in f.days.enumerated() {
      let bar = String(
        repeating: "█", count: Int((Double(day.count) / Double(peak) * 40).rounded(.up)))
      let label = i == 0 ? "today" : i == 1 ? "tomorrow" : day.date
      print(
        "\(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(day.count).leftPadded(4)) \(style.cyan(bar))"
      )
    }
  }
}
