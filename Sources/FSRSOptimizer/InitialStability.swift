import FSRS
import Foundation

/// Pre-training of the four initial stabilities w0–w3, as fsrs-rs does before gradient descent.
///
/// For each first rating, the recall rate observed at each first interval (Laplace-smoothed
/// toward the average recall) is fitted with the default forgetting curve by ternary search over
/// S in [0.001, 100], with a small L1 pull toward the default S0. Ratings with no data are then
/// filled in from the others with fsrs-rs's fixed exponents, and the four values are made
/// non-decreasing from Again to Easy.
enum InitialStability {
  /// The largest initial stability the optimizer allows.
  static let maximum = 100.0

  /// The observed recall of one first rating at one first interval.
  struct Point {
    var elapsedDays: Double
    var recall: Double
    var count: Double
  }

  /// The pre-trained stabilities and the number of items behind each first rating.
  struct Result {
    var stabilities: [Double]
    var counts: [Rating: Int]
  }

  /// Pre-trains w0–w3 from first-interval items.
  /// - Parameters:
  ///   - items: Items that are their card's first later-day review.
  ///   - log: The log they belong to.
  ///   - averageRecall: The share of recalls over the whole training set.
  /// - Returns: The four stabilities, or `nil` if `items` is empty.
  static func pretrain(_ items: [ReviewLog.Item], in log: ReviewLog, averageRecall: Double)
    -> Result?
  {
    var outcomes: [Rating: [Int: (recalled: Int, count: Int)]] = [:]
    for item in items {
      let first = log.cards[item.card][0].rating
      let days = log.review(item).elapsedDays
      var cell = outcomes[first, default: [:]][days] ?? (0, 0)
      cell.count += 1
      if log.recalled(item) { cell.recalled += 1 }
      outcomes[first, default: [:]][days] = cell
    }
    var fitted: [Rating: Double] = [:]
    var counts: [Rating: Int] = [:]
    for (rating, cells) in outcomes {
      let points = cells.sorted { $0.key < $1.key }.map { days, cell in
        Point(
          elapsedDays: Double(days),
          recall: (Double(cell.recalled) + averageRecall) / Double(cell.count + 1),
          count: Double(cell.count))
      }
      counts[rating] = cells.values.reduce(0) { $0 + $1.count }
      fitted[rating] = search(points, default: Parameters.defaults[rating.rawValue - 1])
    }
    guard let stabilities = smoothAndFill(fitted, counts: counts) else { return nil }
    return Result(stabilities: stabilities, counts: counts)
  }

  /// Ternary search for the stability that best fits `points` on the default curve.
  static func search(_ points: [Point], default s0: Double) -> Double {
    let decay = -Parameters.defaults[20]
    let factor = pow(0.9, 1 / decay) - 1
    func loss(_ s: Double) -> Double {
      var total = 0.0
      for p in points {
        let r = pow(1 + factor * p.elapsedDays / s, decay)
        total -= (p.recall * log(r) + (1 - p.recall) * log(1 - r)) * p.count
      }
      return total + abs(s - s0) / 16
    }
    var low = FSRSMath.minimumStability
    var high = maximum
    var best = s0
    var iterations = 0
    while high - low > Double.ulpOfOne && iterations < 1000 {
      iterations += 1
      let mid1 = low + (high - low) / 3
      let mid2 = high - (high - low) / 3
      if loss(mid1) < loss(mid2) { high = mid2 } else { low = mid1 }
      best = (high + low) / 2
    }
    return best
  }

  /// Orders the known stabilities and fills in the missing ones, as fsrs-rs's `smooth_and_fill`.
  /// - Parameters:
  ///   - known: Stabilities by first rating.
  ///   - counts: Items behind each first rating; ratings without a count are ignored.
  /// - Returns: w0–w3 clamped to [0.001, 100], or `nil` if nothing is known.
  static func smoothAndFill(_ known: [Rating: Double], counts: [Rating: Int]) -> [Double]? {
    var s = known.filter { counts[$0.key] != nil }
    let pairs: [(Rating, Rating)] = [
      (.again, .hard), (.hard, .good), (.good, .easy), (.again, .good), (.hard, .easy),
      (.again, .easy),
    ]
    for (small, big) in pairs {
      guard let a = s[small], let b = s[big], a > b else { continue }
      if counts[small]! > counts[big]! { s[big] = a } else { s[small] = b }
    }
    let w1 = 0.41
    let w2 = 0.54
    var r1 = s[.again]
    var r2 = s[.hard]
    var r3 = s[.good]
    var r4 = s[.easy]
    switch s.count {
    case 0:
      return nil
    case 1:
      let (rating, value) = s.first!
      let factor = value / Parameters.defaults[rating.rawValue - 1]
      let scaled = (0..<4).map { Parameters.defaults[$0] * factor }.sorted()
      return scaled.map(clamp)
    case 2:
      switch (r1, r2, r3, r4) {
      case (nil, nil, let c?, let d?):
        let b = pow(c, 1 / (1 - w2)) * pow(d, 1 - 1 / (1 - w2))
        r2 = b
        r1 = pow(b, 1 / w1) * pow(c, 1 - 1 / w1)
      case (nil, let b?, nil, let d?):
        let c = pow(b, 1 - w2) * pow(d, w2)
        r3 = c
        r1 = pow(b, 1 / w1) * pow(c, 1 - 1 / w1)
      case (nil, let b?, let c?, nil):
        r4 = pow(b, 1 - 1 / w2) * pow(c, 1 / w2)
        r1 = pow(b, 1 / w1) * pow(c, 1 - 1 / w1)
      case (let a?, nil, nil, let d?):
        let k = w1 + w2 - w1 * w2
        r2 = pow(a, w1 / k) * pow(d, 1 - w1 / k)
        r3 = pow(a, 1 - w2 / k) * pow(d, w2 / k)
      case (let a?, nil, let c?, nil):
        let b = pow(a, w1) * pow(c, 1 - w1)
        r2 = b
        r4 = pow(b, 1 - 1 / w2) * pow(c, 1 / w2)
      case (let a?, let b?, nil, nil):
        let c = pow(a, 1 - 1 / (1 - w1)) * pow(b, 1 / (1 - w1))
        r3 = c
        r4 = pow(b, 1 - 1 / w2) * pow(c, 1 / w2)
      default:
        break
      }
    case 3:
      if r1 == nil, let b = r2, let c = r3 {
        r1 = pow(b, 1 / w1) * pow(c, 1 - 1 / w1)
      } else if r2 == nil, let a = r1, let c = r3 {
        r2 = pow(a, w1) * pow(c, 1 - w1)
      } else if r3 == nil, let b = r2, let d = r4 {
        r3 = pow(b, 1 - w2) * pow(d, w2)
      } else if r4 == nil, let b = r2, let c = r3 {
        r4 = pow(b, 1 - 1 / w2) * pow(c, 1 / w2)
      }
    default:
      break
    }
    let filled = [r1, r2, r3, r4].compactMap { $0 }
    guard filled.count == 4 else { return nil }
    return filled.map(clamp)
  }

  private static func clamp(_ s: Double) -> Double {
    min(max(s, FSRSMath.minimumStability), maximum)
  }
}
