import FSRS
import Foundation
import GRDB

/// Counts for the current study day.
public struct TodayCounts: Sendable, Equatable {
  /// Reviews recorded today (cram and undone excluded).
  public var reviews: Int
  /// Cards first reviewed today.
  public var newIntroduced: Int
  /// Reviews today of cards that were in the review state.
  public var reviewCardsDone: Int

  /// Seconds spent answering today.
  public var secondsSpent: Double

  public init(
    reviews: Int = 0, newIntroduced: Int = 0, reviewCardsDone: Int = 0, secondsSpent: Double = 0
  ) {
    self.reviews = reviews
    self.newIntroduced = newIntroduced
    self.reviewCardsDone = reviewCardsDone
    self.secondsSpent = secondsSpent
  }
}
