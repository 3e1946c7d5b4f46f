import FSRS
import Foundation

/// Predicts the recall probability of each item of a log with fsrs-rs's inference model.
///
/// The model is the training model without gradients: stability clamped to [0.001, 36500] and
/// difficulty to [1, 10] at every step, same-day reviews through the short-term formula. The
/// parameters are clipped as fsrs-rs's `FSRS::new` does (w19's floor 0, one relearning step).
public struct RecallPredictor: Sendable {
  private let w: [Double]
  private let decay: Double
  private let factor: Double

  /// Creates a predictor.
  /// - Parameter parameters: The weights to predict with.
  public init(_ parameters: Parameters) {
    var weights = parameters.weights
    ParameterClipper.clip(&weights, relearningSteps: 1, shortTerm: false)
    w = weights
    decay = -weights[20]
    factor = pow(0.9, 1 / decay) - 1
  }

  /// Returns the predicted recall of each item, in the order of `items`.
  /// - Parameters:
  ///   - items: Items of `log`.
  ///   - log: The log.
  public func predictions(of items: [ReviewLog.Item], in log: ReviewLog) -> [Double] {
    var byCard: [Int: [(index: Int, position: Int)]] = [:]
    for (index, item) in items.enumerated() {
      byCard[item.card, default: []].append((index, item.position))
    }
    var result = [Double](repeating: 0, count: items.count)
    for (card, wanted) in byCard {
      let recall = recallBefore(log.cards[card], through: wanted.map(\.position).max()!)
      for entry in wanted { result[entry.index] = recall[entry.position] }
    }
    return result
  }

  /// R at each review of a history up to `last`, from the state before that review.
  func recallBefore(_ reviews: [TrainingReview], through last: Int) -> [Double] {
    var recall = [Double](repeating: 1, count: last + 1)
    let first = reviews[0].rating.rawValue
    var s = min(max(w[first - 1], FSRSMath.minimumStability), RecallGradient.maximumStability)
    var d = min(max(w[4] - exp(w[5] * Double(first - 1)) + 1, 1), 10)
    let easy = w[4] - exp(3 * w[5]) + 1
    guard last >= 1 else { return recall }
    for i in 1...last {
      let review = reviews[i]
      let t = Double(review.elapsedDays)
      let r = pow(1 + t / s * factor, decay)
      recall[i] = r
      let g = review.rating.rawValue
      let next: Double
      if t == 0 {
        let raw = exp(w[17] * (Double(g) - 3 + w[18])) * pow(s, -w[19])
        next = s * (g >= 2 ? max(raw, 1) : raw)
      } else if g == 1 {
        let raw = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * exp((1 - r) * w[14])
        next = min(raw, s / exp(w[17] * w[18]))
      } else {
        let hard = g == 2 ? w[15] : 1
        let bonus = g == 4 ? w[16] : 1
        next =
          s
          * (1 + exp(w[8]) * (11 - d) * pow(s, -w[9]) * (exp((1 - r) * w[10]) - 1) * hard
            * bonus)
      }
      let damped = d + (10 - d) * (-w[6] * Double(g - 3)) / 9
      d = min(max(w[7] * (easy - damped) + damped, 1), 10)
      s = min(max(next, FSRSMath.minimumStability), RecallGradient.maximumStability)
    }
    return recall
  }
}
