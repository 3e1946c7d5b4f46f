import FSRS
import Foundation
import GRDB

struct AreaKey: Hashable {
  var area: StatsArea
  var day: Int
}

/// One review's (or many reviews') contribution to an area's day.
struct AreaCounts {
  var reviews = 0
  var again = 0
  var ratingSum = 0
  var mature = 0
  var matureAgain = 0
  var firstMature = 0
  var firstMatureAgain = 0
  var coverageCount = 0
  var scoreCount = 0
  var coverageSum = 0.0
  var scoreSum = 0.0

  init() {}

  init(rating: Int, phaseBefore: Int, elapsedDays: Int?, coverage: Double?, score: Double?) {
    reviews = 1
    again = rating == Rating.again.rawValue ? 1 : 0
    ratingSum = rating
    // Cards already in review; "first of the day" is a review at least a study day after the
    // one before it.
    let inReview = phaseBefore == CardPhase.review.rawValue
    mature = inReview ? 1 : 0
    matureAgain = mature * again
    firstMature = inReview && (elapsedDays ?? 0) >= 1 ? 1 : 0
    firstMatureAgain = firstMature * again
    if let coverage {
      coverageCount = 1
      coverageSum = coverage
    }
    if let score {
      scoreCount = 1
      scoreSum = score
    }
  }

  init(_ r: ReviewRecord) {
    self.init(
      rating: r.rating.rawValue, phaseBefore: r.phaseBefore.rawValue, elapsedDays: r.elapsedDays,
      coverage: r.coverage, score: r.score)
  }

  mutating func add(_ o: AreaCounts) {
    reviews += o.reviews
    again += o.again
    ratingSum += o.ratingSum
    mature += o.mature
    matureAgain += o.matureAgain
    firstMature += o.firstMature
    firstMatureAgain += o.firstMatureAgain
    coverageCount += o.coverageCount
    scoreCount += o.scoreCount
    coverageSum += o.coverageSum
    scoreSum += o.scoreSum
  }

  func values(_ sign: Int) -> StatementArguments {
    [
      sign * reviews, sign * again, sign * ratingSum, sign * mature, sign * matureAgain,
      sign * firstMature,
      sign * firstMatureAgain, sign * coverageCount, sign * scoreCount, Double(sign) * coverageSum,
      Double(sign) * scoreSum,
    ]
  }
}
