import FSRS

/// The review histories of many cards, and the predictions an optimizer learns from.
///
/// Following fsrs-rs, every review after a card's first one that falls on a later study day than
/// the review before it (`elapsedDays > 0`) is one *item*: predict recall from everything before
/// it. Same-day reviews are kept in the histories (they drive the short-term terms) but are never
/// predicted. Items are kept in the order the reviews happened, which is what the recency weights
/// and the time-series split rely on.
///
/// ```swift
/// let log = ReviewLog(cards: [[TrainingReview(rating: .good, elapsedDays: 0),
///                              TrainingReview(rating: .good, elapsedDays: 3)]])
/// log.items.count  // 1
/// ```
public struct ReviewLog: Sendable, Equatable {
  /// One prediction: the review at `position` of card `card`.
  public struct Item: Sendable, Equatable, Hashable {
    /// The card's index in ``ReviewLog/cards``.
    public var card: Int
    /// The index of the predicted review in that card's history (at least 1).
    public var position: Int

    /// Creates an item.
    public init(card: Int, position: Int) {
      self.card = card
      self.position = position
    }
  }

  /// Each card's reviews, oldest first.
  public let cards: [[TrainingReview]]
  /// The items, in the order their reviews happened.
  public let items: [Item]

  /// Creates a log whose items are ordered by the times given for every review.
  /// - Parameters:
  ///   - cards: Each card's reviews, oldest first.
  ///   - times: The same shape as `cards`: when each review happened, in any unit. Ties keep
  ///     card order, then position.
  public init(cards: [[TrainingReview]], times: [[Double]]) {
    precondition(cards.map(\.count) == times.map(\.count), "times must match cards")
    var timed: [(time: Double, item: Item)] = []
    for (card, reviews) in cards.enumerated() {
      for position in reviews.indices.dropFirst() where reviews[position].elapsedDays > 0 {
        timed.append((times[card][position], Item(card: card, position: position)))
      }
    }
    timed.sort {
      ($0.time, $0.item.card, $0.item.position) < ($1.time, $1.item.card, $1.item.position)
    }
    self.init(cards: cards, orderedItems: timed.map(\.item))
  }

  /// Creates a log whose items are ordered card by card (for tests and small examples).
  /// - Parameter cards: Each card's reviews, oldest first.
  public init(cards: [[TrainingReview]]) {
    var items: [Item] = []
    for (card, reviews) in cards.enumerated() {
      for position in reviews.indices.dropFirst() where reviews[position].elapsedDays > 0 {
        items.append(Item(card: card, position: position))
      }
    }
    self.init(cards: cards, orderedItems: items)
  }

  /// Creates a log from cards and items already in time order.
  /// - Parameters:
  ///   - cards: Each card's reviews, oldest first.
  ///   - orderedItems: Items in the order their reviews happened; each must point at a review
  ///     with `elapsedDays > 0` after the first.
  public init(cards: [[TrainingReview]], orderedItems: [Item]) {
    self.cards = cards
    self.items = orderedItems
  }

  /// The same cards with only `items`, in that order.
  /// - Parameter items: A subset of ``items``.
  /// - Returns: A log predicting only those items.
  public func restricted(to items: some Sequence<Item>) -> ReviewLog {
    ReviewLog(cards: cards, orderedItems: Array(items))
  }

  /// The number of reviews in all histories.
  public var reviewCount: Int { cards.reduce(0) { $0 + $1.count } }

  /// The review an item predicts.
  /// - Parameter item: An item of this log.
  public func review(_ item: Item) -> TrainingReview { cards[item.card][item.position] }

  /// Whether an item's review was a recall (anything but Again).
  /// - Parameter item: An item of this log.
  public func recalled(_ item: Item) -> Bool { review(item).rating != .again }

  /// How many reviews up to and including the item's lie on a later day than the review before.
  /// - Parameter item: An item of this log.
  public func longTermReviewCount(_ item: Item) -> Int {
    cards[item.card][0...item.position].count { $0.elapsedDays > 0 }
  }
}
