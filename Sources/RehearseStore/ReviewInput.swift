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
  /// The number of words of a typed answer (kept even when the answer text is not).
  public var words: Int?
  /// What the grader found and what the user changed.
  public var grading: ReviewGrading?
  public var coverage: Double?
  public var score: Double?
  /// Practice without changing the schedule (still logged).
  public var cram: Bool
  public var source: ReviewSource
  /// Stats areas of the question; kept with the review.
  public var areas: [StatsArea]

  public init(
    questionId: String, rating: Rating, reviewedAt: Date, suggestedRating: Rating? = nil,
    duration: TimeInterval? = nil, sessionId: String? = nil, answer: String? = nil,
    words: Int? = nil, grading: ReviewGrading? = nil,
    coverage: Double? = nil, score: Double? = nil, cram: Bool = false,
    source: ReviewSource = .drill,
    areas: [StatsArea] = []
  ) {
    self.questionId = questionId
    self.rating = rating
    self.reviewedAt = reviewedAt
    self.suggestedRating = suggestedRating
    self.duration = duration
    self.sessionId = sessionId
    self.answer = answer
    self.words = words
    self.grading = grading
    self.coverage = coverage
    self.score = score
    self.cram = cram
    self.source = source
    self.areas = areas
  }
}
