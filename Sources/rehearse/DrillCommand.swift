import ArgumentParser
import Foundation
import RehearseKit

/// `rehearse drill` (and plain `rehearse`): today's questions.
struct DrillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drill",
    abstract: "Practice today's questions (the default command).",
    discussion: """
      Asks what is due (learning steps, then reviews most at risk of being forgotten), then new \
      questions up to new_per_day. Every rating is saved the moment you give it. Type :help \
      during a session for commands.
      """)

  @Option(
    name: .customLong("category"),
    help: ArgumentHelp(
      "Only this category (repeatable).",
      valueName: "name"))
  var categories: [Category] = []

  @Option(
    name: .customLong("topic"),
    help: ArgumentHelp("Only this topic (repeatable).", valueName: "topic"),
    completion: Completions.topics)
  var topics: [String] = []

  @Option(
    name: .customLong("tag"),
    help: ArgumentHelp("Only questions with this tag (repeatable).", valueName: "tag"),
    completion: Completions.tags)
  var tags: [String] = []

  @Option(
    name: .customLong("kind"),
    help: ArgumentHelp(
      "Only this kind (repeatable).", valueName: "kind"))
  var kinds: [QuestionKind] = []

  @Option(
    name: .customLong("bank"),
    help: ArgumentHelp("Only this bank id (repeatable).", valueName: "id"),
    completion: Completions.banks)
  var banks: [String] = []

  @Option(
    name: .customLong("theme"),
    help: ArgumentHelp(
      "Only behavioral questions probing this theme (repeatable; see competencies.yaml).",
      valueName: "key"), completion: Completions.themes)
  var themes: [String] = []

  // Unconditional, so "--count -3" is read as a count (and refused) rather than an option.
  @Option(parsing: .unconditional, help: "Ask at most this many questions.")
  var count: Int?

  @Flag(help: "Only questions you have never answered.")
  var newOnly = false

  @Flag(help: "Weakest topics first.")
  var weak = false

  @Flag(help: "Practice without changing the schedule (still logged, marked as cram).")
  var cram = false

  @OptionGroup var options: GlobalOptions

  func validate() throws {
    if let count, count < 1 {
      throw ValidationError("--count must be a positive number, found \(count).")
    }
    if cram && newOnly {
      throw ValidationError("--cram and --new-only cannot be combined: cram ignores the schedule.")
    }
  }

  func run() throws {
    let ws = try options.openWorkspace()
    let filter = QueueFilter(
      categories: categories, topics: topics, tags: tags, kinds: kinds, banks: banks, themes: themes
    )
    try checkFilter(filter, ws)
    let console: Console = Terminal.console(for: ws)
    let session = try DrillSession(
      workspace: ws,
      options: DrillOptions(filter: filter, count: count, newOnly: newOnly, weak: weak, cram: cram),
      console: console)
    try session.run()
  }

  /// Unknown topics, tags or banks are errors, not silently empty sessions.
  private func checkFilter(_ filter: QueueFilter, _ ws: Workspace) throws {
    let known: [(String, [String], [String])] = [
      ("topic", filter.topics, ws.catalog.questions.map(\.topic)),
      ("tag", filter.tags, ws.catalog.questions.flatMap(\.tags)),
      ("bank", filter.banks, ws.catalog.banks.map(\.id)),
      ("theme", filter.themes, ws.catalog.competencies.map(\.key)),
    ]
    for (name, asked, all) in known {
      let allSet = Set(all)
      for value in asked where !allSet.contains(value) {
        let message =
          "no \(name) '\(value)' in the loaded banks"
          + Suggestion.didYouMean(value, in: allSet.sorted())
        throw ValidationError(message)
      }
    }
  }
}

extension Category: ExpressibleByArgument {}
extension QuestionKind: ExpressibleByArgument {}
