import FSRS
import Foundation
import GRDB

/// A card's memory state and its full review history, replayed from the log (Anki's card info).
public struct CardHistory: Sendable {
  /// One review as the replay computes it.
  public struct Entry: Sendable, Equatable {
    public var reviewId: String
    public var reviewedAt: Date
    public var rating: Rating
    public var elapsedDays: Int?
    public var retrievability: Double
    public var stability: Double
    public var difficulty: Double
    public var phase: CardPhase
    public var step: Int?
    /// Seconds until due.
    public var interval: TimeInterval
    public var intervalDays: Int?
    public var due: Date
    public var durationMs: Int?
    public var source: ReviewSource
  }

  public var card: CardRecord
  public var entries: [Entry]
  /// Cram and undone reviews, which do not count for the schedule.
  public var ignoredReviews: Int
}
