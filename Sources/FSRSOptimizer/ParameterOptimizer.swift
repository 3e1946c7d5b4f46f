import FSRS
import Foundation

/// Fits the 21 FSRS-6 weights to a review log, following fsrs-rs 6.6's `compute_parameters`.
///
/// The steps: drop outlier first intervals; with fewer than 8 items keep the defaults;
/// pre-train w0–w3 on first intervals; with fewer than 64 items stop there; otherwise run
/// mini-batch Adam with a cosine-annealed learning rate over the recency-weighted recall loss
/// plus an L2 pull toward the starting weights, clipping to ``ParameterClipper`` after each step;
/// finally re-order and fill w0–w3 as pre-training does.
///
/// ```swift
/// let fit = ParameterOptimizer().fit(log)
/// if fit.kind == .full { save(fit.parameters) }
/// ```
public struct ParameterOptimizer: Sendable {
  /// Below this many items the defaults are returned.
  public static let minimumItems = 8
  /// Below this many items only the initial stabilities are fitted.
  public static let minimumItemsForTraining = 64

  /// The spread of each weight across users (fsrs-rs's `PARAMS_STDDEV`), which scales the pull.
  static let spread: [Double] = [
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57,
    0.25, 1.03, 0.31, 0.32, 0.14, 0.27,
  ]

  /// The hyperparameters.
  public var configuration: TrainingConfiguration

  /// Creates an optimizer.
  /// - Parameter configuration: The hyperparameters; fsrs-rs's by default.
  public init(configuration: TrainingConfiguration = .defaults) {
    self.configuration = configuration
  }

  /// Fits parameters to every item of `log`.
  /// - Parameter log: The review log, items in time order.
  /// - Returns: The parameters and how far the fit went.
  public func fit(_ log: ReviewLog) -> ParameterFit {
    let prepared = log.preparedForTraining()
    let training = prepared.training
    let defaults = ParameterFit(
      parameters: .defaults, kind: .defaults, trainingItems: training.count)
    guard training.count >= Self.minimumItems else { return defaults }
    let recalled = training.count { log.recalled($0) }
    let averageRecall = Double(recalled) / Double(training.count)
    guard
      let initial = InitialStability.pretrain(
        prepared.initialization, in: log, averageRecall: averageRecall)
    else { return defaults }
    let start = initial.stabilities + Parameters.defaults.weights[4...]
    if training.count == prepared.initialization.count
      || training.count < Self.minimumItemsForTraining
    {
      return ParameterFit(
        parameters: Self.validated(start), kind: .initialStabilities,
        trainingItems: training.count)
    }
    var weights = train(training, in: log, from: start)
    guard weights.allSatisfy(\.isFinite) else {
      return ParameterFit(
        parameters: Self.validated(start), kind: .initialStabilities,
        trainingItems: training.count)
    }
    var fitted: [Rating: Double] = [:]
    for rating in Rating.allCases { fitted[rating] = weights[rating.rawValue - 1] }
    if let smoothed = InitialStability.smoothAndFill(fitted, counts: initial.counts) {
      weights.replaceSubrange(0..<4, with: smoothed)
    }
    return ParameterFit(
      parameters: Self.validated(weights), kind: .full, trainingItems: training.count)
  }

  /// The recency weight of the `index`-th of `count` items: 0.25 for the oldest, 1 for the newest.
  static func recencyWeight(_ index: Int, of count: Int) -> Double {
    let x = Double(index) / max(Double(count) - 1, 1)
    return 0.25 + 0.75 * x * x * x
  }

  /// Runs Adam over the training items and returns the weights.
  func train(_ items: [ReviewLog.Item], in log: ReviewLog, from start: [Double]) -> [Double] {
    let weighted = items.enumerated().compactMap { index, item in
      item.position + 1 <= configuration.maximumSequenceLength
        ? (item: item, weight: Self.recencyWeight(index, of: items.count)) : nil
    }
    let sequences = TrainingSequences(weighted, in: log)
    let batches = Self.batches(of: sequences, size: configuration.batchSize)
    let total = Double(weighted.count)
    let iterations = Double((weighted.count / configuration.batchSize + 1) * configuration.epochs)
    var weights = start
    var adam = Adam()
    var rng = SeededGenerator(seed: configuration.seed)
    var order = Array(batches.indices)
    let workspace = RecallGradient.Workspace()
    var stepIndex = 0
    for _ in 0..<configuration.epochs {
      order = Array(batches.indices)
      order.shuffle(using: &rng)
      for b in order {
        let batch = batches[b]
        let learningRate =
          configuration.learningRate * (1 + cos(Double.pi * Double(stepIndex) / iterations)) / 2
        stepIndex += 1
        var gradient = [Double](repeating: 0, count: 21)
        _ = RecallGradient(weights).loss(
          of: batch.cards, in: sequences, gradient: &gradient, workspace: workspace)
        let scale = configuration.gamma * Double(batch.predictions) / total
        for i in 0..<21 {
          let spread = Self.spread[i]
          gradient[i] += 2 * (weights[i] - start[i]) / (spread * spread) * scale
        }
        adam.step(&weights, gradient: gradient, learningRate: learningRate)
        ParameterClipper.clip(&weights, relearningSteps: configuration.relearningSteps)
      }
    }
    return weights
  }

  /// A batch: whole cards holding at most `size` predictions (or one larger card).
  struct Batch {
    var cards: [Int]
    var predictions: Int
  }

  /// Packs cards, shortest history first, into batches of about `size` predictions.
  static func batches(of sequences: TrainingSequences, size: Int) -> [Batch] {
    let cards = (0..<sequences.count).sorted {
      (sequences.lengths[$0], $0) < (sequences.lengths[$1], $1)
    }
    var batches: [Batch] = []
    var current = Batch(cards: [], predictions: 0)
    for card in cards {
      let predictions = sequences.predictions[card]
      if !current.cards.isEmpty && current.predictions + predictions > size {
        batches.append(current)
        current = Batch(cards: [], predictions: 0)
      }
      current.cards.append(card)
      current.predictions += predictions
    }
    if !current.cards.isEmpty { batches.append(current) }
    return batches
  }

  /// Clips to py-fsrs's bounds (which contain fsrs-rs's) so the result always validates.
  static func validated(_ weights: [Double]) -> Parameters {
    let clipped = weights.enumerated().map { i, w in
      min(max(w, Parameters.bounds[i].lowerBound), Parameters.bounds[i].upperBound)
    }
    // Every weight is inside its bounds now, so this cannot throw.
    return (try? Parameters(clipped)) ?? .defaults
  }
}
