import Foundation
import RehearseStore

/// Computes a ``StatsReport`` from per-area, per-day totals kept as reviews are written, so its
/// cost does not grow with the size of the review log. Every figure comes from one
/// ``StatsSnapshot``, read in one transaction.
public struct StatsBuilder {
  /// Areas need at least this many reviews to be ranked as weak.
  public static let minimumReviews = 5
  /// The weak-area window when none is given, in study days.
  static let defaultWindow = 90

  let store: Store
  let catalog: BankCatalog
  let now: Date

  public init(store: Store, catalog: BankCatalog, now: Date) {
    self.store = store
    self.catalog = catalog
    self.now = now
  }

  /// Builds the report; `since` bounds the weak-area window (default: the last 90 days).
  public func build(since: Date? = nil) throws -> StatsReport {
    let cal = store.calendar
    let today = cal.day(of: now)
    let sinceDay = since.map { cal.day(of: $0) } ?? today - (Self.defaultWindow - 1)
    // 26 whole weeks ending this week; day 0 (1970-01-01) was a Thursday, so Monday is day % 7 == 4.
    let weekStart = today - ((today - 4) % 7 + 7) % 7
    let heatmapFrom = weekStart - 25 * 7
    let trendsFrom = today - 12 * 7 + 1
    let snapshot = try store.statsSnapshot(
      StatsSnapshot.Request(
        now: now, since: sinceDay, trendsFrom: trendsFrom, heatmapFrom: heatmapFrom,
        retentionWindows: [7, 30, 90]))
    let (categories, topics, competencies) = areas(snapshot.areaTotals)
    let weakest = (topics + competencies)
      .filter { $0.reviews >= Self.minimumReviews && $0.mastery != nil }
      .sorted { ($0.mastery ?? 0, $0.key) < ($1.mastery ?? 0, $1.key) }
    let (current, longest) = Streaks.of(snapshot.practiceDays, today: today)
    return StatsReport(
      generatedAt: ISO8601DateFormatter().string(from: now), since: cal.label(ofDay: sinceDay),
      today: StatsReport.Today(
        reviews: snapshot.todayReviews, minutes: Double(snapshot.todayDurationMs) / 60000,
        currentStreak: current, longestStreak: longest),
      retention: [7, 30, 90].map { retention(snapshot.firstReviews[$0] ?? [:], days: $0) },
      states: snapshot.cards,
      forecast: snapshot.forecast.days.map { StatsReport.DayCount(date: $0.date, count: $0.count) },
      categories: categories, topics: topics, competencies: competencies,
      weakest: Array(weakest.prefix(8)),
      trends: trends(snapshot.categoryDays, from: trendsFrom),
      heatmap: (heatmapFrom...today).map {
        StatsReport.DayCount(date: cal.label(ofDay: $0), count: snapshot.reviewsPerDay[$0] ?? 0)
      })
  }

  /// True retention: reviews of cards already in review, at least a study day after the review
  /// before (so the first of the day), not rated Again.
  private func retention(_ counts: [String: StatsSnapshot.FirstReviews], days: Int)
    -> StatsReport.Retention
  {
    var total = (reviews: 0, kept: 0)
    var byCategory: [String: Double] = [:]
    for (category, c) in counts where c.reviews > 0 {
      total.reviews += c.reviews
      total.kept += c.reviews - c.again
      byCategory[category] = Double(c.reviews - c.again) / Double(c.reviews)
    }
    return StatsReport.Retention(
      days: days,
      overall: total.reviews > 0 ? Double(total.kept) / Double(total.reviews) : nil,
      reviews: total.reviews, byCategory: byCategory)
  }
}
