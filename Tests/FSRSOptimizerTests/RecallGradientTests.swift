import FSRS
import Testing

@testable import FSRSOptimizer

/// The analytic gradient must agree with finite differences of the loss it differentiates;
/// otherwise Adam walks the wrong way.
struct RecallGradientTests {
  /// Small histories that exercise every branch: same-day steps, lapses, Hard and Easy.
  static let log = ReviewLog(
    cards: [
      [(1, 0), (3, 0), (3, 1), (2, 3), (1, 6), (3, 0), (3, 2), (4, 5)],
      [(4, 0), (3, 8), (3, 20), (1, 40), (1, 0), (3, 1)],
      [(2, 0), (3, 0), (2, 2), (4, 4), (3, 12)],
      [(3, 0), (1, 2), (3, 0), (3, 3), (3, 9)],
    ].map { $0.map { TrainingReview(rating: Rating(rawValue: $0.0)!, elapsedDays: $0.1) } })

  static func loss(_ weights: [Double], _ sequences: TrainingSequences) -> Double {
    var unused = [Double](repeating: 0, count: 21)
    return RecallGradient(weights).loss(
      of: 0..<sequences.count, in: sequences, gradient: &unused,
      workspace: RecallGradient.Workspace())
  }

  @Test func analyticGradientMatchesFiniteDifferences() {
    let items = Self.log.items.enumerated().map { ($1, 0.5 + Double($0) / 10) }
    let sequences = TrainingSequences(items, in: Self.log)
    // Away from the defaults' clamps so every weight has a gradient.
    var w = Parameters.defaults.weights
    w[7] = 0.05
    w[19] = 0.1
    var gradient = [Double](repeating: 0, count: 21)
    _ = RecallGradient(w).loss(
      of: 0..<sequences.count, in: sequences, gradient: &gradient,
      workspace: RecallGradient.Workspace())
    for i in 0..<21 {
      let h = max(1e-6, abs(w[i]) * 1e-6)
      var up = w
      var down = w
      up[i] += h
      down[i] -= h
      let numeric = (Self.loss(up, sequences) - Self.loss(down, sequences)) / (2 * h)
      #expect(
        abs(numeric - gradient[i]) <= 1e-5 * max(1, abs(numeric)),
        "w\(i): analytic \(gradient[i]), numeric \(numeric)")
    }
  }
}
