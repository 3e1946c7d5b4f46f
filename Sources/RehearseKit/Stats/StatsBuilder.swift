import Foundation
import GRDB

/// Computes a ``StatsReport`` from one aggregate scan of the recent log (per question and day)
/// plus small summary tables, so it stays fast with a million reviews.
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

  /// One question's reviews on one day.
  struct DayRow {
    var question: String
    var day: Int
    var tally: Tally
    /// The rating of the first review that day of the card while in review, if any.
    var firstMatureRating: Int?
  }

  /// Builds the report; `since` bounds the weak-area window (default: the last 90 days).
  public func build(since: Date? = nil) throws -> StatsReport {
    let cal = store.calendar
    let today = cal.day(of: now)
    let sinceDay = since.map { cal.day(of: $0) } ?? today - 89
    let firstDay = min(sinceDay, today - 89)
    let practiceDays = try store.practiceDays(at: now)
    let forecast = try store.forecast(at: now).days.map {
      StatsReport.DayCount(date: $0.date, count: $0.count)
    }
    return try store.writer.read { db in
      // Reviews dated after "now" (a clock set back, an import from the future) are left out.
      let rows = try dayRows(db, from: firstDay, through: today)
      var perQuestion: [String: Tally] = [:]
      for row in rows where row.day >= sinceDay {
        perQuestion[row.question, default: Tally()].add(row.tally)
      }
      let (categories, topics, competencies) = areas(perQuestion)
      let weakest = (topics + competencies)
        .filter { $0.reviews >= Self.minimumReviews && $0.mastery != nil }
        .sorted { ($0.mastery ?? 0, $0.key) < ($1.mastery ?? 0, $1.key) }
      return StatsReport(
        generatedAt: ISO8601DateFormatter().string(from: now), since: cal.label(ofDay: sinceDay),
        today: try todayFigures(db, practiceDays: practiceDays),
        retention: [7, 30, 90].map { retention(rows, days: $0, today: today) },
        states: try states(db), forecast: forecast,
        categories: categories, topics: topics, competencies: competencies,
        weakest: Array(weakest.prefix(8)),
        trends: trends(rows, today: today), heatmap: try heatmap(db, today: today))
    }
  }

  func dayRows(_ db: Database, from day: Int, through last: Int) throws -> [DayRow] {
    let start = store.calendar.start(ofDay: day).timeIntervalSince1970
    let end = store.calendar.start(ofDay: last + 1).timeIntervalSince1970
    let cursor = try Row.fetchCursor(
      db,
      sql: """
        SELECT question_id, CAST((reviewed_at + ?) / 86400 AS INTEGER) AS day, count(*), sum(rating = 1), sum(rating),
          sum(state_before = 2), sum(state_before = 2 AND rating = 1), coalesce(sum(coverage), 0), count(coverage),
          coalesce(sum(score), 0), count(score),
          min(CASE WHEN state_before = 2 THEN CAST(reviewed_at * 1000 AS INTEGER) * 10 + rating END)
        FROM review WHERE reviewed_at >= ? AND reviewed_at < ? AND \(Self.active) GROUP BY question_id, day
        """, arguments: [dayShift, start, end])
    var rows: [DayRow] = []
    while let row = try cursor.next() {
      var t = Tally()
      (t.reviews, t.again, t.ratingSum, t.matureReviews, t.matureAgain) = (
        row[2], row[3], row[4], row[5], row[6]
      )
      (t.coverageSum, t.coverageCount, t.scoreSum, t.scoreCount) = (row[7], row[8], row[9], row[10])
      let first: Int64? = row[11]
      rows.append(
        DayRow(
          question: row[0], day: row[1], tally: t, firstMatureRating: first.map { Int($0 % 10) }))
    }
    return rows
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
    let (current, longest) = Streaks.of(days, today: store.calendar.day(of: now))
    return StatsReport.Today(
      reviews: row?[0] ?? 0, minutes: Double(row?[1] ?? 0) / 60000, currentStreak: current,
      longestStreak: longest)
  }

  /// True retention: first review of the day of cards already in review, not rated Again.
  private func retention(_ rows: [DayRow], days: Int, today: Int) -> StatsReport.Retention {
    var total = (0, 0)
    var byCategory: [String: (Int, Int)] = [:]
    for row in rows where row.day > today - days {
      guard let rating = row.firstMatureRating else { continue }
      let passed = rating != 1 ? 1 : 0
      total.0 += 1
      total.1 += passed
      if let category = catalog.category(of: row.question) {
        byCategory[category.rawValue, default: (0, 0)].0 += 1
        byCategory[category.rawValue, default: (0, 0)].1 += passed
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
