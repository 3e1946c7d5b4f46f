import FSRS

/// One review as the optimizer sees it: the rating and the study days since the card's previous
/// review (0 for the first review and for same-day reviews).
public struct TrainingReview: Sendable, Equatable, Hashable, Codable {
  /// The rating given.
  public var rating: Rating
  /// Whole study days since the previous review of the same card; 0 for the first review.
  public var elapsedDays: Int

  /// Creates a review.
  /// - Parameters:
  ///   - rating: The rating given.
  ///   - elapsedDays: Study days since the card's previous review (0 for the first).
  public init(rating: Rating, elapsedDays: Int) {
    self.rating = rating
    self.elapsedDays = elapsedDays
  }
}
