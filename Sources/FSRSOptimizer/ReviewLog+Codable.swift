import FSRS

/// A log is stored compactly: `{"cards": [[[rating, elapsedDays], …], …], "items": [[card,
/// position], …]}`, items in time order. The bench writes this for fsrs-rs and the tests read it.
extension ReviewLog: Codable {
  private enum CodingKeys: String, CodingKey { case cards, items }

  /// Reads a log in the compact form.
  /// - Throws: `DecodingError` for a malformed file or a rating outside 1–4.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let rawCards = try container.decode([[[Int]]].self, forKey: .cards)
    let rawItems = try container.decode([[Int]].self, forKey: .items)
    let cards = try rawCards.map { reviews in
      try reviews.map { pair in
        guard pair.count == 2, let rating = Rating(rawValue: pair[0]), pair[1] >= 0 else {
          throw DecodingError.dataCorruptedError(
            forKey: .cards, in: container, debugDescription: "bad review \(pair)")
        }
        return TrainingReview(rating: rating, elapsedDays: pair[1])
      }
    }
    let items = try rawItems.map { pair in
      guard pair.count == 2, cards.indices.contains(pair[0]),
        (1..<cards[pair[0]].count).contains(pair[1])
      else {
        throw DecodingError.dataCorruptedError(
          forKey: .items, in: container, debugDescription: "bad item \(pair)")
      }
      return Item(card: pair[0], position: pair[1])
    }
    self.init(cards: cards, orderedItems: items)
  }

  /// Writes the log in the compact form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(
      cards.map { $0.map { [$0.rating.rawValue, $0.elapsedDays] } }, forKey: .cards)
    try container.encode(items.map { [$0.card, $0.position] }, forKey: .items)
  }
}
