import Foundation
import GRDB

extension StatsBuilder {
  /// Splits per-area totals into categories, topics and competencies.
  func areas(_ byArea: [String: Tally]) -> (
    categories: [StatsReport.Area], topics: [StatsReport.Area], competencies: [StatsReport.Area]
  ) {
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
        "category", c.rawValue, c.title, byArea["category:" + c.rawValue] ?? Tally(),
        "rehearse drill --category \(c.rawValue) --weak")
    }
    var topicCategory: [String: Category] = [:]
    for q in catalog.questions where topicCategory[q.topic] == nil {
      topicCategory[q.topic] = q.category
    }
    let topics = byArea.keys.filter { $0.hasPrefix("topic:") }.sorted().compactMap {
      key -> StatsReport.Area? in
      let topic = String(key.dropFirst("topic:".count))
      guard let category = topicCategory[topic] else { return nil }
      return area(
        "topic", topic, "\(topic) (\(category.rawValue))", byArea[key]!,
        "rehearse drill --topic \(topic)")
    }
    let competencies = catalog.competencies.compactMap { c -> StatsReport.Area? in
      guard let t = byArea["competency:" + c.key] else { return nil }
      return area(
        "competency", c.key, c.title, t, "rehearse drill --theme \(c.key)")
    }
    return (categories, topics, competencies)
  }

  /// Weekly mastery per category over the last 12 weeks, and the change since last month.
  func trends(_ db: Database, today: Int) throws -> [StatsReport.Trend] {
    let first = today - 12 * 7 + 1
    var weekly: [String: [Tally]] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT area, day, reviews, again, rating_sum, mature, mature_again, cov_sum, cov_n, score_sum, score_n
        FROM area_day WHERE area LIKE 'category:%' AND day >= ? AND day <= ?
        """, arguments: [first, today])
    {
      let area: String = row[0]
      let week = ((row[1] as Int) - first) / 7
      weekly[
        String(area.dropFirst("category:".count)), default: Array(repeating: Tally(), count: 12)][
          week
        ].add(
          Self.tally(row, from: 2))
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
  static func of(_ allDays: [Int], today: Int) -> (current: Int, longest: Int) {
    let days = allDays.filter { $0 <= today }
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
