import FSRS
import Foundation
import GRDB

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
