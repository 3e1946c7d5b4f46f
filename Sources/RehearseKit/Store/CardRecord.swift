import FSRS
import Foundation
import GRDB

/// A question's memory state: one row of the `card` table.
///
/// The row is a cache: replaying the card's reviews from the log always rebuilds it.
public struct CardRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "card"
  public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy
    .convertFromSnakeCase
  public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy
    .convertToSnakeCase

  public var questionId: String
  /// 0 new, or the FSRS state raw value (1 learning, 2 review, 3 relearning).
  public var state: Int
  public var step: Int?
  public var stability: Double?
  public var difficulty: Double?
  /// Unix seconds; nil for a new card.
  public var due: Double?
  public var lastReview: Double?
  public var reps: Int
  public var lapses: Int
  public var suspended: Bool
  public var leech: Bool
  /// The question is no longer in any loaded bank; its history is kept.
  public var retired: Bool
  public var addedAt: Double

  /// Reads a row by column position-independent names, without Codable's dynamic lookups
  /// (this runs for every card at start-up).
  public init(row: Row) {
    questionId = row["question_id"]
    state = row["state"]
    step = row["step"]
    stability = row["stability"]
    difficulty = row["difficulty"]
    due = row["due"]
    lastReview = row["last_review"]
    reps = row["reps"]
    lapses = row["lapses"]
    suspended = row["suspended"]
    leech = row["leech"]
    retired = row["retired"]
    addedAt = row["added_at"]
  }

  public init(
    questionId: String, state: Int, step: Int?, stability: Double?, difficulty: Double?,
    due: Double?,
    lastReview: Double?, reps: Int, lapses: Int, suspended: Bool, leech: Bool, retired: Bool,
    addedAt: Double
  ) {
    self.questionId = questionId
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
    self.reps = reps
    self.lapses = lapses
    self.suspended = suspended
    self.leech = leech
    self.retired = retired
    self.addedAt = addedAt
  }

  /// A card for a question never answered.
  public static func new(_ questionId: String, at date: Date) -> CardRecord {
    CardRecord(
      questionId: questionId, state: 0, step: nil, stability: nil, difficulty: nil, due: nil,
      lastReview: nil, reps: 0, lapses: 0, suspended: false, leech: false, retired: false,
      addedAt: date.timeIntervalSince1970)
  }

  /// Whether the card has never been reviewed.
  public var isNew: Bool { state == 0 }

  /// The state as a word: new, learning, review or relearning.
  public var stateName: String { CardRecord.stateName(state) }

  static func stateName(_ state: Int) -> String {
    switch state {
    case 1: "learning"
    case 2: "review"
    case 3: "relearning"
    default: "new"
    }
  }

  /// The FSRS card this row describes.
  public var fsrsCard: Card {
    guard let fsrsState = CardState(rawValue: state) else {
      return Card.new(due: Date(timeIntervalSince1970: addedAt))
    }
    let memory = stability.flatMap { s in
      difficulty.map { MemoryState(stability: s, difficulty: $0) }
    }
    return Card(
      state: fsrsState, step: step, memory: memory,
      due: Date(timeIntervalSince1970: due ?? addedAt),
      lastReview: lastReview.map(Date.init(timeIntervalSince1970:)))
  }

  /// Copies an FSRS card's schedule into the row.
  mutating func apply(_ card: Card) {
    state = card.state.rawValue
    step = card.step
    stability = card.memory?.stability
    difficulty = card.memory?.difficulty
    due = card.due.timeIntervalSince1970
    lastReview = card.lastReview?.timeIntervalSince1970
  }

  /// Probability of recall at `date` with study-day elapsed time (0 for a new card).
  public func retrievability(at date: Date, scheduler: Scheduler, calendar: StudyCalendar) -> Double
  {
    guard let last = lastReview, stability != nil else { return 0 }
    let elapsed = calendar.elapsedDays(from: Date(timeIntervalSince1970: last), to: date)
    return scheduler.retrievability(of: fsrsCard, at: date, elapsedDays: elapsed)
  }
}
