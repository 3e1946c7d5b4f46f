import Foundation

/// What the grader needs to know beyond the answer: how long it took, and whether the card's
/// history allows Easy.
public struct GradingContext: Sendable, Equatable {
  /// Seconds taken to answer.
  public var seconds: Double
  /// When the card was last reviewed (nil: never, this is its first review).
  public var lastReview: Date?
  /// When the answer was given.
  public var now: Date

  public init(seconds: Double, lastReview: Date? = nil, now: Date = Date(timeIntervalSince1970: 0))
  {
    self.seconds = seconds
    self.lastReview = lastReview
    self.now = now
  }

  /// Easy needs strong evidence: never on a first review (coverage alone cannot tell a recalled
  /// answer from a lucky one), and never within a day of the last review (the model answer was
  /// just read, or the card was just failed).
  public var allowsEasy: Bool {
    guard let lastReview else { return false }
    return now.timeIntervalSince(lastReview) >= 86_400
  }
}
