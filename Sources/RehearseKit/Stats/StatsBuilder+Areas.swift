import Foundation
import GRDB

extension StatsBuilder {
  /// Per-question tallies over a window.
  func tallies(_ db: Database, from start: Double, to end: Double = .infinity) throws -> [String:
    Tally]
  {
    var result: [String: Tally] = [:]
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT question_id, count(*), sum(rating = 1), sum(rating), sum(state_before = 2),
          sum(state_before = 2 AND rating = 1), coalesce(sum(coverage), 0), count(coverage),
          coalesce(sum(score), 0), count(score)
        FROM review WHERE reviewed_at >= ? AND reviewed_at < ? AND \(Self.active) GROUP BY question_id
        """, arguments: [start, end.isFinite ? end : Double.greatestFiniteMagnitude])
    for row in rows {
      var t = Tally()
      t.reviews = row[1]
      t.again = row[2]
      t.ratingSum = row[3]
      t.matureReviews = row[4]
      t.matureAgain = row[5]
      t.coverageSum = row[6]
      t.coverageCount = row[7]
      t.scoreSum = row[8]
      t.scoreCount = row[9]
      result[row[0]] = t
    }
    return result
  }

  /// Folds per-question tallies into categories, topics and competencies.
  func areas(_ perQuestion: [String: Tally]) -> (
    categories: [StatsReport.Area], topics: [StatsReport.Area], competencies: [StatsReport.Area]
  ) {
    var byCategory: [String: Tally] = [:]
    var byTopic: [String: Tally] = [:]
    var byCompetency: [String: Tally] = [:]
    var topicCategory: [String: Category] = [:]
    for (id, tally) in perQuestion {
      guard let q = catalog.question(id: id) else { continue }
      byCategory[q.category.rawValue, default: Tally()].add(tally)
      byTopic[q.topic, default: Tally()].add(tally)
      topicCategory[q.topic] = q.category
      for c in q.competencies { byCompetency[c, default: Tally()].add(tally) }
    }
    func area(_ kind: String, _ key: String, _ title: String, _ t: Tally, _ command: String)
      -> StatsReport.Area
    {
      StatsReport.Area(
        kind: kind, key: key, title: title, mastery: t.mastery, reviews: t.reviews,
        recall: t.recall,
        averageRating: t.averageRating, lapseRate: t.lapseRate, coverage: t.coverage,
        starScore: t.starScore,
        command: command)
    }
    let categories = Category.allCases.map { c in
      area(
        "category", c.rawValue, c.title, byCategory[c.rawValue] ?? Tally(),
        "rehearse drill --category \(c.rawValue) --weak")
    }
    let topics = byTopic.keys.sorted().map { t in
      area(
        "topic", t, "\(t) (\(topicCategory[t]?.rawValue ?? ""))", byTopic[t]!,
        "rehearse drill --topic \(t)")
    }
    let competencies = catalog.competencies.compactMap { c -> StatsReport.Area? in
      guard let t = byCompetency[c.key] else { return nil }
      return area(
        "competency", c.key, c.title, t, "rehearse drill --kind star --weak  # theme: \(c.key)")
    }
    return (categories, topics, competencies)
  }

  /// Weekly mastery per category over the last 12 weeks, and the change since last month.
  func trends(_ rows: [DayRow], today: Int) -> [StatsReport.Trend] {
    let first = today - 12 * 7 + 1
    var weekly: [String: [Tally]] = [:]
    for row in rows where row.day >= first && row.day <= today {
      guard let category = catalog.category(of: row.question) else { continue }
      let week = (row.day - first) / 7
      weekly[category.rawValue, default: Array(repeating: Tally(), count: 12)][week].add(row.tally)
    }
    return Category.allCases.map { c in
      let weeks = weekly[c.rawValue] ?? Array(repeating: Tally(), count: 12)
      func span(_ r: Range<Int>) -> Double? {
        var t = Tally()
        for w in r { t.add(weeks[w]) }
        return t.mastery
      }
      let change = span(8..<12).flatMap { recent in span(4..<8).map { recent - $0 } }
      return StatsReport.Trend(
        category: c.rawValue, weeks: weeks.map(\.mastery), changeSinceLastMonth: change)
    }
  }
}

/// Current and longest runs of consecutive practice days.
enum Streaks {
  /// `days` are distinct study days, most recent first.
  static func of(_ days: [Int], today: Int) -> (current: Int, longest: Int) {
    var runs: [Int] = []
    var previous: Int?
    for d in days {
      if let p = previous, p - d == 1 { runs[runs.count - 1] += 1 } else { runs.append(1) }
      previous = d
    }
    let current = (days.first.map { $0 >= today - 1 } ?? false) ? runs[0] : 0
    return (current, runs.max() ?? 0)
  }
}
