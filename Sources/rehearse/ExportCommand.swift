import ArgumentParser
import Foundation
import RehearseKit

/// `rehearse export anki FILE` and `rehearse export reviews FILE`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write questions or the review log for other tools.",
    subcommands: [Anki.self, Reviews.self])

  struct Anki: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "anki",
      abstract: "Write questions as an Anki text file (File > Import in Anki, no settings).",
      discussion: """
        The question id is each note's GUID, so importing a later export updates the notes in \
        place. Prompt and options go on the front, the model answer and key points on the \
        back; category, topic, kind and tags become Anki tags.
        """)

    @Argument(help: "The file to write, e.g. rehearse.txt.")
    var file: String

    @Option(
      name: .customLong("category"), help: ArgumentHelp("Only this category (repeatable)."))
    var categories: [Category] = []

    @Option(
      name: .customLong("topic"), help: ArgumentHelp("Only this topic (repeatable)."),
      completion: Completions.topics)
    var topics: [String] = []

    @Option(
      name: .customLong("bank"), help: ArgumentHelp("Only this bank id (repeatable)."),
      completion: Completions.banks)
    var banks: [String] = []

    @Option(help: "The Anki deck to import into.")
    var deck = "Rehearse"

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let filter = QueueFilter(categories: categories, topics: topics, banks: banks)
      let questions = ws.catalog.questions.filter { !$0.isStoryDrill && filter.matches($0) }
      guard !questions.isEmpty else {
        Terminal.writeError("rehearse: no question matches those filters\n")
        throw ExitCode.failure
      }
      let text = try AnkiExport.text(questions, deck: deck)
      let url = URL(fileURLWithPath: file)
      do {
        try Data(text.utf8).write(to: url, options: .atomic)
      } catch {
        Terminal.writeError("rehearse: cannot write \(file): \(error.localizedDescription)\n")
        throw ExitCode.failure
      }
      print("Wrote \(counted(questions.count, "note")) to \(file) for the Anki deck '\(deck)'.")
    }
  }

  struct Reviews: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "reviews",
      abstract: "Write the review log as CSV, in the columns the FSRS optimizers read.",
      discussion: """
        Columns: card_id, review_time (Unix ms), review_rating (1-4), review_state before the \
        review (0 new, 1 learning, 2 review, 3 relearning), review_duration (ms), then \
        question_id and source. Undone and cram reviews are left out: they never moved a \
        card. card_id is a number made from the question id, the same on every export.
        """)

    @Argument(help: "The file to write, e.g. reviews.csv.")
    var file: String

    @OptionGroup var options: GlobalOptions

    func run() throws {
      let ws = try options.openWorkspace()
      let count: Int
      do {
        count = try ReviewExport.write(from: ws.store, to: URL(fileURLWithPath: file))
      } catch {
        Terminal.writeError("rehearse: cannot write \(file): \(Terminal.reason(error))\n")
        throw ExitCode.failure
      }
      print("Wrote \(counted(count, "review")) to \(file).")
    }
  }
}
