/// The error thrown when FSRS weights are malformed.
public struct ParameterError: Error, CustomStringConvertible, Equatable {
  /// What is wrong with the weights.
  public enum Reason: Sendable, Equatable {
    /// The list does not hold exactly `expected` weights.
    case wrongCount(expected: Int, actual: Int)
    /// Weight w[index] lies outside its allowed range.
    case outOfBounds(index: Int, value: Double, bounds: ClosedRange<Double>)
  }

  /// What is wrong with the weights.
  public let reason: Reason

  /// Creates an error.
  /// - Parameter reason: What is wrong with the weights.
  public init(_ reason: Reason) {
    self.reason = reason
  }

  /// A short lowercase phrase such as `parameter w[20] = 0.95 is out of bounds [0.1, 0.8]`.
  public var description: String {
    switch reason {
    case .wrongCount(let expected, let actual):
      return "expected \(expected) parameters, got \(actual)"
    case .outOfBounds(let index, let value, let bounds):
      return "parameter w[\(index)] = \(value) is out of bounds "
        + "[\(bounds.lowerBound), \(bounds.upperBound)]"
    }
  }
}
