/// The two FSRS memory variables of a card.
public struct MemoryState: Sendable, Equatable, Codable {
  /// The interval in days after which recall probability falls to 90 %; at least 0.001.
  public var stability: Double
  /// How hard the card is to remember, in [1, 10].
  public var difficulty: Double

  /// Creates a memory state.
  /// - Parameters:
  ///   - stability: The stability in days.
  ///   - difficulty: The difficulty, in [1, 10].
  public init(stability: Double, difficulty: Double) {
    self.stability = stability
    self.difficulty = difficulty
  }
}
