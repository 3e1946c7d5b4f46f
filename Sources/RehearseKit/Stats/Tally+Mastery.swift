import RehearseStore

/// Mastery, 0–100, weighs what the reviews show (weights are renormalised over the parts that
/// have data, so an area with no typed answers is not penalised for missing coverage):
///
/// | part | weight | measure |
/// |---|---|---|
/// | recall | 45% | share of reviews not rated Again |
/// | rating | 20% | mean rating, 1 (Again) → 0 to 4 (Easy) → 1 |
/// | lapses | 15% | 1 − share of Again among reviews of cards already in review |
/// | coverage | 10% | mean key-point coverage of typed answers |
/// | STAR | 10% | mean STAR rubric score of told stories / 100 |
extension Tally {
  /// The mastery score, or nil with no reviews.
  public var mastery: Double? {
    guard let recall, let rating = averageRating else { return nil }
    var parts: [(Double, Double)] = [(0.45, recall), (0.20, (rating - 1) / 3)]
    if let lapseRate { parts.append((0.15, 1 - lapseRate)) }
    if let coverage { parts.append((0.10, coverage)) }
    if let starScore { parts.append((0.10, starScore / 100)) }
    let weight = parts.reduce(0) { $0 + $1.0 }
    return 100 * parts.reduce(0) { $0 + $1.0 * $1.1 } / weight
  }
}
