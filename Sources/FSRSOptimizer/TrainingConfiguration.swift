/// The hyperparameters of a fit; the defaults are fsrs-rs 6.6's `TrainingConfig`.
public struct TrainingConfiguration: Sendable, Equatable {
  /// Passes over the training set.
  public var epochs = 5
  /// Predictions per Adam step (a card's predictions are never split across batches).
  public var batchSize = 512
  /// Adam's initial learning rate, annealed to 0 by a cosine schedule.
  public var learningRate = 4e-2
  /// Items whose history is longer than this many reviews are left out of training.
  public var maximumSequenceLength = 256
  /// The strength of the L2 pull toward the starting parameters.
  public var gamma = 1.0
  /// The seed of the batch shuffle.
  public var seed: UInt64 = 2023
  /// The relearning steps the scheduler uses; more than one lowers the ceiling on w17 and w18.
  public var relearningSteps = 1

  /// The fsrs-rs defaults.
  public static let defaults = TrainingConfiguration()

  /// Creates the default configuration.
  public init() {}
}
