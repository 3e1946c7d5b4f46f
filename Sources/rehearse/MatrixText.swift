import ArgumentParser
import Foundation
import RehearseKit
import RehearseStore

/// `story matrix` in the terminal: gaps first, then the grid.
struct MatrixText {
  let matrix: StoryMatrix
  let style: TextStyle

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
