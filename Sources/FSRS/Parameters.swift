/// The 21 trainable weights w[0]…w[20] of FSRS-6, validated against py-fsrs 6.3.2's bounds.
///
/// ```swift
/// let custom = try Parameters(weights)  // throws ParameterError naming the bad weight
/// let scheduler = Scheduler(try SchedulerConfiguration(parameters: custom))
/// ```
public struct Parameters: Sendable, Equatable {
  /// The number of FSRS-6 weights.
  public static let count = 21

  /// The weights, w[0] first.
  public let weights: [Double]

  /// The FSRS-6 default weights, identical in py-fsrs, fsrs-rs and the srs-benchmark.
  public static let defaults = Parameters(validated: [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ])

  /// The closed range each weight must lie in (py-fsrs's lower and upper bounds), by index.
  public static let bounds: [ClosedRange<Double>] = [
    0.001...100, 0.001...100, 0.001...100, 0.001...100,  // w0-3: initial stabilities
    1...10,  // w4: D0(Again)
    0.001...4,  // w5: initial-difficulty exponent
    0.001...4,  // w6: difficulty step per grade
    0.001...0.75,  // w7: mean-reversion weight
    0...4.5, 0...0.8, 0.001...3.5,  // w8-10: recall stability
    0.001...5, 0.001...0.25, 0.001...0.9, 0...4,  // w11-14: forget stability
    0...1,  // w15: Hard penalty
    1...6,  // w16: Easy bonus
    0...2, 0...2, 0...0.8,  // w17-19: short-term stability
    0.1...0.8,  // w20: decay
  ]

  /// Creates parameters after checking the count and every weight's bounds.
  /// - Parameter weights: Exactly 21 weights, w[0] first.
  /// - Throws: ``ParameterError`` if there are not 21 weights, or for the first weight outside
  ///   ``bounds`` (NaN included).
  public init(_ weights: [Double]) throws(ParameterError) {
    guard weights.count == Self.count else {
      throw ParameterError(.wrongCount(expected: Self.count, actual: weights.count))
    }
    for (index, value) in weights.enumerated() where !Self.bounds[index].contains(value) {
      throw ParameterError(.outOfBounds(index: index, value: value, bounds: Self.bounds[index]))
    }
    self.weights = weights
  }

  private init(validated weights: [Double]) {
    self.weights = weights
  }

  /// Returns weight w[index].
  /// - Parameter index: An index in 0..<21.
  public subscript(index: Int) -> Double {
    weights[index]
  }
}
