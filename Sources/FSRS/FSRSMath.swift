import Foundation

/// The pure FSRS-6 formulas of py-fsrs 6.3.2, for one set of weights.
///
/// Every function reproduces py-fsrs's order of floating-point operations, and exponentials of
/// e are computed as `pow(e, x)` like Python's `math.e ** x` (not `exp`, which can differ in the
/// last bit). The scheduler uses these; an optimizer can reuse them.
public struct FSRSMath: Sendable, Equatable {
  /// The lowest stability any update may produce (py-fsrs `STABILITY_MIN`); there is no ceiling.
  public static let minimumStability = 0.001
  /// The range difficulty is clamped to.
  public static let difficultyRange: ClosedRange<Double> = 1...10

  /// Python's `math.e`.
  private static let e = 2.718281828459045

  /// The weights.
  public let parameters: Parameters
  /// The forgetting-curve exponent, `-w[20]`.
  public let decay: Double
  /// The curve scale `0.9^(1/decay) - 1`, chosen so that R(S, S) = 0.9.
  public let factor: Double

  /// Creates the formulas for one set of weights.
  /// - Parameter parameters: The FSRS-6 weights.
  public init(parameters: Parameters) {
    self.parameters = parameters
    decay = -parameters[20]
    factor = pow(0.9, 1 / decay) - 1
  }

  /// Returns the probability of recall after `elapsedDays` for a card of stability `stability`.
  ///
  /// R(t, S) = (1 + factor · t / S)^decay. Callers clamp `t` at 0 (py-fsrs uses `max(0, t)`).
  /// - Parameters:
  ///   - elapsedDays: The days since the last review (whole days in py-fsrs).
  ///   - stability: The stability in days.
  /// - Returns: The probability of recall, in (0, 1].
  public func retrievability(elapsedDays: Double, stability: Double) -> Double {
    pow(1 + factor * elapsedDays / stability, decay)
  }

  /// Returns the unrounded interval in days at which R falls to `desiredRetention`.
  /// - Parameters:
  ///   - stability: The stability in days.
  ///   - desiredRetention: The target recall probability.
  /// - Returns: The interval in days, not rounded or clamped.
  public func interval(stability: Double, desiredRetention: Double) -> Double {
    (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
  }

  /// Returns the stability after a first review: S0(G) = max(w[G-1], 0.001).
  /// - Parameter rating: The first rating.
  /// - Returns: The initial stability in days.
  public func initialStability(_ rating: Rating) -> Double {
    max(parameters[rating.rawValue - 1], Self.minimumStability)
  }

  /// Returns the difficulty after a first review: D0(G) = w4 - e^(w5·(G-1)) + 1.
  /// - Parameters:
  ///   - rating: The first rating.
  ///   - clamped: Whether to clamp to [1, 10] (true for a card; mean reversion uses false).
  /// - Returns: The initial difficulty.
  public func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
    let value =
      parameters[4] - pow(Self.e, parameters[5] * Double(rating.rawValue - 1)) + 1
    return clamped ? Self.clampDifficulty(value) : value
  }

  /// Returns the difficulty after a review: linear damping, then mean reversion toward the
  /// unclamped D0(Easy), then clamping to [1, 10].
  /// - Parameters:
  ///   - difficulty: The difficulty before the review.
  ///   - rating: The rating given.
  /// - Returns: The new difficulty, in [1, 10].
  public func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
    let target = initialDifficulty(.easy, clamped: false)
    let delta = -(parameters[6] * Double(rating.rawValue - 3))
    let damped = difficulty + (10 - difficulty) * delta / 9
    let reverted = parameters[7] * target + (1 - parameters[7]) * damped
    return Self.clampDifficulty(reverted)
  }

  /// Returns the stability after a successful review (Hard, Good or Easy), before the floor.
  /// - Parameters:
  ///   - difficulty: The difficulty before the review.
  ///   - stability: The stability before the review.
  ///   - retrievability: R at the review.
  ///   - rating: Hard, Good or Easy.
  /// - Returns: The new stability in days, not floored.
  public func recallStability(
    difficulty: Double, stability: Double, retrievability: Double, rating: Rating
  ) -> Double {
    let hardPenalty = rating == .hard ? parameters[15] : 1
    let easyBonus = rating == .easy ? parameters[16] : 1
    let growth =
      pow(Self.e, parameters[8]) * (11 - difficulty) * pow(stability, -parameters[9])
      * (pow(Self.e, (1 - retrievability) * parameters[10]) - 1) * hardPenalty * easyBonus
    return stability * (1 + growth)
  }

  /// Returns the stability after a lapse (Again), before the floor: the smaller of the
  /// long-term lapse formula and `S / e^(w17·w18)`.
  /// - Parameters:
  ///   - difficulty: The difficulty before the review.
  ///   - stability: The stability before the review.
  ///   - retrievability: R at the review.
  /// - Returns: The new stability in days, not floored.
  public func forgetStability(difficulty: Double, stability: Double, retrievability: Double)
    -> Double
  {
    let longTerm =
      parameters[11] * pow(difficulty, -parameters[12])
      * (pow(stability + 1, parameters[13]) - 1)
      * pow(Self.e, (1 - retrievability) * parameters[14])
    let shortTerm = stability / pow(Self.e, parameters[17] * parameters[18])
    return min(longTerm, shortTerm)
  }

  /// Returns the stability after a review at least a day after the last one (floored at 0.001).
  /// - Parameters:
  ///   - difficulty: The difficulty before the review.
  ///   - stability: The stability before the review.
  ///   - retrievability: R at the review.
  ///   - rating: The rating given.
  /// - Returns: The new stability in days, at least 0.001.
  public func nextStability(
    difficulty: Double, stability: Double, retrievability: Double, rating: Rating
  ) -> Double {
    let next =
      rating == .again
      ? forgetStability(
        difficulty: difficulty, stability: stability, retrievability: retrievability)
      : recallStability(
        difficulty: difficulty, stability: stability, retrievability: retrievability,
        rating: rating)
    return max(next, Self.minimumStability)
  }

  /// Returns the stability after a same-day review (under one day since the last one).
  ///
  /// SInc = e^(w17·(G-3+w18)) · S^-w19, floored at 1 for Hard, Good and Easy (py-fsrs 6.3.2);
  /// the result is floored at 0.001.
  /// - Parameters:
  ///   - stability: The stability before the review.
  ///   - rating: The rating given.
  /// - Returns: The new stability in days, at least 0.001.
  public func shortTermStability(_ stability: Double, rating: Rating) -> Double {
    var increase =
      pow(Self.e, parameters[17] * (Double(rating.rawValue - 3) + parameters[18]))
      * pow(stability, -parameters[19])
    if rating != .again {
      increase = max(increase, 1)
    }
    return max(stability * increase, Self.minimumStability)
  }

  /// Returns the memory state after a review, exactly as py-fsrs updates S and D in every state.
  ///
  /// A first review (`memory == nil`) uses S0 and clamped D0. A review under a day after the
  /// last one uses the short-term stability. Otherwise S follows recall or forget at R(t, S),
  /// where `elapsedDays == nil` (no last review known) means R = 0. Both updates use the old D.
  /// - Parameters:
  ///   - memory: The memory state before the review, or `nil` for a first review.
  ///   - rating: The rating given.
  ///   - elapsedDays: Whole days since the last review, or `nil` if unknown.
  /// - Returns: The stability and difficulty after the review.
  public func nextMemory(_ memory: MemoryState?, rating: Rating, elapsedDays: Int?)
    -> MemoryState
  {
    guard let memory else {
      return MemoryState(
        stability: initialStability(rating), difficulty: initialDifficulty(rating))
    }
    let difficulty = nextDifficulty(memory.difficulty, rating: rating)
    if let elapsedDays, elapsedDays < 1 {
      return MemoryState(
        stability: shortTermStability(memory.stability, rating: rating), difficulty: difficulty)
    }
    let recall =
      elapsedDays.map {
        retrievability(elapsedDays: Double(max(0, $0)), stability: memory.stability)
      } ?? 0
    let stability = nextStability(
      difficulty: memory.difficulty, stability: memory.stability, retrievability: recall,
      rating: rating)
    return MemoryState(stability: stability, difficulty: difficulty)
  }

  /// Clamps a difficulty to [1, 10].
  /// - Parameter difficulty: Any difficulty.
  /// - Returns: `difficulty` limited to [1, 10].
  public static func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
  }
}
