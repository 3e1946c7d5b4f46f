/// How well a set of parameters predicts a review log: fsrs-rs's two metrics.
public struct ModelEvaluation: Sendable, Equatable, Codable {
  /// Weighted binary cross-entropy of the predicted recall probabilities (lower is better).
  public var logLoss: Double
  /// Root mean square error between predicted and observed recall, over bins of interval,
  /// review count and lapse count (lower is better).
  public var rmseBins: Double

  /// Creates an evaluation.
  public init(logLoss: Double, rmseBins: Double) {
    self.logLoss = logLoss
    self.rmseBins = rmseBins
  }
}
