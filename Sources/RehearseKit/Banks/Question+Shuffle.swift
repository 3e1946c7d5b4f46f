import FSRS
import Foundation
import RehearseStore

extension Question {
  /// The question with its options in an order drawn for one showing: the same `seed` gives
  /// the same order, so the letters stay put while it is answered, and the position of the
  /// right option cannot be learnt across reviews.
  public func withShuffledChoices(seed: UInt64) -> Question {
    guard choices.count > 1 else { return self }
    var rng = SeededGenerator(seed: seed)
    var copy = self
    copy.choices.shuffle(using: &rng)
    return copy
  }

  /// The seed for the showing after `reviews` kept reviews of this question: each review
  /// draws a new order, and a review taken back with `:undo` is shown the same way again.
  public func shuffleSeed(reviews: Int) -> UInt64 {
    var hash = FNV1a()
    hash.addField(id)
    hash.addField(String(reviews))
    return hash.value
  }
}
