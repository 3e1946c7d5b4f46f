import FSRS
import Foundation

/// A graded answer, as the session hands it to the store.
public struct ReviewInput: Sendable {
  public var questionId: String
  public var rating: Rating
  public var reviewedAt: Date
  public var suggestedRating: Rating?
  public var duration: TimeInterval?
  public var sessionId: String?
  public var answer: String?
  public var coverage: Double?
  public var score: Double?
  /// Practise without changing the schedule (still logged).
  public var cram: Bool
  public var source: String
  /// Stats areas of the question (``Question/areas``); kept with the review.
  public var areas: [String]

  public init(
    questionId: String, rating: Rating, reviewedAt: Date, suggestedRating: Rating? = nil,
    duration: TimeInterval? = nil, sessionId: String? = nil, answer: String? = nil,
    coverage: Double? = nil, score: Double? = nil, cram: Bool = false, source: String = "drill",
    areas: [String] = []
  ) {
    self.questionId = questionId
    self.rating = rating
    self.reviewedAt = reviewedAt
    self.suggestedRating = suggestedRating
    self.duration = duration
    self.sessionId = sessionId
    self.answer = answer
    self.coverage = coverage
    self.score = score
    self.cram = cram
    self.source = source
    self.areas = areas
  }
}

/// What recording a review did.
public struct RecordedReview: Sendable, Equatable {
  public var review: ReviewRecord
  /// The card after the review (unchanged for cram).
  public var card: CardRecord
  /// The card became a leech with this review and was suspended.
  public var becameLeech: Bool
}
