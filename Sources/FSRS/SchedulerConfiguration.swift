import Foundation

/// The settings of a ``Scheduler``: weights, desired retention, steps, interval cap and fuzz.
public struct SchedulerConfiguration: Sendable, Equatable {
  /// The FSRS-6 weights.
  public let parameters: Parameters
  /// The recall probability the schedule aims for at the due date, in (0, 1).
  public let desiredRetention: Double
  /// The learning steps in seconds; empty sends a new card straight to review.
  public let learningSteps: [TimeInterval]
  /// The relearning steps in seconds; empty keeps a lapsed card in review.
  public let relearningSteps: [TimeInterval]
  /// The longest interval in days a review card can get.
  public let maximumInterval: Int
  /// Whether review intervals are fuzzed (see ``Scheduler/fuzzedInterval(_:using:)``).
  public let enableFuzzing: Bool

  /// py-fsrs's defaults: default weights, 0.9 retention, steps 1 m and 10 m, relearning 10 m,
  /// 36500 days, fuzz on.
  public static let defaults = SchedulerConfiguration(
    unchecked: .defaults, desiredRetention: 0.9, learningSteps: [60, 600],
    relearningSteps: [600], maximumInterval: 36500, enableFuzzing: true)

  /// Creates a configuration after checking its values.
  /// - Parameters:
  ///   - parameters: The FSRS-6 weights.
  ///   - desiredRetention: Target recall probability, strictly between 0 and 1.
  ///   - learningSteps: Learning steps in seconds, each positive.
  ///   - relearningSteps: Relearning steps in seconds, each positive.
  ///   - maximumInterval: The interval cap in days, at least 1.
  ///   - enableFuzzing: Whether review intervals are fuzzed.
  /// - Throws: ``ConfigurationError`` for the first value out of range.
  public init(
    parameters: Parameters = .defaults,
    desiredRetention: Double = 0.9,
    learningSteps: [TimeInterval] = [60, 600],
    relearningSteps: [TimeInterval] = [600],
    maximumInterval: Int = 36500,
    enableFuzzing: Bool = true
  ) throws(ConfigurationError) {
    guard desiredRetention > 0, desiredRetention < 1 else {
      throw ConfigurationError(.desiredRetention(desiredRetention))
    }
    guard maximumInterval >= 1 else {
      throw ConfigurationError(.maximumInterval(maximumInterval))
    }
    for (relearning, steps) in [(false, learningSteps), (true, relearningSteps)] {
      for (index, value) in steps.enumerated() where !(value > 0 && value.isFinite) {
        throw ConfigurationError(.step(relearning: relearning, index: index, value: value))
      }
    }
    self.init(
      unchecked: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
      relearningSteps: relearningSteps, maximumInterval: maximumInterval,
      enableFuzzing: enableFuzzing)
  }

  private init(
    unchecked parameters: Parameters, desiredRetention: Double, learningSteps: [TimeInterval],
    relearningSteps: [TimeInterval], maximumInterval: Int, enableFuzzing: Bool
  ) {
    self.parameters = parameters
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.enableFuzzing = enableFuzzing
  }
}
