import Foundation
import GRDB

extension Store {
  /// Everything `stats` shows, from one read transaction.
  public func statsSnapshot(_ request: StatsSnapshot.Request) throws -> StatsSnapshot {
    try writer.read { db in
      // Reviews dated after "now" (a clock set back, an import from the future) are left out.
      let today = calendar.day(of: request.now)
      let bounds = dayBounds(request.now)
      let activity = try Row.fetchOne(
        db,
        sql: """
          SELECT count(*) AS reviews, coalesce(sum(duration_ms), 0) AS duration
          FROM active_review WHERE reviewed_at >= ? AND reviewed_at < ?
          """, arguments: bounds)
      var firstReviews: [Int: [String: StatsSnapshot.FirstReviews]] = [:]
      for days in request.retentionWindows {
        firstReviews[days] = try firstReviewCounts(after: today - days, through: today, in: db)
      }
      return StatsSnapshot(
        areaTotals: try areaTotals(from: request.since, through: today, in: db),
        categoryDays: try categoryDays(from: request.trendsFrom, through: today, in: db),
        firstReviews: firstReviews, cards: try cardCounts(in: db),
        practiceDays: try practiceDays(through: today, in: db),
        reviewsPerDay: try reviewsPerDay(from: request.heatmapFrom, through: today, in: db),
        todayReviews: activity?["reviews"] ?? 0, todayDurationMs: activity?["duration"] ?? 0,
        forecast: try forecast(at: request.now, horizon: request.forecastDays, in: db))
    }
  }

  /// Totals per area over study days `first...last`.
  public func areaTotals(from first: Int, through last: Int) throws -> [StatsArea: Tally] {
    try writer.read { db in try areaTotals(from: first, through: last, in: db) }
  }

  private static let tallyColumns = """
    sum(reviews) AS reviews, sum(again) AS again, sum(rating_sum) AS rating_sum,
    sum(mature) AS mature, sum(mature_again) AS mature_again, sum(cov_sum) AS cov_sum,
    sum(cov_n) AS cov_n, sum(score_sum) AS score_sum, sum(score_n) AS score_n
    """

  func areaTotals(from first: Int, through last: Int, in db: Database) throws -> [StatsArea:
    Tally]
  {
    var result: [StatsArea: Tally] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT area, \(Self.tallyColumns)
        FROM area_day WHERE day >= ? AND day <= ? GROUP BY area
        """, arguments: [first, last])
    {
      guard let area = StatsArea(encoded: (row["area"] as String)[...]) else { continue }
      result[area] = Self.tally(row)
    }
    return result
  }

  private func categoryDays(from first: Int, through last: Int, in db: Database) throws
    -> [StatsArea: [Int: Tally]]
  {
    var result: [StatsArea: [Int: Tally]] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT area, day, \(Self.tallyColumns)
        FROM area_day WHERE area LIKE 'category:%' AND day >= ? AND day <= ? GROUP BY area, day
        """, arguments: [first, last])
    {
      guard let area = StatsArea(encoded: (row["area"] as String)[...]) else { continue }
      result[area, default: [:]][row["day"]] = Self.tally(row)
    }
    return result
  }

  private static func tally(_ row: Row) -> Tally {
    var t = Tally()
    t.reviews = row["reviews"]
    t.again = row["again"]
    t.ratingSum = row["rating_sum"]
    t.matureReviews = row["mature"]
    t.matureAgain = row["mature_again"]
    t.coverageSum = row["cov_sum"]
    t.coverageCount = row["cov_n"]
    t.scoreSum = row["score_sum"]
    t.scoreCount = row["score_n"]
    return t
  }

  /// First-of-the-day reviews of mature cards per category over study days `(after, through]`.
  private func firstReviewCounts(after first: Int, through last: Int, in db: Database) throws
    -> [String: StatsSnapshot.FirstReviews]
  {
    var result: [String: StatsSnapshot.FirstReviews] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT area, sum(first_mature) AS n, sum(first_mature_again) AS again FROM area_day
        WHERE area LIKE 'category:%' AND day > ? AND day <= ? GROUP BY area
        """, arguments: [first, last])
    {
      guard let area = StatsArea(encoded: (row["area"] as String)[...]) else { continue }
      result[area.key] = StatsSnapshot.FirstReviews(reviews: row["n"], again: row["again"])
    }
    return result
  }

  private func cardCounts(in db: Database) throws -> CardCounts {
    var counts = CardCounts()
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT state, suspended, leech, count(*) AS n FROM card WHERE retired = 0
        GROUP BY state, suspended, leech
        """)
    {
      let n: Int = row["n"]
      let suspended: Bool = row["suspended"]
      if suspended { counts.suspended += n }
      if row["leech"] { counts.leech += n }
      if suspended { continue }
      switch CardPhase(rawValue: row["state"]) {
      case .learning: counts.learning += n
      case .review: counts.review += n
      case .relearning: counts.relearning += n
      case .new, nil: counts.new += n
      }
    }
    return counts
  }

  private func reviewsPerDay(from first: Int, through last: Int, in db: Database) throws
    -> [Int: Int]
  {
    var counts: [Int: Int] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT day, reviews FROM practice_day WHERE day >= ? AND day <= ?",
      arguments: [first, last])
    {
      counts[row["day"]] = row["reviews"]
    }
    return counts
  }
}
