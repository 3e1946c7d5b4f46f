import Foundation
import RehearseStore

extension StatsBuilder {
  /// Splits per-area totals into categories, topics and competencies.
  func areas(_ byArea: [StatsArea: Tally]) -> (
    categories: [StatsReport.Area], topics: [StatsReport.Area], competencies: [StatsReport.Area]
  ) {
    func area(_ area: StatsArea, _ title: String, _ t: Tally, _ command: String)
      -> StatsReport.Area
    {
      StatsReport.Area(
        kind: area.kind, key: area.key, title: title, mastery: t.mastery, reviews: t.reviews,
        recall: t.recall,
        averageRating: t.averageRating, lapseRate: t.lapseRate, coverage: t.coverage,
        starScore: t.starScore,
        command: command)
    }
    let categories = Category.allCases.map { c in
      area(
        c.statsArea, c.title, byArea[c.statsArea] ?? Tally(),
        "rehearse drill --category \(c.rawValue) --weak")
    }
    var topicCategory: [String: Category] = [:]
    for q in catalog.questions where topicCategory[q.topic] == nil {
      topicCategory[q.topic] = q.category
    }
    let topics = byArea.filter { $0.key.kind == .topic }.sorted { $0.key < $1.key }.compactMap {
      key, tally -> StatsReport.Area? in
      guard let category = topicCategory[key.key] else { return nil }
      return area(
        key, "\(key.key) (\(category.rawValue))", tally, "rehearse drill --topic \(key.key)")
    }
    let competencies = catalog.competencies.compactMap { c -> StatsReport.Area? in
      guard let t = byArea[.competency(c.key)] else { return nil }
      return area(.competency(c.key), c.title, t, "rehearse drill --theme \(c.key)")
    }
    return (categories, topics, competencies)
  }

  /// Weekly mastery per category over the 12 weeks from study day `first`, and the change
  /// since last month.
  func trends(_ byDay: [StatsArea: [Int: Tally]], from first: Int) -> [StatsReport.Trend] {
    Category.allCases.map { c in
      var weeks = Array(repeating: Tally(), count: 12)
      for (day, tally) in byDay[c.statsArea] ?? [:] where day >= first {
        let week = (day - first) / 7
        if week < 12 { weeks[week].add(tally) }
      }
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
