import Foundation

/// The figures behind `rehearse stats`, read in one transaction so they agree with each other
/// even while another terminal is recording reviews.
public struct StatsSnapshot: Sendable {
  /// What to read: study days, and the true-retention windows in days.
  public struct Request: Sendable {
    public var now: Date
    /// Area totals cover `since...today`.
    public var since: Int
    /// Per-day category totals cover `trendsFrom...today`.
    public var trendsFrom: Int
    /// Reviews per day cover `heatmapFrom...today`.
    public var heatmapFrom: Int
    public var retentionWindows: [Int]
    public var forecastDays: Int

    public init(
      now: Date, since: Int, trendsFrom: Int, heatmapFrom: Int, retentionWindows: [Int],
      forecastDays: Int = 30
    ) {
      self.now = now
      self.since = since
      self.trendsFrom = trendsFrom
      self.heatmapFrom = heatmapFrom
      self.retentionWindows = retentionWindows
      self.forecastDays = forecastDays
    }
  }

  /// First-of-the-day reviews of cards already in review, and how many were rated Again.
  public struct FirstReviews: Sendable, Equatable {
    public var reviews: Int
    public var again: Int
  }

  /// Totals per area over `since...today`.
  public var areaTotals: [StatsArea: Tally]
  /// Totals per category area and study day over `trendsFrom...today`.
  public var categoryDays: [StatsArea: [Int: Tally]]
  /// Per retention window (days) and category key.
  public var firstReviews: [Int: [String: FirstReviews]]
  public var cards: CardCounts
  /// Study days with reviews, through today, most recent first.
  public var practiceDays: [Int]
  /// Reviews per study day over `heatmapFrom...today` (days without reviews are absent).
  public var reviewsPerDay: [Int: Int]
  /// Active reviews recorded today and their total time.
  public var todayReviews: Int
  public var todayDurationMs: Int
  public var forecast: DueForecast
}
