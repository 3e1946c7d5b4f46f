import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// Prints stories and their STAR rubric feedback.
struct StoryPrinter {
  let ws: Workspace
  var style: TextStyle { TextStyle(enabled: Terminal.useColor(STDOUT_FILENO)) }

  /// The story with this id, or a clear error with a suggestion.
  func find(_ id: String) throws -> Story {
    if let story = ws.stories.first(where: { $0.id == id }) { return story }
    let message = "no story with id '\(id)'" + Suggestion.didYouMean(id, in: ws.stories.map(\.id))
    Terminal.writeError("rehearse: \(message)\n")
    throw ExitCode.failure
  }

  /// Saves a story as a new version and shows its score.
  func save(_ story: Story) throws {
    let (saved, changed) = try ws.store.saveStoryIfChanged(story, at: ws.clock.now())
    if !changed {
      print("No changes; story \(saved.id) stays at version \(saved.version).")
      return
    }
    print("Saved story \(saved.id) (version \(saved.version)).")
    printScore(saved)
  }

  func printScore(_ story: Story) {
    let score = StarScorer().score(story.telling, themes: story.competencies)
    print("STAR score \(score.score)/100, \(score.words) words.")
    for finding in score.findings where !finding.passed {
      print("  " + style.yellow("•") + " \(finding.criterion): \(finding.message)")
    }
  }

  func printStory(_ s: Story) {
    print(
      style.bold(s.title)
        + style.dim(
          "   \(s.id) · version \(s.version) · saved \(Output.time(s.savedAt, ws.store.calendar.timeZone))"
        ))
    let context = [s.role, s.company, s.when].filter { !$0.isEmpty }.joined(separator: " · ")
    if !context.isEmpty { print(style.dim(context)) }
    if !s.competencies.isEmpty {
      print(
        "Themes: "
          + s.competencies.map { ws.catalog.competency($0)?.title ?? $0 }.joined(separator: ", "))
    }
    if !s.metrics.isEmpty { print("Proves: " + s.metrics.joined(separator: "; ")) }
    for part in StarPart.allCases where !s[part].isEmpty {
      print("\n" + style.bold(part.title) + "\n" + s[part])
    }
    let score = StarScorer().score(s.telling, themes: s.competencies)
    print(
      "\n" + style.bold("STAR rubric: \(score.score)/100") + style.dim(" (\(score.words) words)"))
    for f in score.findings {
      let mark = f.passed ? style.green("✓") : style.red("✗")
      print(
        "\(mark) \(f.criterion.padding(toLength: 22, withPad: " ", startingAt: 0)) \(String(format: "%4.1f", f.points))/\(Int(f.maximum))  \(f.message)"
      )
      if !f.passed, let sentence = f.sentence { print("    " + style.dim("“\(sentence)”")) }
    }
  }

  /// `story show --json`: the story's fields and its rubric score, side by side.
  struct Report: Encodable {
    var story: Story
    var score: StarScore

    enum CodingKeys: String, CodingKey { case score, words, findings }

    func encode(to encoder: Encoder) throws {
      try story.encode(to: encoder)
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(score.score, forKey: .score)
      try container.encode(score.words, forKey: .words)
      try container.encode(score.findings, forKey: .findings)
    }
  }

  func report(_ s: Story) -> Report {
    Report(story: s, score: StarScorer().score(s.telling, themes: s.competencies))
  }

}
