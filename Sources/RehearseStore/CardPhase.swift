import FSRS

/// Where a card stands in its life: never answered, or in one of FSRS's three states.
///
/// Stored as an integer in the `card.state` and `review.state`/`state_before` columns:
/// 0 new, then FSRS's own raw values (1 learning, 2 review, 3 relearning).
public enum CardPhase: Int, Sendable, Codable, CaseIterable, Comparable {
  case new = 0
  case learning = 1
  case review = 2
  case relearning = 3

  /// The phase of an FSRS card that has been answered at least once.
  public init(_ state: CardState) {
    switch state {
    case .learning: self = .learning
    case .review: self = .review
    case .relearning: self = .relearning
    }
  }

  /// The FSRS state, or nil for a new card.
  public var fsrsState: CardState? {
    switch self {
    case .new: nil
    case .learning: .learning
    case .review: .review
    case .relearning: .relearning
    }
  }

  /// The phase as a word: new, learning, review or relearning.
  public var name: String {
    switch self {
    case .new: "new"
    case .learning: "learning"
    case .review: "review"
    case .relearning: "relearning"
    }
  }

  public static func < (a: CardPhase, b: CardPhase) -> Bool { a.rawValue < b.rawValue }
}
