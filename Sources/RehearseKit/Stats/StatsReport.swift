import RehearseStore

/// Everything `rehearse stats` shows; the terminal view and `--json` print the same numbers.
public struct StatsReport: Sendable, Codable {
  public struct Today: Sendable, Codable {
    public var reviews: Int
    public var minutes: Double
    public var currentStreak: Int
    public var longestStreak: Int
  }

  /// True retention over a window: the share of first-of-the-day reviews of cards already in
  /// review that were not rated Again (Anki's definition).
  public struct Retention: Sendable, Codable {
    public var days: Int
    public var overall: Double?
    public var reviews: Int
    public var byCategory: [String: Double]
  }

  /// Scheduled cards by phase (suspended ones counted apart).
  public typealias States = CardCounts

  public struct DayCount: Sendable, Codable {
    public var date: String
    public var count: Int
  }

  /// One area's mastery and the figures behind it.
  public struct Area: Sendable, Codable {
    public var kind: StatsArea.Kind
    public var key: String
    public var title: String
    public var mastery: Double?
    public var reviews: Int
    public var recall: Double?
    public var averageRating: Double?
    public var lapseRate: Double?
    public var coverage: Double?
    public var starScore: Double?
    /// The command that drills this area.
    public var command: String
  }

  public struct Trend: Sendable, Codable {
    public var category: String
    /// Weekly mastery, oldest first (nil for a week without reviews).
    public var weeks: [Double?]
    /// Mastery over the last 4 weeks minus the 4 weeks before.
    public var changeSinceLastMonth: Double?
  }

  public var generatedAt: String
  public var since: String
  public var today: Today
  public var retention: [Retention]
  public var states: States
  public var forecast: [DayCount]
  public var categories: [Area]
  public var topics: [Area]
  public var competencies: [Area]
  /// The weakest topics and competencies with enough reviews to judge, weakest first.
  public var weakest: [Area]
  public var trends: [Trend]
  /// Review counts per day for the last 26 weeks, oldest first, starting on a Monday.
  public var heatmap: [DayCount]
}
