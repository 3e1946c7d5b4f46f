import FSRS
import Foundation

/// What a session did, printed when it ends (also when it ends early).
public struct SessionSummary: Sendable {
  public struct CategoryLine: Sendable {
    public var category: Category
    public var answered: Int
    /// Share not rated Again.
    public var accuracy: Double
  }

  public var answered: Int
  public var seconds: Double
  public var categories: [CategoryLine]
  /// Questions rated Again: (id, prompt).
  public var missed: [(id: String, prompt: String)]
  public var dueTomorrow: Int
  public var streak: Int
  public var cram: Bool
}

extension SessionSummary {
  /// The summary of what `engine` recorded, at the workspace clock's now.
  static func make(_ engine: SessionEngine, ws: Workspace, startedAt: Date, cram: Bool) throws
    -> SessionSummary
  {
    let now = ws.clock.now()
    var byCategory: [Category: (answered: Int, recalled: Int)] = [:]
    for entry in engine.entries {
      var c = byCategory[entry.question.category] ?? (0, 0)
      c.answered += 1
      if entry.rating != .again { c.recalled += 1 }
      byCategory[entry.question.category] = c
    }
    let forecast = try ws.store.forecast(at: now, horizon: 2)
    var seenMissed = Set<String>()
    let missed = engine.entries
      .filter { $0.rating == .again && seenMissed.insert($0.question.id).inserted }
      .map { (id: $0.question.id, prompt: $0.question.prompt) }
    return SessionSummary(
      answered: engine.entries.count, seconds: now.timeIntervalSince(startedAt),
      categories: byCategory.keys.sorted().map { c in
        let (n, ok) = byCategory[c]!
        return .init(category: c, answered: n, accuracy: Double(ok) / Double(n))
      },
      missed: missed, dueTomorrow: forecast.tomorrow,
      streak: Streaks.of(
        try ws.store.practiceDays(through: now), today: ws.store.calendar.day(of: now)
      ).current,
      cram: cram)
  }
}

extension SessionText {
  static func render(_ s: SessionSummary, style: TextStyle) -> String {
    var lines = ["", style.bold("Session summary")]
    let minutes = Int((s.seconds / 60).rounded())
    lines.append(
      "Answered \(s.answered) in \(minutes < 1 ? "under a minute" : "\(minutes) min")"
        + (s.cram ? " (cram)" : ""))
    for c in s.categories {
      lines.append(
        "  \(c.category.title.padding(toLength: 20, withPad: " ", startingAt: 0)) \(String(c.answered).leftPadded(3))  \(Int((c.accuracy * 100).rounded()))% recalled"
      )
    }
    if !s.missed.isEmpty {
      lines.append(style.bold("What you missed"))
      for m in s.missed {
        let prompt = m.prompt.replacingOccurrences(of: "\n", with: " ")
        lines.append(
          "  " + style.red(m.id) + "  "
            + (prompt.count > 90 ? String(prompt.prefix(89)) + "…" : prompt))
      }
    }
    lines.append(
      "Due tomorrow: \(s.dueTomorrow) · streak: \(s.streak) day\(s.streak == 1 ? "" : "s")")
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The string right-aligned in `width` columns.
  public func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
