import Foundation

/// The outcome of the state machine for one review.
struct StepMove: Equatable {
  /// The new state.
  var state: CardState
  /// The new step, `nil` in review.
  var step: Int?
  /// The interval in seconds, used when `days` is nil (a (re)learning step).
  var seconds: TimeInterval
  /// The interval in whole days when the new state is review.
  var days: Int?
}
