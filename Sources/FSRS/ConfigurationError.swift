import Foundation

/// The error thrown when a ``SchedulerConfiguration`` value is out of range.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
  /// Which setting is wrong.
  public enum Reason: Sendable, Equatable {
    /// The desired retention is not strictly between 0 and 1.
    case desiredRetention(Double)
    /// The maximum interval is below one day.
    case maximumInterval(Int)
    /// A learning step (or a relearning step when `relearning` is true) is not positive.
    case step(relearning: Bool, index: Int, value: TimeInterval)
  }

  /// Which setting is wrong.
  public let reason: Reason

  /// Creates an error.
  /// - Parameter reason: Which setting is wrong.
  public init(_ reason: Reason) {
    self.reason = reason
  }

  /// A short lowercase phrase naming the setting, its value and what is allowed.
  public var description: String {
    switch reason {
    case .desiredRetention(let value):
      return "desired retention \(value) is not strictly between 0 and 1"
    case .maximumInterval(let value):
      return "maximum interval \(value) is below 1 day"
    case .step(let relearning, let index, let value):
      let name = relearning ? "relearning" : "learning"
      return "\(name) step \(index) = \(value) s is not a positive number of seconds"
    }
  }
}
