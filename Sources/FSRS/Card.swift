import Foundation

/// The scheduling record of one card: its state, step, memory and due date.
public struct Card: Sendable, Equatable, Codable {
  /// The card's phase.
  public var state: CardState
  /// The index of the current (re)learning step, or `nil` in ``CardState/review``.
  public var step: Int?
  /// Stability and difficulty, or `nil` before the first review.
  public var memory: MemoryState?
  /// When the card is next due.
  public var due: Date
  /// When the card was last reviewed, or `nil` before the first review.
  public var lastReview: Date?

  /// Creates a card from its stored fields.
  /// - Parameters:
  ///   - state: The card's phase.
  ///   - step: The (re)learning step, or `nil` in review.
  ///   - memory: Stability and difficulty, or `nil` if never reviewed.
  ///   - due: When the card is due.
  ///   - lastReview: When the card was last reviewed, if ever.
  public init(
    state: CardState, step: Int?, memory: MemoryState?, due: Date, lastReview: Date?
  ) {
    self.state = state
    self.step = step
    self.memory = memory
    self.due = due
    self.lastReview = lastReview
  }

  /// Returns a never-reviewed card: learning, step 0, no memory state.
  /// - Parameter due: When the card becomes due for its first review.
  /// - Returns: A new card with no memory state.
  public static func new(due: Date) -> Card {
    Card(state: .learning, step: 0, memory: nil, due: due, lastReview: nil)
  }
}
