import Foundation

/// A self-contained HTML progress report (inline CSS and SVG, no scripts, no network).
public struct HTMLReport {
  public let stats: StatsReport
  public let matrix: StoryMatrix

  public init(stats: StatsReport, matrix: StoryMatrix) {
    self.stats = stats
    self.matrix = matrix
  }

  /// The whole document.
  public func render() -> String {
    """
    <!doctype html>
    <html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Rehearse progress · \(esc(String(stats.generatedAt.prefix(10))))</title>
    <style>\(Self.css)</style></head><body>
    <header><h1>Rehearse progress</h1><p class="sub">Generated \(esc(stats.generatedAt)) · weak areas judged since \(esc(stats.since))</p></header>
    \(summary())
    <section><h2>Practice, last 26 weeks</h2>\(HTMLCharts.heatmap(stats.heatmap))</section>
    <div class="grid">
    <section><h2>Mastery by category, last 12 weeks</h2>\(HTMLCharts.trendLines(stats.trends))</section>
    <section><h2>True retention</h2>\(retentionTable())</section>
    </div>
    <div class="grid">
    <section><h2>Weakest areas</h2>\(HTMLCharts.weakBars(stats.weakest))</section>
    <section><h2>Due, next 30 days</h2>\(HTMLCharts.forecastBars(stats.forecast))</section>
    </div>
    <section><h2>STAR stories × behavioral themes</h2>\(storyMatrix())</section>
    <footer>Mastery and retention are defined in docs/STATS.md of the Rehearse sources.</footer>
    </body></html>

    """
  }

  private func summary() -> String {
    let t = stats.today
    let s = stats.states
    let retention =
      stats.retention.first { $0.days == 30 }?.overall.map { "\(Int(($0 * 100).rounded()))%" }
      ?? "–"
    let cards: [(String, String)] = [
      ("Reviews today", "\(t.reviews)"), ("Minutes today", "\(Int(t.minutes.rounded()))"),
      ("Streak", "\(t.currentStreak) d"), ("Longest streak", "\(t.longestStreak) d"),
      ("30-day retention", retention), ("In review", "\(s.review)"), ("New", "\(s.new)"),
      ("Leeches", "\(s.leech)"),
    ]
    return "<section class=\"cards\">"
      + cards.map { "<div class=\"card\"><b>\(esc($0.1))</b><span>\(esc($0.0))</span></div>" }
      .joined() + "</section>"
  }

  private func retentionTable() -> String {
    var rows =
      "<tr><th></th>" + stats.retention.map { "<th>\($0.days) days</th>" }.joined() + "</tr>"
    func cell(_ x: Double?) -> String { x.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
    rows +=
      "<tr><td>overall</td>" + stats.retention.map { "<td>\(cell($0.overall))</td>" }.joined()
      + "</tr>"
    for c in Category.allCases {
      rows +=
        "<tr><td>\(esc(c.title))</td>"
        + stats.retention.map { "<td>\(cell($0.byCategory[c.rawValue]))</td>" }.joined() + "</tr>"
    }
    return
      "<table class=\"num\">\(rows)</table><p class=\"note\">Reviews of learned cards, first of the day, not rated Again.</p>"
  }

  private func storyMatrix() -> String {
    guard !matrix.stories.isEmpty else {
      return
        "<p class=\"note\">No stories yet: add them with <code>rehearse story add</code>. All \(matrix.themes.count) themes are uncovered.</p>"
    }
    var html = "<p>Themes with no story: <b>\(matrix.uncovered.count)</b> of \(matrix.themes.count)"
    if !matrix.stretched.isEmpty {
      html +=
        " · stretched over too many themes: "
        + matrix.stretched.map { esc($0.id) }.joined(separator: ", ")
    }
    html += "</p><table class=\"matrix\"><tr><th>theme</th>"
    html +=
      matrix.stories.enumerated().map {
        "<th title=\"\(esc($0.element.title))\">S\($0.offset + 1)</th>"
      }.joined() + "</tr>"
    for theme in matrix.uncovered
      + matrix.themes.filter({ t in !matrix.uncovered.contains { $0.key == t.key } })
    {
      let gap = matrix.uncovered.contains { $0.key == theme.key }
      html += "<tr\(gap ? " class=\"gap\"" : "")><td>\(esc(theme.title))</td>"
      html +=
        matrix.stories.map {
          matrix.covers($0, theme.key) ? "<td class=\"on\">●</td>" : "<td></td>"
        }.joined() + "</tr>"
    }
    html +=
      "</table><p class=\"note\">"
      + matrix.stories.enumerated().map { "S\($0.offset + 1) = \(esc($0.element.title))" }.joined(
        separator: " · ") + "</p>"
    return html
  }

  private func esc(_ s: String) -> String { HTMLCharts.escape(s) }

  static let css = """
    body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1f2328;background:#fff}
    h1{margin:0;font-size:26px}h2{font-size:16px;margin:0 0 10px;color:#374151}.sub,.note{color:#6b7280;font-size:13px}
    section{margin:22px 0}.grid{display:grid;grid-template-columns:1fr 1fr;gap:28px}
    .cards{display:grid;grid-template-columns:repeat(8,1fr);gap:10px}.card{border:1px solid #e5e7eb;border-radius:8px;padding:10px}
    .card b{display:block;font-size:22px}.card span{color:#6b7280;font-size:12px}
    table{border-collapse:collapse;font-size:13px}td,th{padding:4px 8px;border-bottom:1px solid #f0f0f0;text-align:left}
    table.num td:not(:first-child),table.num th{text-align:right}
    .matrix td,.matrix th{text-align:center;padding:2px 6px}.matrix td:first-child{text-align:left}
    .matrix td.on{color:#1a7f37}.matrix tr.gap td:first-child{color:#b42318;font-weight:600}
    svg text{font:11px system-ui,sans-serif;fill:#4b5563}footer{color:#9ca3af;font-size:12px;margin-top:30px}
    """
}
