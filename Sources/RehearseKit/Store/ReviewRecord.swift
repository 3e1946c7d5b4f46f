import Foundation
import GRDB

/// One graded answer: a row of the append-only `review` log.
///
/// `id` is a UUID so the logs of two machines can be merged without clashes. The figures after
/// the review (stability, difficulty, due…) are what the scheduler computed at the time;
/// replaying the log recomputes them.
public struct ReviewRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "review"
  public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy
    .convertFromSnakeCase
  public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy
    .convertToSnakeCase

  public var id: String
  public var questionId: String
  /// Unix seconds.
  public var reviewedAt: Double
  /// 1 Again, 2 Hard, 3 Good, 4 Easy.
  public var rating: Int
  /// The rating Rehearse suggested, when it graded the answer.
  public var suggestedRating: Int?
  public var durationMs: Int?
  public var elapsedDays: Int?
  /// Probability of recall just before the review.
  public var retrievability: Double
  public var stability: Double
  public var difficulty: Double
  public var state: Int
  /// The card's state before this review (0 new, 1 learning, 2 review, 3 relearning): a
  /// review of a card in state 2 is what true retention counts.
  public var stateBefore: Int
  public var step: Int?
  public var due: Double
  public var intervalDays: Int?
  public var sessionId: String?
  /// The typed answer, when the user keeps answers.
  public var answer: String?
  /// Share of key points (or rubric dimensions) the typed answer covered, 0–1.
  public var coverage: Double?
  /// A 0–100 score, such as the STAR rubric score.
  public var score: Double?
  /// Practised without changing the schedule.
  public var cram: Bool
  /// Where the review came from: drill, mock, story, import.
  public var source: String
  /// The question's stats areas when it was reviewed, comma-separated.
  public var areas: String? = nil
}

/// A rating taken back with `:undo`; the review row itself stays in the log.
struct ReviewUndoRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "review_undo"
  static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
  static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
  var reviewId: String
  var undoneAt: Double
}

/// A practice session.
public struct SessionRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "session"
  public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy
    .convertFromSnakeCase
  public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy
    .convertToSnakeCase
  public var id: String
  /// drill, cram, mock or story.
  public var kind: String
  public var startedAt: Double
  public var endedAt: Double?
  /// The filters the session was started with, as JSON.
  public var filters: String?
}
