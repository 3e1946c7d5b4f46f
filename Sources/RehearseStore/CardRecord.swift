import FSRS
import Foundation
import GRDB

/// A question's memory state: one row of the `card` table.
///
/// The row is a cache: replaying the card's reviews from the log always rebuilds it.
public struct CardRecord: Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "card"

  public var questionId: String
  /// New, or the FSRS state (column `state`).
  public var phase: CardPhase
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

  /// Reads a row by column name, without Codable's dynamic lookups (this runs for every card at
  /// start-up).
  /// - Throws: ``StoreError/corruptRow(table:id:column:)`` for a state no version wrote.
  public init(row: Row) throws {
    questionId = row["question_id"]
    let state: Int = row["state"]
    guard let phase = CardPhase(rawValue: state) else {
      throw StoreError.corruptRow(table: "card", id: row["question_id"], column: "state")
    }
    self.phase = phase
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

  public func encode(to container: inout PersistenceContainer) {
    container["question_id"] = questionId
    container["state"] = phase.rawValue
    container["step"] = step
    container["stability"] = stability
    container["difficulty"] = difficulty
    container["due"] = due
    container["last_review"] = lastReview
    container["reps"] = reps
    container["lapses"] = lapses
    container["suspended"] = suspended
    container["leech"] = leech
    container["retired"] = retired
    container["added_at"] = addedAt
  }

  public init(
    questionId: String, phase: CardPhase, step: Int?, stability: Double?, difficulty: Double?,
    due: Double?, lastReview: Double?, reps: Int, lapses: Int, suspended: Bool, leech: Bool,
    retired: Bool, addedAt: Double
  ) {
    self.questionId = questionId
    self.phase = phase
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
      questionId: questionId, phase: .new, step: nil, stability: nil, difficulty: nil, due: nil,
      lastReview: nil, reps: 0, lapses: 0, suspended: false, leech: false, retired: false,
      addedAt: date.timeIntervalSince1970)
  }

  /// Whether the card has never been reviewed.
  public var isNew: Bool { phase == .new }

  /// The FSRS card this row describes.
  public var fsrsCard: Card {
    guard let fsrsState = phase.fsrsState else {
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

  /// The row with an FSRS card's schedule copied in (for simulations).
  public func applying(_ card: Card) -> CardRecord {
    var copy = self
    copy.apply(card)
    return copy
  }

  /// Copies an FSRS card's schedule into the row.
  mutating func apply(_ card: Card) {
    phase = CardPhase(card.state)
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
