import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// Prints stories and their STAR rubric feedback.
struct StoryPrinter {
  let ws: Workspace
  var style: Style { Style(enabled: Terminal.useColor(STDOUT_FILENO)) }

  /// The story with this id, or a clear error with a suggestion.
  func find(_ id: String) throws -> Story {
    if let story = ws.stories.first(where: { $0.id == id }) { return story }
    let message = "no story with id '\(id)'" + Suggestion.didYouMean(id, in: ws.stories.map(\.id))
    Terminal.writeError("rehearse: \(message)\n")
    throw ExitCode.failure
  }

  /// Saves a story as a new version and shows its score.
  func save(_ story: Story) throws {
    let saved = try ws.store.saveStory(story, at: ws.clock.now())
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
    for (name, text) in [
      ("Situation", s.situation), ("Task", s.task), ("Action", s.action), ("Result", s.result),
      ("Learning", s.learning),
    ] where !text.isEmpty {
      print("\n" + style.bold(name) + "\n" + text)
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

  struct Report: Encodable {
    struct Finding: Encodable {
      var criterion: String
      var points: Double
      var maximum: Double
      var message: String
      var sentence: String?
    }
    var id: String
    var version: Int
    var saved_at: String
    var title: String
    var company: String
    var role: String
    var when: String
    var competencies: [String]
    var metrics: [String]
    var situation: String
    var task: String
    var action: String
    var result: String
    var learning: String
    var score: Int
    var words: Int
    var findings: [Finding]
  }

  func report(_ s: Story) -> Report {
    let score = StarScorer().score(s.telling, themes: s.competencies)
    return Report(
      id: s.id, version: s.version, saved_at: Output.iso(s.savedAt), title: s.title,
      company: s.company, role: s.role,
      when: s.when, competencies: s.competencies, metrics: s.metrics, situation: s.situation,
      task: s.task,
      action: s.action, result: s.result, learning: s.learning, score: score.score,
      words: score.words,
      findings: score.findings.map {
        Report.Finding(
          criterion: $0.criterion, points: $0.points, maximum: $0.maximum, message: $0.message,
          sentence: $0.sentence)
      })
  }
}

/// `story matrix --json`.
struct MatrixReport: Encodable {
  struct Theme: Encodable {
    var key: String
    var title: String
    var stories: [String]
  }
  struct QuestionFit: Encodable {
    var question_id: String
    var themes: [String]
    var stories: [String]
  }
  var uncovered: [String]
  var stretched: [String]
  var themes: [Theme]
  var questions: [QuestionFit]

  init(_ m: StoryMatrix) {
    uncovered = m.uncovered.map(\.key)
    stretched = m.stretched.map(\.id)
    themes = m.themes.map { t in
      Theme(key: t.key, title: t.title, stories: m.stories.filter { m.covers($0, t.key) }.map(\.id))
    }
    questions = m.questions.map {
      QuestionFit(
        question_id: $0.question.id, themes: $0.question.competencies, stories: $0.stories)
    }
  }
}

/// `story matrix` in the terminal: gaps first, then the grid.
struct MatrixText {
  let matrix: StoryMatrix
  let style: Style

  func render() -> String {
    var out: [String] = []
    let m = matrix
    out.append(style.bold("Themes with no story (\(m.uncovered.count) of \(m.themes.count))"))
    out.append(
      m.uncovered.isEmpty
        ? "  none: every theme has a story"
        : m.uncovered.map { "  \($0.key)  " + style.dim($0.title) }.joined(separator: "\n"))
    if !m.stretched.isEmpty {
      out.append("")
      out.append(
        style.yellow("Stretched over more than \(StoryMatrix.stretchLimit) themes: ")
          + m.stretched.map { "\($0.id) (\($0.competencies.count))" }.joined(separator: ", "))
    }
    if !m.stories.isEmpty {
      out.append("")
      out.append(style.bold("Themes × stories"))
      let columns = m.stories.enumerated().map { "S\($0.offset + 1)" }
      out.append(
        "  " + "".padding(toLength: 26, withPad: " ", startingAt: 0)
          + columns.map { $0.padding(toLength: 4, withPad: " ", startingAt: 0) }.joined())
      for theme in m.themes {
        let cells = m.stories.map { m.covers($0, theme.key) ? "●   " : "·   " }.joined()
        out.append("  " + theme.key.padding(toLength: 26, withPad: " ", startingAt: 0) + cells)
      }
      for (i, s) in m.stories.enumerated() { out.append(style.dim("  S\(i + 1) = \(s.id)")) }
    }
    out.append("")
    let unanswered = m.questions.filter { $0.stories.isEmpty }.count
    out.append(
      style.bold("Behavioral questions")
        + ": \(m.questions.count - unanswered) of \(m.questions.count) have a story that fits")
    for (q, stories) in m.questions.prefix(200) where !stories.isEmpty {
      out.append("  \(q.id) → \(stories.prefix(3).joined(separator: ", "))")
    }
    return out.joined(separator: "\n")
  }
}
