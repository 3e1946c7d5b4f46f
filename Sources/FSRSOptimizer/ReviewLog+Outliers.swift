import FSRS

extension ReviewLog {
  /// A first rating and the study days until the card's first later-day review.
  struct FirstInterval: Hashable {
    var firstRating: Rating
    var elapsedDays: Int
  }

  /// The log split as fsrs-rs prepares it for training.
  struct Prepared {
    /// First-interval items kept for pre-training the initial stabilities.
    var initialization: [Item]
    /// The items to train on: every item whose card's first interval was not an outlier.
    var training: [Item]
  }

  /// Removes outlier first intervals the way fsrs-rs 6.6 does before training.
  ///
  /// The items that are a card's first later-day review are grouped by the card's first rating
  /// and the days until that review. Within each rating, the rarest intervals (fewest items,
  /// then shortest) are dropped until 5 % of the items (at least 20) are gone; of the rest, an
  /// interval is kept for pre-training only if it has at least 6 items and is at most 100 days
  /// (365 after a first Easy). Every card whose first interval was dropped leaves the training
  /// set as well.
  func preparedForTraining() -> Prepared {
    // A card's first later-day review is the only item whose history has one.
    let firstLongTerm = cards.map { reviews in
      reviews.firstIndex { $0.elapsedDays > 0 } ?? reviews.count
    }
    var groups: [Rating: [Int: [Item]]] = [:]
    for item in items where item.position == firstLongTerm[item.card] {
      let first = cards[item.card][0].rating
      groups[first, default: [:]][review(item).elapsedDays, default: []].append(item)
    }
    var removed: Set<FirstInterval> = []
    var initialization: [Item] = []
    for rating in Rating.allCases {
      guard let byDays = groups[rating] else { continue }
      // Rarest first; among equally rare intervals, the shortest first.
      let ordered = byDays.sorted {
        ($0.value.count, $0.key) < ($1.value.count, $1.key)
      }
      let total = byDays.values.reduce(0) { $0 + $1.count }
      let quota = max(20, total / 20)
      var dropped = 0
      for (days, group) in ordered {
        if dropped + group.count >= quota {
          let limit = rating == .easy ? 365 : 100
          if group.count >= 6 && days <= limit {
            initialization.append(contentsOf: group)
          } else {
            removed.insert(FirstInterval(firstRating: rating, elapsedDays: days))
          }
        } else {
          dropped += group.count
          removed.insert(FirstInterval(firstRating: rating, elapsedDays: days))
        }
      }
    }
    var kept: [Bool?] = Array(repeating: nil, count: cards.count)
    let training = items.filter { item in
      if let known = kept[item.card] { return known }
      let reviews = cards[item.card]
      let first = reviews[firstLongTerm[item.card]]
      let keep = !removed.contains(
        FirstInterval(firstRating: reviews[0].rating, elapsedDays: first.elapsedDays))
      kept[item.card] = keep
      return keep
    }
    return Prepared(initialization: initialization, training: training)
  }
}
