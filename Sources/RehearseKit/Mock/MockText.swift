import Foundation
import RehearseStore

/// Text for scorecards and history.
public enum MockText {
  public static func scorecard(_ card: MockScorecard, previous: MockScorecard?, style: TextStyle)
    -> String
  {
    var lines = ["", style.bold("Scorecard")]
    for (i, r) in card.rounds.enumerated() {
      lines.append(
        "  R\(i + 1) \(r.name.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(Int(r.score.rounded())).leftPadded(3))   \(r.answered)/\(r.asked) answered · \(String(format: "%.1f", r.minutesUsed))"
          + (r.minutesAllowed.map { " of \(String(format: "%g", $0))" } ?? "") + " min"
          + (r.isOver ? style.yellow(" (over time)") : "")
      )
    }
    lines.append(style.bold("By dimension"))
    for d in MockDimension.allCases {
      guard let score = card.dimensions[d] else { continue }
      var line =
        "  \(d.title.padding(toLength: 16, withPad: " ", startingAt: 0)) \(String(Int(score.rounded())).leftPadded(3))"
      if let before = previous?.dimensions[d] {
        let delta = Int((score - before).rounded())
        line += style.dim("  (\(delta >= 0 ? "+" : "")\(delta) vs last mock)")
      }
      lines.append(line)
    }
    var overall = "Overall \(Int(card.overall.rounded()))"
    if let previous { overall += style.dim(" (last mock \(Int(previous.overall.rounded())))") }
    lines.append(style.bold(overall))
    lines.append(
      "Strengths: "
        + (card.strengths.isEmpty
          ? "none above 70 yet"
          : card.strengths.map(\.title).joined(separator: ", "))
    )
    if let f = card.followUps {
      lines.append(
        "Follow-ups: \(f.asked) asked, \(f.strong) answered well (two thirds of their points or "
          + "more)" + (f.skipped > 0 ? ", \(f.skipped) skipped" : ""))
    }
    lines.append(style.bold("Work on"))
    for f in card.workOn {
      lines.append(
        "  \(f.area.padding(toLength: 30, withPad: " ", startingAt: 0)) \(String(Int(f.score.rounded())).leftPadded(3))   "
          + style.dim(f.command))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
