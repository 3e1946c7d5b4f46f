import FSRS
import Foundation
import GRDB

/// One graded answer: a row of the append-only `review` log.
///
/// `id` is a UUID so the logs of two machines can be merged without clashes. The figures after
/// the review (stability, difficulty, due…) are what the scheduler computed at the time;
/// replaying the log recomputes them.
public struct ReviewRecord: Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "review"

  public var id: String
  public var questionId: String
  /// Unix seconds.
  public var reviewedAt: Double
  public var rating: Rating
  /// The rating Rehearse suggested, when it graded the answer.
  public var suggestedRating: Rating?
  public var durationMs: Int?
  public var elapsedDays: Int?
  /// Probability of recall just before the review.
  public var retrievability: Double
  public var stability: Double
  public var difficulty: Double
  /// The card's phase after this review.
  public var phase: CardPhase
  /// The card's phase before this review: a review of a card in review is what true retention
  /// counts.
  public var phaseBefore: CardPhase
  public var step: Int?
  public var due: Double
  public var intervalDays: Int?
  public var sessionId: String?
  /// The typed answer, when the user keeps answers.
  public var answer: String?
  /// How many words the typed answer had (kept even when the answer is not).
  public var words: Int?
  /// The grader's verdict per item and the user's changes.
  public var grading: ReviewGrading?
  /// Share of key points (or rubric dimensions) the typed answer covered, 0–1.
  public var coverage: Double?
  /// A 0–100 score, such as the STAR rubric score.
  public var score: Double?
  /// Practiced without changing the schedule.
  public var cram: Bool
  public var source: ReviewSource
  /// The question's stats areas when it was reviewed.
  public var areas: [StatsArea]

  public init(
    id: String, questionId: String, reviewedAt: Double, rating: Rating,
    suggestedRating: Rating? = nil, durationMs: Int? = nil, elapsedDays: Int? = nil,
    retrievability: Double = 0, stability: Double = 0, difficulty: Double = 0,
    phase: CardPhase = .new, phaseBefore: CardPhase = .new, step: Int? = nil, due: Double,
    intervalDays: Int? = nil, sessionId: String? = nil, answer: String? = nil,
    words: Int? = nil, grading: ReviewGrading? = nil, coverage: Double? = nil, score: Double? = nil,
    cram: Bool = false,
    source: ReviewSource,
    areas: [StatsArea] = []
  ) {
    self.id = id
    self.questionId = questionId
    self.reviewedAt = reviewedAt
    self.rating = rating
    self.suggestedRating = suggestedRating
    self.durationMs = durationMs
    self.elapsedDays = elapsedDays
    self.retrievability = retrievability
    self.stability = stability
    self.difficulty = difficulty
    self.phase = phase
    self.phaseBefore = phaseBefore
    self.step = step
    self.due = due
    self.intervalDays = intervalDays
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

  /// Reads a row by column name.
  /// - Throws: ``StoreError/corruptRow(table:id:column:)`` when a rating, state or source is
  ///   not one Rehearse writes: a corrupt row is an error, never skipped.
  public init(row: Row) throws {
    id = row["id"]
    func corrupt(_ column: String) -> StoreError {
      StoreError.corruptRow(table: "review", id: row["id"], column: column)
    }
    guard let rating = Rating(rawValue: row["rating"]) else { throw corrupt("rating") }
    let suggested: Int? = row["suggested_rating"]
    guard let phase = CardPhase(rawValue: row["state"]) else { throw corrupt("state") }
    guard let before = CardPhase(rawValue: row["state_before"]) else {
      throw corrupt("state_before")
    }
    guard let source = ReviewSource(rawValue: row["source"]) else { throw corrupt("source") }
    self.rating = rating
    suggestedRating = try suggested.map {
      guard let r = Rating(rawValue: $0) else { throw corrupt("suggested_rating") }
      return r
    }
    self.phase = phase
    phaseBefore = before
    self.source = source
    questionId = row["question_id"]
    reviewedAt = row["reviewed_at"]
    durationMs = row["duration_ms"]
    elapsedDays = row["elapsed_days"]
    retrievability = row["retrievability"]
    stability = row["stability"]
    difficulty = row["difficulty"]
    step = row["step"]
    due = row["due"]
    intervalDays = row["interval_days"]
    sessionId = row["session_id"]
    answer = row["answer"]
    words = row["words"]
    grading = try (row["grading"] as String?).map { text in
      do {
        return try JSONDecoder().decode(ReviewGrading.self, from: Data(text.utf8))
      } catch {
        throw corrupt("grading")
      }
    }
    coverage = row["coverage"]
    score = row["score"]
    cram = row["cram"]
    areas = StatsArea.decode(row["areas"])
  }

  public func encode(to container: inout PersistenceContainer) {
    container["id"] = id
    container["question_id"] = questionId
    container["reviewed_at"] = reviewedAt
    container["rating"] = rating.rawValue
    container["suggested_rating"] = suggestedRating?.rawValue
    container["duration_ms"] = durationMs
    container["elapsed_days"] = elapsedDays
    container["retrievability"] = retrievability
    container["stability"] = stability
    container["difficulty"] = difficulty
    container["state"] = phase.rawValue
    container["state_before"] = phaseBefore.rawValue
    container["step"] = step
    container["due"] = due
    container["interval_days"] = intervalDays
    container["session_id"] = sessionId
    container["answer"] = answer
    container["words"] = words
    container["grading"] = grading?.databaseText
    container["coverage"] = coverage
    container["score"] = score
    container["cram"] = cram
    container["source"] = source.rawValue
    container["areas"] = StatsArea.encode(areas)
  }
}

extension ReviewRecord {
  /// Reviews that count for scheduling and stats: not undone, not cram (the `active_review`
  /// view).
  static let active = Table<ReviewRecord>("active_review")
  /// Reviews not taken back with `:undo`, cram included (the `kept_review` view).
  static let kept = Table<ReviewRecord>("kept_review")
}
