import FSRS
import Foundation

/// The bounds fsrs-rs 6.6 clips the weights to after every training step.
///
/// They are py-fsrs's ``Parameters/bounds`` with two training-time changes: when short-term
/// terms are trained w19 is at least 0.01, and with more than one relearning step w17 and w18
/// are capped so that a lapse followed by all its same-day steps cannot raise stability.
enum ParameterClipper {
  /// Clips weights in place.
  /// - Parameters:
  ///   - w: 21 weights.
  ///   - relearningSteps: The scheduler's number of relearning steps.
  ///   - shortTerm: Whether the short-term weights are trained (raises w19's floor to 0.01).
  static func clip(_ w: inout [Double], relearningSteps: Int, shortTerm: Bool = true) {
    var ceiling = 2.0
    if relearningSteps > 1 {
      let limit = -(log(w[11]) + log(pow(2, w[13]) - 1) + w[14] * 0.3) / Double(relearningSteps)
      ceiling = min(max(limit, 0.01).squareRoot(), 2)
    }
    for i in w.indices {
      var range = Parameters.bounds[i]
      if i == 17 || i == 18 { range = 0...ceiling }
      if i == 19 && shortTerm { range = 0.01...0.8 }
      w[i] = min(max(w[i], range.lowerBound), range.upperBound)
    }
  }
}
