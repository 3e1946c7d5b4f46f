import Foundation
import GRDB

/// Computes a ``StatsReport`` with aggregate queries (no per-review work in Swift), so it stays
/// fast with a million reviews.
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

  /// Seconds to add to a Unix time so that dividing by 86,400 gives the study day (the zone's
  /// current offset, less the rollover hour).
  var dayShift: Double {
    Double(store.calendar.timeZone.secondsFromGMT(for: now)) - Double(store.calendar.rolloverHour)
      * 3600
  }

  static let active = "cram = 0 AND id NOT IN (SELECT review_id FROM review_undo)"

  /// Builds the report; `since` bounds the weak-area window (default: the last 90 days).
  public func build(since: Date? = nil) throws -> StatsReport {
    let cal = store.calendar
    let today = cal.day(of: now)
    let windowStart = since ?? cal.start(ofDay: today - 89)
    let practiceDays = try store.practiceDays(at: now)
    let forecast = try forecastDays()
    return try store.writer.read { db in
      let perQuestion = try tallies(db, from: windowStart.timeIntervalSince1970)
      let (categories, topics, competencies) = areas(perQuestion)
      let weakest = (topics + competencies)
        .filter { $0.reviews >= Self.minimumReviews && $0.mastery != nil }
        .sorted { ($0.mastery ?? 0, $0.key) < ($1.mastery ?? 0, $1.key) }
      return StatsReport(
        generatedAt: ISO8601DateFormatter().string(from: now),
        since: cal.label(ofDay: cal.day(of: windowStart)),
        today: try todayFigures(db, practiceDays: practiceDays),
        retention: try [7, 30, 90].map { try retention(db, days: $0) },
        states: try states(db), forecast: forecast,
        categories: categories, topics: topics, competencies: competencies,
        weakest: Array(weakest.prefix(8)),
        trends: try trends(db), heatmap: try heatmap(db))
    }
  }

  private func todayFigures(_ db: Database, practiceDays days: [Int]) throws -> StatsReport.Today {
    let start = store.calendar.start(ofDay: store.calendar.day(of: now)).timeIntervalSince1970
    let row = try Row.fetchOne(
      db,
      sql:
        "SELECT count(*), coalesce(sum(duration_ms), 0) FROM review WHERE reviewed_at >= ? AND \(Self.active)",
      arguments: [start])
    let (current, longest) = Streaks.of(days, today: store.calendar.day(of: now))
    return StatsReport.Today(
      reviews: row?[0] ?? 0, minutes: Double(row?[1] ?? 0) / 60000, currentStreak: current,
      longestStreak: longest)
  }

  private func retention(_ db: Database, days: Int) throws -> StatsReport.Retention {
    let start = store.calendar.start(ofDay: store.calendar.day(of: now) - days + 1)
      .timeIntervalSince1970
    // First review of the day per card among cards already in review (SQLite takes the bare
    // column `rating` from the row with the minimum time).
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT question_id, rating, min(reviewed_at) FROM review
        WHERE state_before = 2 AND reviewed_at >= ? AND \(Self.active)
        GROUP BY question_id, CAST((reviewed_at + ?) / 86400 AS INTEGER)
        """, arguments: [start, dayShift])
    var total = (0, 0)
    var byCategory: [String: (Int, Int)] = [:]
    for row in rows {
      let id: String = row[0]
      let passed = (row[1] as Int) != 1 ? 1 : 0
      total.0 += 1
      total.1 += passed
      if let q = catalog.question(id: id) {
        byCategory[q.category.rawValue, default: (0, 0)].0 += 1
        byCategory[q.category.rawValue, default: (0, 0)].1 += passed
      }
    }
    return StatsReport.Retention(
      days: days, overall: total.0 > 0 ? Double(total.1) / Double(total.0) : nil, reviews: total.0,
      byCategory: byCategory.mapValues { Double($0.1) / Double($0.0) })
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

  private func forecastDays() throws -> [StatsReport.DayCount] {
    try store.forecast(at: now).days.map { StatsReport.DayCount(date: $0.date, count: $0.count) }
  }

  private func heatmap(_ db: Database) throws -> [StatsReport.DayCount] {
    let cal = store.calendar
    let today = cal.day(of: now)
    // 26 whole weeks ending this week; day 0 (1970-01-01) was a Thursday, so Monday is day % 7 == 4.
    let weekStart = today - ((today - 4) % 7 + 7) % 7
    let first = weekStart - 25 * 7
    var counts: [Int: Int] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT CAST((reviewed_at + ?) / 86400 AS INTEGER) AS d, count(*) FROM review
        WHERE reviewed_at >= ? AND \(Self.active) GROUP BY d
        """, arguments: [dayShift, cal.start(ofDay: first).timeIntervalSince1970])
    {
      counts[row[0]] = row[1]
    }
    return (first...today).map {
      StatsReport.DayCount(date: cal.label(ofDay: $0), count: counts[$0] ?? 0)
    }
  }
}
