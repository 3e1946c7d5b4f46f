/// Running totals of reviews for one area (a category, topic or competency) over some study
/// days, as the store keeps them in `area_day`. ``mastery`` (in RehearseKit) turns them into
/// a score.
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
}
