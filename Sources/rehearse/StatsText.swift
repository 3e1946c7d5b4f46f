import RehearseKit
import RehearseStore

/// The terminal view of `rehearse stats`.
struct StatsText {
  let report: StatsReport
  let style: TextStyle

  static let bars = Array("▁▂▃▄▅▆▇█")

  func render() -> String {
    var out: [String] = []
    let t = report.today
    out.append(
      style.bold("Today")
        + "  \(t.reviews) review\(t.reviews == 1 ? "" : "s") · \(Int(t.minutes.rounded())) min · streak \(t.currentStreak) day\(t.currentStreak == 1 ? "" : "s") (longest \(t.longestStreak))"
    )
    out.append("")
    out += retention()
    out.append("")
    let s = report.states
    out.append(
      style.bold("Cards")
        + "  new \(s.new) · learning \(s.learning) · review \(s.review) · relearning \(s.relearning) · suspended \(s.suspended) (leeches \(s.leech))"
    )
    let counts = report.forecast.map(\.count)
    out.append(
      style.bold("Due  ") + "  " + style.cyan(Self.sparkline(counts.map { Double($0) }))
        + "  next 30 days: today \(counts.first ?? 0), tomorrow \(counts.dropFirst().first ?? 0), total \(counts.reduce(0, +))"
    )
    out.append("")
    out += weakAreas()
    out.append("")
    out += trends()
    out.append("")
    out += heatmap()
    return out.joined(separator: "\n")
  }

  private func percent(_ x: Double?) -> String { x.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }

  private func retention() -> [String] {
    var lines = [
      style.bold("True retention")
        + style.dim(" (reviews of cards already learned, first of the day, not Again)")
    ]
    let header =
      "  " + "".padding(toLength: 20, withPad: " ", startingAt: 0)
      + report.retention.map { "\($0.days)d".leftPadded(7) }.joined()
    lines.append(style.dim(header))
    lines.append(
      "  " + "overall".padding(toLength: 20, withPad: " ", startingAt: 0)
        + report.retention.map { percent($0.overall).leftPadded(7) }.joined()
        + style.dim("   \(report.retention.last?.reviews ?? 0) reviews in 90 days"))
    for c in Category.allCases
    where report.retention.contains(where: { $0.byCategory[c.rawValue] != nil }) {
      lines.append(
        "  " + c.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
          + report.retention.map { percent($0.byCategory[c.rawValue]).leftPadded(7) }.joined())
    }
    return lines
  }

  private func weakAreas() -> [String] {
    var lines = [
      style.bold("Weak areas") + style.dim(" since \(report.since) (mastery 0–100, weakest first)")
    ]
    if report.weakest.isEmpty {
      lines.append(
        style.dim("  Not enough reviews yet: each area needs \(StatsBuilder.minimumReviews)."))
      return lines
    }
    for a in report.weakest {
      let m = Int((a.mastery ?? 0).rounded())
      let score =
        m < 50
        ? style.red(String(m).leftPadded(3))
        : m < 75 ? style.yellow(String(m).leftPadded(3)) : style.green(String(m).leftPadded(3))
      lines.append(
        "  \(score)  \(a.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(a.title.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(a.reviews).leftPadded(4)) rev  "
          + style.dim(a.command))
    }
    return lines
  }

  private func trends() -> [String] {
    var lines = [
      style.bold("By category") + style.dim("            mastery  last 12 weeks   vs last month")
    ]
    for (trend, area) in zip(report.trends, report.categories) {
      let spark = Self.sparkline(trend.weeks.map { $0 ?? .nan }, range: 0...100)
      let change =
        trend.changeSinceLastMonth.map { ($0 >= 0 ? "+" : "") + String(Int($0.rounded())) } ?? "–"
      lines.append(
        "  "
          + (Category(rawValue: trend.category)?.title ?? trend.category).padding(
            toLength: 22, withPad: " ", startingAt: 0)
          + (area.mastery.map { String(Int($0.rounded())) } ?? "–").leftPadded(7) + "  "
          + style.cyan(spark) + "  " + change.leftPadded(6))
    }
    return lines
  }

  private func heatmap() -> [String] {
    let days = report.heatmap
    let peak = max(1, days.map(\.count).max() ?? 1)
    var lines = [
      style.bold("Practice, last 26 weeks")
        + style.dim(
          "  · none  ░ ▒ ▓ █ more   "
            + (days.contains { $0.count > 0 } ? "(busiest day \(peak))" : "(no practice yet)"))
    ]
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for weekday in 0..<7 {
      var row = "  " + names[weekday] + " "
      for week in 0..<26 {
        let i = week * 7 + weekday
        guard i < days.count else { break }
        row += cell(days[i].count, peak: peak)
      }
      lines.append(row)
    }
    return lines
  }

  private func cell(_ n: Int, peak: Int) -> String {
    guard n > 0 else { return style.dim("·") }
    let level = min(3, Int(Double(n) / Double(peak) * 4))
    let glyph = ["░", "▒", "▓", "█"][level]
    return style.green(glyph)
  }

  /// A one-line chart; NaN values show as a gap.
  static func sparkline(_ values: [Double], range: ClosedRange<Double>? = nil) -> String {
    let real = values.filter { !$0.isNaN }
    guard let lo = range?.lowerBound ?? real.min(), let hi = range?.upperBound ?? real.max() else {
      return String(repeating: " ", count: values.count)
    }
    return String(
      values.map { v -> Character in
        if v.isNaN { return " " }
        let f = hi > lo ? (v - lo) / (hi - lo) : (v > 0 ? 0.5 : 0)
        return bars[max(0, min(bars.count - 1, Int(f * Double(bars.count - 1) + 0.5)))]
      })
  }
}
