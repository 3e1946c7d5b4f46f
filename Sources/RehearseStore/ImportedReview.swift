import FSRS
import Foundation
import GRDB

/// One review read from an import file.
public struct ImportedReview: Sendable, Equatable {
  /// The line of the file it came from, for messages.
  public var line: Int
  public var questionId: String
  /// Unix seconds.
  public var reviewedAt: Double
  public var rating: Rating
  public var durationMs: Int?

  public init(line: Int, questionId: String, reviewedAt: Double, rating: Rating, durationMs: Int?) {
    self.line = line
    self.questionId = questionId
    self.reviewedAt = reviewedAt
    self.rating = rating
    self.durationMs = durationMs
  }
}
