import FSRS

extension Rating {
  /// The rating as the user types and reads it: again, hard, good or easy.
  public var name: String {
    switch self {
    case .again: "again"
    case .hard: "hard"
    case .good: "good"
    case .easy: "easy"
    }
  }

  /// Reads 1–4, a name, or a prefix of a name (`g` for good).
  public init?(typed text: String) {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard !t.isEmpty else { return nil }
    if let n = Int(t) {
      guard let rating = Rating(rawValue: n) else { return nil }
      self = rating
      return
    }
    guard let rating = Rating.allCases.first(where: { $0.name.hasPrefix(t) }) else { return nil }
    self = rating
  }
}
