import FSRS
import Foundation
import RehearseStore

/// The user's scheduling and session settings, from `config.yaml` over built-in defaults.
public struct Settings: Sendable, Equatable {
  /// Target probability of recalling a card when it comes due (0.70–0.99).
  public var desiredRetention = 0.90
  /// Learning steps for new cards, in seconds.
  public var learningSteps: [TimeInterval] = [60, 600]
  /// Relearning steps after a lapse, in seconds.
  public var relearningSteps: [TimeInterval] = [600]
  /// The longest interval in days.
  public var maximumInterval = 36500
  /// Whether review intervals are spread by a small random amount.
  public var fuzz = true
  /// The local hour at which a new study day starts (0–23).
  public var rolloverHour = 4
  /// New questions introduced per day.
  public var newPerDay = 20
  /// Minutes a day's drill should take (0: no limit); new questions fill what reviews leave.
  public var dailyMinutes = 30
  /// Review cards shown per day at most.
  public var reviewsPerDay = 200
  /// Lapses after which a card is a leech and is suspended.
  public var leechLapses = 8
  /// Custom FSRS-6 parameters (21 numbers), or nil for the defaults.
  public var parameters: [Double]?
  /// Whether typed answers are kept in the review log.
  public var keepAnswers = true
  /// Whether typed answer lines go into the line-editing history (Up recalls them) and its
  /// file; by default only `:commands`, ratings and option letters do.
  public var historyAnswers = false
  /// Whether a typed answer is followed by one follow-up question, as an interviewer probes.
  public var followUps = true

  /// The built-in defaults.
  public init() {}

  /// The FSRS scheduler these settings describe.
  /// - Throws: ``ParameterError`` or ``ConfigurationError`` when a value is out of bounds
  ///   (the config file reader reports these first, with positions).
  public func schedulerConfiguration() throws -> SchedulerConfiguration {
    try SchedulerConfiguration(
      parameters: try parameters.map { try Parameters($0) } ?? .defaults,
      desiredRetention: desiredRetention, learningSteps: learningSteps,
      relearningSteps: relearningSteps, maximumInterval: maximumInterval, enableFuzzing: fuzz)
  }

  /// What the store needs of these settings.
  /// - Throws: as ``schedulerConfiguration()``.
  public func storeSettings() throws -> StoreSettings {
    StoreSettings(
      scheduler: try schedulerConfiguration(), rolloverHour: rolloverHour, newPerDay: newPerDay,
      leechLapses: leechLapses, keepAnswers: keepAnswers)
  }
}
