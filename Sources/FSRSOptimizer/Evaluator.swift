import FSRS
import Foundation

/// Scores parameters on a review log, as fsrs-rs's `evaluate` and
/// `evaluate_with_time_series_splits` do.
public enum Evaluator {
  /// Log loss and RMSE(bins) of `parameters` on every item of `log`, with fsrs-rs's recency
  /// weights (recent reviews count up to four times as much as the oldest).
  /// - Parameters:
  ///   - parameters: The weights to score.
  ///   - log: The log.
  /// - Returns: The two metrics.
  public static func evaluate(_ parameters: Parameters, on log: ReviewLog) -> ModelEvaluation {
    let predictions = RecallPredictor(parameters).predictions(of: log.items, in: log)
    let weights = log.items.indices.map {
      ParameterOptimizer.recencyWeight($0, of: log.items.count)
    }
    var bins = RecallBins()
    for (index, item) in log.items.enumerated() {
      bins.add(predictions[index], item: item, in: log, weight: weights[index])
    }
    return ModelEvaluation(
      logLoss: logLoss(predictions, labels: log.items.map(log.recalled), weights: weights),
      rmseBins: bins.rmse)
  }

  /// Out-of-sample metrics over a five-fold time-series split: the items are cut into six
  /// segments in time order, and segment k+1 is predicted by parameters fitted to segments
  /// 0…k (or, with `fixed`, by those parameters throughout). Test items are unweighted.
  /// - Parameters:
  ///   - log: The log.
  ///   - fixed: Parameters to score as they are, or `nil` to fit each fold.
  ///   - optimizer: The optimizer that fits each fold.
  /// - Returns: The metrics, or `nil` with fewer than six items.
  public static func timeSeriesSplit(
    _ log: ReviewLog, fixed: Parameters? = nil, optimizer: ParameterOptimizer = .init()
  ) -> ModelEvaluation? {
    let splits = 5
    let segment = log.items.count / (splits + 1)
    guard segment > 0 else { return nil }
    var predictions: [Double] = []
    var labels: [Bool] = []
    var bins = RecallBins()
    for fold in 0..<splits {
      let testStart = (fold + 1) * segment
      let testEnd = fold == splits - 1 ? log.items.count : (fold + 2) * segment
      let parameters =
        fixed ?? optimizer.fit(log.restricted(to: log.items[..<testStart])).parameters
      let test = Array(log.items[testStart..<testEnd])
      let predicted = RecallPredictor(parameters).predictions(of: test, in: log)
      for (index, item) in test.enumerated() {
        bins.add(predicted[index], item: item, in: log, weight: 1)
        labels.append(log.recalled(item))
      }
      predictions += predicted
    }
    let weights = [Double](repeating: 1, count: predictions.count)
    return ModelEvaluation(
      logLoss: logLoss(predictions, labels: labels, weights: weights), rmseBins: bins.rmse)
  }

  static func logLoss(_ predictions: [Double], labels: [Bool], weights: [Double]) -> Double {
    var loss = 0.0
    var total = 0.0
    for i in predictions.indices {
      let p = predictions[i]
      loss += (labels[i] ? log(p) : log(1 - p)) * weights[i]
      total += weights[i]
    }
    return -loss / total
  }
}
