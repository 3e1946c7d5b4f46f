import FSRS
import Foundation
import GRDB

/// A card's memory state and its full review history, replayed from the log (Anki's card info).
public struct CardHistory: Sendable {
  /// One review as the replay computes it.
  public struct Entry: Sendable, Equatable {
    public var reviewId: String
    public var reviewedAt: Date
    public var rating: Rating
    public var elapsedDays: Int?
    public var retrievability: Double
    public var stability: Double
    public var difficulty: Double
    public var phase: CardPhase
    public var step: Int?
    /// Seconds until due.
    public var interval: TimeInterval
    public var intervalDays: Int?
    public var due: Date
    public var durationMs: Int?
    public var source: ReviewSource
  }

  public var card: CardRecord
  public var entries: [Entry]
  /// Cram and undone reviews, which do not count for the schedule.
  public var ignoredReviews: Int
}

extension Store {
  /// The replayed history of one card.
  /// - Throws: ``StoreError/unknownQuestion(_:)``.
  public func history(of questionId: String) throws -> CardHistory {
    try writer.read { db in
      guard let card = try CardRecord.fetchOne(db, key: questionId) else {
        throw StoreError.unknownQuestion(questionId)
      }
      let reviews = try activeReviews(of: questionId, in: db)
      let total = try ReviewRecord.filter(Column("question_id") == questionId).fetchCount(db)
      let steps = try replay(reviews, startingFrom: card)
      let entries = zip(reviews, steps).map { review, step in
        CardHistory.Entry(
          reviewId: review.id, reviewedAt: Date(timeIntervalSince1970: review.reviewedAt),
          rating: review.rating, elapsedDays: step.result.elapsedDays,
          retrievability: step.result.retrievability,
          stability: step.result.card.memory?.stability ?? 0,
          difficulty: step.result.card.memory?.difficulty ?? 0,
          phase: CardPhase(step.result.card.state), step: step.result.card.step,
          interval: step.result.interval,
          intervalDays: step.result.intervalDays, due: step.result.card.due,
          durationMs: review.durationMs,
          source: review.source)
      }
      return CardHistory(card: card, entries: entries, ignoredReviews: total - reviews.count)
    }
  }
}
