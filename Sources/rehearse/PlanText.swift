import Foundation
import RehearseKit

/// `rehearse plan` for people: the countdown, the pace, recall on the day by area, what to
/// write and when to run mocks.
struct PlanText {
  var report: PlanReport
  var style: TextStyle

  func render(width: Int) -> String {
    let r = report
    var out: [String] = []
    let when = r.daysLeft == 0 ? "today" : "in \(counted(r.daysLeft, "day"))"
    out.append(
      style.bold("Interview on \(r.date)") + " · \(when)" + (r.loop.map { " · \($0) loop" } ?? "")
        + (r.focus.isEmpty ? "" : " · \(r.focus.joined(separator: ", "))")
        + " · plan \(r.id)")
    var pace = "In scope: \(counted(r.inScope, "question")), \(r.unseen) not seen yet"
    pace +=
      r.unseen == 0
      ? "." : ": about \(counted(r.newPerDay, "new question")) a day until \(r.introduceBy)."
    out.append(TextWrap.wrap(pace, width: width))
    out.append(
      "Daily drill: \(r.minutesPerDay == 0 ? "no time limit" : "about \(r.minutesPerDay) min"); "
        + "aiming for recall \(format(r.target)) on the day.")
    out.append("")
    out.append(style.bold("Predicted recall on the day") + style.dim(" (questions seen so far)"))
    out.append(areaTable(r.categories, first: "category", width: width))
    let weakest = r.topics.filter { $0.recallOnTheDay != nil }
      .sorted { ($0.recallOnTheDay ?? 0, $0.area) < ($1.recallOnTheDay ?? 0, $1.area) }
      .prefix(5)
    if !weakest.isEmpty {
      out.append("")
      out.append(areaTable(Array(weakest), first: "weakest topics", width: width))
    }
    if !r.themes.isEmpty {
      out.append("")
      let practiced = r.themes.filter { $0.seen > 0 }
      out.append(
        "Story themes the interview probes: \(r.themes.count), \(practiced.count) practiced so far."
      )
      let weakThemes = practiced.sorted {
        ($0.recallOnTheDay ?? 0, $0.area) < ($1.recallOnTheDay ?? 0, $1.area)
      }.prefix(5)
      if !weakThemes.isEmpty {
        out.append(areaTable(Array(weakThemes), first: "weakest themes", width: width))
      }
    }
    if !r.storyThemesToWrite.isEmpty {
      out.append("")
      let shown = r.storyThemesToWrite.prefix(5).map(\.title)
      let more = r.storyThemesToWrite.count - shown.count
      out.append(
        TextWrap.wrap(
          "Stories to write by \(r.storyThemesToWrite[0].writeBy), for the "
            + "\(counted(r.storyThemesToWrite.count, "theme")) no story of yours covers yet: "
            + shown.joined(separator: "; ")
            + (more > 0 ? "; and \(more) more (rehearse story matrix)." : ".")
            + " rehearse story add", width: width))
    }
    if !r.mockDates.isEmpty {
      out.append("")
      out.append(
        TextWrap.wrap(
          "Suggested mocks: \(r.mockDates.joined(separator: ", ")) (rehearse mock"
            + (r.loop.map { " --loop \($0)" } ?? "") + ")", width: width))
    }
    return out.joined(separator: "\n")
  }

  func areaTable(_ areas: [PlanReport.Area], first: String, width: Int) -> String {
    Table(
      header: [first, "seen", "recall", "below target"],
      rows: areas.map { a in
        [
          a.area, "\(a.seen)/\(a.questions)", a.recallOnTheDay.map(format) ?? "-",
          a.seen == 0 ? "-" : String(a.belowTarget),
        ]
      }, numericFrom: 1
    ).render(style: style, width: width)
  }

  func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
