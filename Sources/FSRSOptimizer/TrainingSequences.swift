import FSRS

/// Card histories laid out flat for the training loop, each with the weight of the prediction
/// made at each review (0 where nothing is predicted).
struct TrainingSequences: Sendable {
  /// Ratings 1–4 of every review, card after card.
  var ratings: [Int] = []
  /// Study days since the previous review, as `Double`.
  var elapsed: [Double] = []
  /// The loss weight of predicting each review; 0 for reviews that are not items.
  var weights: [Double] = []
  /// Where each card's reviews start in the flat arrays.
  var starts: [Int] = []
  /// How many reviews of each card are used (up to its last weighted item).
  var lengths: [Int] = []
  /// How many weighted predictions each card holds.
  var predictions: [Int] = []

  /// Lays out the cards of weighted items; each card is cut after its last item.
  /// - Parameters:
  ///   - items: The items to predict, with their weights.
  ///   - log: The log they come from.
  init(_ items: [(item: ReviewLog.Item, weight: Double)], in log: ReviewLog) {
    var byCard: [Int: [(position: Int, weight: Double)]] = [:]
    for (item, weight) in items {
      byCard[item.card, default: []].append((item.position, weight))
    }
    for card in byCard.keys.sorted() {
      let entries = byCard[card]!
      let length = entries.map(\.position).max()! + 1
      let start = ratings.count
      for review in log.cards[card][0..<length] {
        ratings.append(review.rating.rawValue)
        elapsed.append(Double(review.elapsedDays))
        weights.append(0)
      }
      for entry in entries { weights[start + entry.position] += entry.weight }
      starts.append(start)
      lengths.append(length)
      predictions.append(entries.count)
    }
  }

  /// The number of cards.
  var count: Int { starts.count }
}
