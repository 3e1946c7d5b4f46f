import FSRS

/// What the store needs to know of the user's settings to schedule and record reviews.
public struct StoreSettings: Sendable, Equatable {
  /// The FSRS scheduler's parameters, retention, steps and fuzz.
  public var scheduler: SchedulerConfiguration
  /// The local hour at which a new study day starts (0–23).
  public var rolloverHour: Int
  /// New questions introduced per day (for the forecast's "new available").
  public var newPerDay: Int
  /// Lapses after which a card is a leech and is suspended.
  public var leechLapses: Int
  /// Whether typed answers are kept in the review log.
  public var keepAnswers: Bool

  public init(
    scheduler: SchedulerConfiguration = .defaults, rolloverHour: Int = 4, newPerDay: Int = 20,
    leechLapses: Int = 8, keepAnswers: Bool = true
  ) {
    self.scheduler = scheduler
    self.rolloverHour = rolloverHour
    self.newPerDay = newPerDay
    self.leechLapses = leechLapses
    self.keepAnswers = keepAnswers
  }
}
