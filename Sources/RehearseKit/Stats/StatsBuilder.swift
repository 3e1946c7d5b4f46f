import Foundation
import GRDB

/// Computes a ``StatsReport`` from per-area, per-day totals kept as reviews are written, so its
/// cost does not grow with the size of the review log.
public struct StatsBuilder {
  /// Areas need at least this many reviews to be ranked as weak.
  public static let minimumReviews = 5

  let store: Store
  let catalog: BankCatalog
  let now: Date

  public init(store: Store, catalog: BankCatalog, now: Date) {
    self.store = store
    self.catalog = catalog
    self.now = now
  }

  static let active = "cram = 0 AND id NOT IN (SELECT review_id FROM review_undo)"

  /// Builds the report; `since` bounds the weak-area window (default: the last 90 days).
  public func build(since: Date? = nil) throws -> StatsReport {
    let cal = store.calendar
    let today = cal.day(of: now)
    let sinceDay = since.map { cal.day(of: $0) } ?? today - 89
    let practiceDays = try store.practiceDays(at: now)
    let forecast = try store.forecast(at: now).days.map {
      StatsReport.DayCount(date: $0.date, count: $0.count)
    }
    return try store.writer.read { db in
      // Reviews dated after "now" (a clock set back, an import from the future) are left out.
      let (categories, topics, competencies) = areas(
        try areaTallies(db, from: sinceDay, through: today))
      let weakest = (topics + competencies)
        .filter { $0.reviews >= Self.minimumReviews && $0.mastery != nil }
        .sorted { ($0.mastery ?? 0, $0.key) < ($1.mastery ?? 0, $1.key) }
      return StatsReport(
        generatedAt: ISO8601DateFormatter().string(from: now), since: cal.label(ofDay: sinceDay),
        today: try todayFigures(db, practiceDays: practiceDays),
        retention: try [7, 30, 90].map { try retention(db, days: $0, today: today) },
        states: try states(db), forecast: forecast,
        categories: categories, topics: topics, competencies: competencies,
        weakest: Array(weakest.prefix(8)),
        trends: try trends(db, today: today), heatmap: try heatmap(db, today: today))
    }
  }

  /// Totals per area over study days `first...last`.
  func areaTallies(_ db: Database, from first: Int, through last: Int) throws -> [String: Tally] {
    var result: [String: Tally] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT area, sum(reviews), sum(again), sum(rating_sum), sum(mature), sum(mature_again), sum(cov_sum),
          sum(cov_n), sum(score_sum), sum(score_n)
        FROM area_day WHERE day >= ? AND day <= ? GROUP BY area
        """, arguments: [first, last])
    {
      result[row[0]] = Self.tally(row, from: 1)
    }
    return result
  }

  static func tally(_ row: Row, from i: Int) -> Tally {
    var t = Tally()
    (t.reviews, t.again, t.ratingSum, t.matureReviews, t.matureAgain) = (
      row[i], row[i + 1], row[i + 2], row[i + 3], row[i + 4]
    )
    (t.coverageSum, t.coverageCount, t.scoreSum, t.scoreCount) = (
      row[i + 5], row[i + 6], row[i + 7], row[i + 8]
    )
    return t
  }

  private func todayFigures(_ db: Database, practiceDays days: [Int]) throws -> StatsReport.Today {
    let today = store.calendar.day(of: now)
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT count(*), coalesce(sum(duration_ms), 0) FROM review
        WHERE reviewed_at >= ? AND reviewed_at < ? AND \(Self.active)
        """,
      arguments: [
        store.calendar.start(ofDay: today).timeIntervalSince1970,
        store.calendar.start(ofDay: today + 1).timeIntervalSince1970,
      ])
    let (current, longest) = Streaks.of(days, today: today)
    return StatsReport.Today(
      reviews: row?[0] ?? 0, minutes: Double(row?[1] ?? 0) / 60000, currentStreak: current,
      longestStreak: longest)
  }

  /// True retention: reviews of cards already in review, at least a study day after the review
  /// before (so the first of the day), not rated Again.
  private func retention(_ db: Database, days: Int, today: Int) throws -> StatsReport.Retention {
    var total = (0, 0)
    var byCategory: [String: Double] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT area, sum(first_mature), sum(first_mature_again) FROM area_day
        WHERE area LIKE 'category:%' AND day > ? AND day <= ? GROUP BY area
        """, arguments: [today - days, today])
    {
      let (area, n, again): (String, Int, Int) = (row[0], row[1], row[2])
      guard n > 0 else { continue }
      total.0 += n
      total.1 += n - again
      byCategory[String(area.dropFirst("category:".count))] = Double(n - again) / Double(n)
    }
    return StatsReport.Retention(
      days: days, overall: total.0 > 0 ? Double(total.1) / Double(total.0) : nil, reviews: total.0,
      byCategory: byCategory)
  }

  private func states(_ db: Database) throws -> StatsReport.States {
    var s = StatsReport.States(
      new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, leech: 0)
    for row in try Row.fetchAll(
      db,
      sql:
        "SELECT state, suspended, leech, count(*) FROM card WHERE retired = 0 GROUP BY state, suspended, leech"
    ) {
      let (state, suspended, leech, n): (Int, Bool, Bool, Int) = (row[0], row[1], row[2], row[3])
      if suspended { s.suspended += n }
      if leech { s.leech += n }
      if suspended { continue }
      switch state {
      case 1: s.learning += n
      case 2: s.review += n
      case 3: s.relearning += n
      default: s.new += n
      }
    }
    return s
  }

  private func heatmap(_ db: Database, today: Int) throws -> [StatsReport.DayCount] {
    // 26 whole weeks ending this week; day 0 (1970-01-01) was a Thursday, so Monday is day % 7 == 4.
    let weekStart = today - ((today - 4) % 7 + 7) % 7
    let first = weekStart - 25 * 7
    var counts: [Int: Int] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT day, reviews FROM practice_day WHERE day >= ?", arguments: [first])
    {
      counts[row[0]] = row[1]
    }
    return (first...today).map {
      StatsReport.DayCount(date: store.calendar.label(ofDay: $0), count: counts[$0] ?? 0)
    }
  }
}
