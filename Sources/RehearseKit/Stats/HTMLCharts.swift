import Foundation

/// Inline SVG charts for the HTML report.
enum HTMLCharts {
  static func escape(_ s: String) -> String {
    var out = ""
    for c in TerminalText.sanitize(s) {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }

  static let palette = ["#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626"]

  static func heatmap(_ days: [StatsReport.DayCount]) -> String {
    let cell = 14
    let peak = max(1, days.map(\.count).max() ?? 1)
    let shades = ["#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"]
    var svg =
      "<svg width=\"\(40 + 26 * cell)\" height=\"\(7 * cell + 24)\" role=\"img\" aria-label=\"Reviews per day\">"
    for (i, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].enumerated() where !name.isEmpty {
      svg += "<text x=\"0\" y=\(q(i * cell + 11))>\(name)</text>"
    }
    for (i, day) in days.enumerated() {
      let level = day.count == 0 ? 0 : 1 + min(3, Int(Double(day.count) / Double(peak) * 4))
      svg +=
        "<rect x=\(q(40 + (i / 7) * cell)) y=\(q((i % 7) * cell)) width=\"12\" height=\"12\" rx=\"2\" fill=\"\(shades[level])\"><title>\(escape(day.date)): \(day.count)</title></rect>"
    }
    svg += "<text x=\"40\" y=\(q(7 * cell + 16))>\(escape(days.first?.date ?? ""))</text>"
    svg +=
      "<text x=\(q(40 + 26 * cell - 70)) y=\(q(7 * cell + 16))>\(escape(days.last?.date ?? ""))</text></svg>"
    return svg
  }

  static func trendLines(_ trends: [StatsReport.Trend]) -> String {
    let (w, h, left, top) = (460.0, 200.0, 30.0, 10.0)
    var svg =
      "<svg width=\"\(Int(w))\" height=\"\(Int(h + 60))\" role=\"img\" aria-label=\"Weekly mastery per category\">"
    for tick in stride(from: 0, through: 100, by: 25) {
      let y = top + h - Double(tick) / 100 * h
      svg +=
        "<line x1=\"\(left)\" x2=\"\(w)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#eee\"/><text x=\"0\" y=\"\(y + 4)\">\(tick)</text>"
    }
    for (i, trend) in trends.enumerated() {
      let color = palette[i % palette.count]
      var path = ""
      var pen = false
      for (k, value) in trend.weeks.enumerated() {
        guard let value else {
          pen = false
          continue
        }
        let x = left + Double(k) / 11 * (w - left - 10)
        let y = top + h - value / 100 * h
        path += (pen ? "L" : "M") + String(format: "%.1f %.1f ", x, y)
        pen = true
        svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"\(color)\"/>", x, y)
      }
      if !path.isEmpty {
        svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>"
      }
      let change =
        trend.changeSinceLastMonth.map { ($0 >= 0 ? " +" : " ") + String(Int($0.rounded())) } ?? ""
      svg +=
        "<rect x=\(q(Int(left) + (i % 3) * 175)) y=\(q(Int(h + top) + 18 + (i / 3) * 18)) width=\"10\" height=\"10\" fill=\"\(color)\"/>"
      svg +=
        "<text x=\(q(Int(left) + 14 + (i % 3) * 175)) y=\(q(Int(h + top) + 27 + (i / 3) * 18))>\(escape(trend.category))\(escape(change))</text>"
    }
    return svg + "</svg>"
  }

  static func weakBars(_ areas: [StatsReport.Area]) -> String {
    guard !areas.isEmpty else {
      return "<p class=\"note\">Not enough reviews yet to rank weak areas.</p>"
    }
    let row = 26
    var svg =
      "<svg width=\"480\" height=\"\(areas.count * row + 10)\" role=\"img\" aria-label=\"Weakest areas by mastery\">"
    for (i, a) in areas.enumerated() {
      let m = a.mastery ?? 0
      let color = m < 50 ? "#dc2626" : m < 75 ? "#d97706" : "#16a34a"
      let y = i * row
      svg += "<text x=\"0\" y=\(q(y + 15))>\(escape(String(a.title.prefix(34))))</text>"
      svg +=
        "<rect x=\"230\" y=\(q(y + 4)) width=\(q(Int(m * 2))) height=\"14\" rx=\"3\" fill=\"\(color)\"><title>\(escape(a.command))</title></rect>"
      svg +=
        "<text x=\(q(236 + Int(m * 2))) y=\(q(y + 15))>\(Int(m.rounded())) · \(a.reviews) rev</text>"
    }
    return svg + "</svg>"
  }

  static func forecastBars(_ days: [StatsReport.DayCount]) -> String {
    let peak = max(1, days.map(\.count).max() ?? 1)
    let (w, h) = (14, 150)
    var svg =
      "<svg width=\"\(days.count * w + 10)\" height=\"\(h + 30)\" role=\"img\" aria-label=\"Cards due per day\">"
    for (i, d) in days.enumerated() {
      let bar = max(d.count > 0 ? 2 : 0, d.count * h / peak)
      svg +=
        "<rect x=\(q(i * w)) y=\(q(h - bar)) width=\"11\" height=\(q(bar)) fill=\"#2563eb\"><title>\(escape(d.date)): \(d.count)</title></rect>"
    }
    svg +=
      "<text x=\"0\" y=\(q(h + 16))>today</text><text x=\(q(days.count * w - 60)) y=\(q(h + 16))>\(escape(days.last?.date ?? ""))</text>"
    // "peak" stands under the tallest bar (the first, if several), not at a fixed place.
    let peakIndex = days.firstIndex { $0.count == peak } ?? 0
    let peakX = min(max(0, peakIndex * w - 10), max(0, days.count * w - 50))
    return svg
      + "<text x=\(q(peakX)) y=\(q(h + 28)) font-size=\"11\">peak \(peak)</text></svg>"
  }

  private static func q(_ n: Int) -> String { "\"\(n)\"" }
}
