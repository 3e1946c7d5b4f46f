import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `rehearse mock`: a timed interview loop.
struct MockCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mock",
    abstract: "Run a timed mock interview loop that mixes categories, then show a scorecard.",
    discussion: "Loops are defined in QuestionBanks/loops.yaml. Ctrl-D pauses; --resume continues.",
    subcommands: [Run.self, History.self, Loops.self],
    defaultSubcommand: Run.self)

  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run", abstract: "Start (or resume) a mock loop.")

    @Option(help: "The loop to run (see rehearse mock loops).", completion: Completions.loops)
    var loop = "general"

    @Option(help: "Fit the whole loop into this many minutes (rounds keep their proportions).")
    var minutes: Int?

    @Flag(help: "Continue the last unfinished mock.")
    var resume = false

    @OptionGroup var options: GlobalOptions

    func validate() throws {
      if let minutes, minutes < 1 { throw ValidationError("--minutes must be at least 1.") }
    }

    func run() throws {
      let ws = try options.openWorkspace()
      let console = Terminal.console(for: ws)
      if resume {
        guard let open = try ws.store.mocks().last(where: { $0.endedAt == nil }),
          let loop = ws.catalog.loops.first(where: { $0.name == open.loop })
        else {
          Terminal.writeError("rehearse: no unfinished mock to resume\n")
          throw ExitCode.failure
        }
        try MockSession(workspace: ws, loop: loop, minutes: nil, console: console, resume: open)
          .run()
        return
      }
      guard let chosen = ws.catalog.loops.first(where: { $0.name == loop }) else {
        let names = ws.catalog.loops.map(\.name)
        let guess = Suggestion.didYouMean(loop, in: names)
        throw ValidationError("no loop '\(loop)'\(guess) (loops: \(names.joined(separator: ", ")))")
      }
      try MockSession(workspace: ws, loop: chosen, minutes: minutes, console: console).run()
    }
  }

  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "history", abstract: "Past mocks and how they compare.")

    @Flag(help: "Print as JSON.")
    var json = false

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let mocks = try ws.store.mocks()
      if json {
        struct Item: Encodable {
          var id: String
          var loop: String
          var started_at: String
          var finished: Bool
          var scorecard: MockScorecard?
        }
        print(
          try Output.json(
            mocks.map {
              Item(
                id: $0.id, loop: $0.loop, started_at: Output.iso($0.startedAt),
                finished: $0.endedAt != nil, scorecard: $0.scorecard)
            }))
        return
      }
      if mocks.isEmpty {
        print("No mocks yet. Start one with: rehearse mock")
        return
      }
      let dims = MockDimension.allCases
      let rows = mocks.map { m -> [String] in
        let card = m.scorecard
        return [
          Output.time(m.startedAt, ws.store.calendar.timeZone), m.loop,
          card.map { String(Int($0.overall.rounded())) } ?? "paused",
        ]
          + dims.map { d in card?.dimensions[d].map { String(Int($0.rounded())) } ?? "·" }
      }
      print(
        Table(
          header: ["started", "loop", "overall"] + dims.map(\.rawValue), rows: rows, numericFrom: 2
        ).render(style: TextStyle(enabled: Terminal.useColor(STDOUT_FILENO))))
    }
  }

  struct Loops: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "loops", abstract: "List the loops you can run.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let width = Terminal.columns(STDOUT_FILENO) ?? 100
      for loop in ws.catalog.loops {
        let title = TerminalText.sanitize(loop.title)
        print("\(loop.name)  \(title) · \(loop.rounds.count) rounds · \(loop.minutes) min")
        print(indented(TerminalText.sanitize(loop.description), by: 2, width: width))
        for r in loop.rounds {
          print(
            indented(
              "\(TerminalText.sanitize(r.name)): \(r.summary)", by: 4, width: width, hanging: 2))
        }
      }
    }

    /// `text` wrapped to the terminal, every line indented by `n` and the lines after the
    /// first by `hanging` more.
    func indented(_ text: String, by n: Int, width: Int, hanging: Int = 0) -> String {
      let lines = TextWrap.wrap(text, width: max(20, width - n - hanging)).split(
        separator: "\n", omittingEmptySubsequences: false)
      return lines.enumerated().map { i, line in
        String(repeating: " ", count: n + (i == 0 ? 0 : hanging)) + line
      }.joined(separator: "\n")
    }
  }
}
