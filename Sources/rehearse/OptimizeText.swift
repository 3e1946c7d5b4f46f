import Foundation
import RehearseKit

/// The text of `rehearse optimize`.
struct OptimizeText {
  var report: OptimizationReport
  var dryRun: Bool
  var configPath: String

  func render(style: TextStyle) -> String {
    let c = report.counted
    var lines = [
      "Counted \(counted(c.reviews, "review")) of \(counted(c.questions, "question"))"
        + " (left out: \(c.cramLeftOut) cram, \(c.undoneLeftOut) undone);"
        + " \(c.laterDayReviews) on a later study day than the review before,"
        + " \(c.trainingItems) of them kept by the outlier filter to learn from."
    ]
    if let needed = report.reviewsNeeded {
      lines.append(
        "Not enough to fit yet: a fit needs 64 later-day reviews kept by the outlier filter"
          + " (\(c.trainingItems) now); about \(needed) more. The parameters are unchanged.")
    }
    if report.currentScores != nil {
      lines.append("")
      lines.append(table.render(style: style))
    }
    if let w = report.workload {
      let change = w.current > 0 ? (w.fitted - w.current) / w.current * 100 : 0
      lines.append("")
      lines.append(
        "At desired retention \(String(format: "%.2f", report.desiredRetention)) with"
          + " \(w.newPerDay) new questions a day, a \(w.days)-day simulation expects"
          + " \(String(format: "%.1f", w.fitted)) reviews a day with the fitted parameters,"
          + " \(String(format: "%.1f", w.current)) with the current ones"
          + " (\(String(format: "%+.0f", change)) %).")
    }
    if let fitted = report.fitted {
      lines.append("")
      let value = ParameterOptimization.yamlValue(fitted)
      if report.saved {
        lines.append("Saved to \(configPath): parameters: \(value)")
      } else if !report.improves {
        lines.append("The current parameters already fit as well; nothing saved.")
      } else {
        lines.append(
          "Dry run, nothing saved. To keep them: rehearse config set parameters '\(value)'")
      }
    }
    return lines.joined(separator: "\n")
  }

  private var table: Table {
    func cells(_ name: String, _ s: OptimizationReport.Scores?) -> [String] {
      guard let s else { return [name, "–", "–", "–", "–"] }
      return [
        name, f(s.inSample.logLoss), f(s.inSample.rmseBins),
        s.outOfSample.map { f($0.logLoss) } ?? "–", s.outOfSample.map { f($0.rmseBins) } ?? "–",
      ]
    }
    var rows = [cells("current", report.currentScores)]
    if report.fittedScores != nil { rows.append(cells("fitted", report.fittedScores)) }
    return Table(
      header: [
        "parameters", "log loss", "RMSE(bins)", "log loss, out of sample",
        "RMSE(bins), out of sample",
      ],
      rows: rows, numericFrom: 1)
  }

  private func f(_ x: Double) -> String { String(format: "%.4f", x) }
}
