/// Running totals of reviews for one area (a category, topic or competency) and the mastery
/// score built from them.
///
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
public struct Tally: Sendable, Equatable, Codable {
  public var reviews = 0
  public var again = 0
  public var ratingSum = 0
  public var matureReviews = 0
  public var matureAgain = 0
  public var coverageSum = 0.0
  public var coverageCount = 0
  public var scoreSum = 0.0
  public var scoreCount = 0

  public init() {}

  public mutating func add(_ other: Tally) {
    reviews += other.reviews
    again += other.again
    ratingSum += other.ratingSum
    matureReviews += other.matureReviews
    matureAgain += other.matureAgain
    coverageSum += other.coverageSum
    coverageCount += other.coverageCount
    scoreSum += other.scoreSum
    scoreCount += other.scoreCount
  }

  /// Share of reviews not rated Again.
  public var recall: Double? { reviews > 0 ? Double(reviews - again) / Double(reviews) : nil }
  public var averageRating: Double? { reviews > 0 ? Double(ratingSum) / Double(reviews) : nil }
  public var lapseRate: Double? {
    matureReviews > 0 ? Double(matureAgain) / Double(matureReviews) : nil
  }
  public var coverage: Double? { coverageCount > 0 ? coverageSum / Double(coverageCount) : nil }
  public var starScore: Double? { scoreCount > 0 ? scoreSum / Double(scoreCount) : nil }

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
