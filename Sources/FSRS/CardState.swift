/// The scheduling phase of a card, numbered as in py-fsrs.
///
/// There is no "new" state: a card that was never reviewed is ``learning`` at step 0 and has no
/// ``MemoryState`` yet.
public enum CardState: Int, Sendable, Codable {
  /// Being learned for the first time, through the learning steps.
  case learning = 1
  /// Graduated: scheduled in whole days from its stability.
  case review
  /// Lapsed from review, going through the relearning steps.
  case relearning
}
