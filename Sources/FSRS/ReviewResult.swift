import Foundation

/// The outcome of one review: the updated card and the figures behind its new schedule.
public struct ReviewResult: Sendable, Equatable {
  /// The card after the review.
  public var card: Card
  /// The retrievability just before the review: 0 for a first review, 1 when under a day passed.
  public var retrievability: Double
  /// The whole days since the previous review, or `nil` for a first review.
  public var elapsedDays: Int?
  /// The seconds from the review until the card's new due date.
  public var interval: TimeInterval
  /// The new interval in whole days when the card is now in review, otherwise `nil`.
  public var intervalDays: Int?

  /// Creates a review result.
  /// - Parameters:
  ///   - card: The card after the review.
  ///   - retrievability: The retrievability before the review.
  ///   - elapsedDays: Whole days since the previous review, `nil` for a first review.
  ///   - interval: Seconds until the new due date.
  ///   - intervalDays: The interval in days when the new state is review.
  public init(
    card: Card, retrievability: Double, elapsedDays: Int?, interval: TimeInterval,
    intervalDays: Int?
  ) {
    self.card = card
    self.retrievability = retrievability
    self.elapsedDays = elapsedDays
    self.interval = interval
    self.intervalDays = intervalDays
  }
}
