/// One band of py-fsrs's fuzz table: intervals between `start` and `end` days add `factor`/day.
private struct FuzzBand {
  let start: Double
  let end: Double
  let factor: Double
}

/// py-fsrs's `FUZZ_RANGES`.
private let fuzzBands = [
  FuzzBand(start: 2.5, end: 7, factor: 0.15),
  FuzzBand(start: 7, end: 20, factor: 0.10),
  FuzzBand(start: 20, end: .infinity, factor: 0.05),
]

extension Scheduler {
  /// Returns the days a review interval may be fuzzed to, or `nil` below 2.5 days (no fuzz).
  ///
  /// Same range as py-fsrs: `delta = 1 + Σ factor · overlap` over the fuzz table,
  /// `lo = max(2, round(ivl - delta))`, `hi = min(round(ivl + delta), maximumInterval)`,
  /// `lo = min(lo, hi)`, with Python's round-half-to-even.
  /// - Parameter days: The unfuzzed interval in days.
  /// - Returns: The allowed days, or `nil` when the interval is not fuzzed.
  public func fuzzRange(forInterval days: Int) -> ClosedRange<Int>? {
    let interval = Double(days)
    guard interval >= 2.5 else { return nil }
    var delta = 1.0
    for band in fuzzBands {
      delta += band.factor * max(min(interval, band.end) - band.start, 0)
    }
    var low = max(2, Int((interval - delta).rounded(.toNearestOrEven)))
    let high = min(Int((interval + delta).rounded(.toNearestOrEven)), configuration.maximumInterval)
    low = min(low, high)
    return low...high
  }

  /// Returns a review interval fuzzed uniformly over ``fuzzRange(forInterval:)`` (Anki's draw).
  ///
  /// The draw is `floor(lo + u · (hi - lo + 1))` with `u` uniform in [0, 1) from `rng`, so every
  /// day in [lo, hi] is equally likely (py-fsrs rounds instead, which can give hi + 1).
  /// Intervals below 2.5 days are returned unchanged.
  /// - Parameters:
  ///   - days: The unfuzzed interval in days.
  ///   - rng: The source of randomness.
  /// - Returns: The fuzzed interval in days.
  public func fuzzedInterval(_ days: Int, using rng: inout some RandomNumberGenerator) -> Int {
    guard let range = fuzzRange(forInterval: days) else { return days }
    let unit = Double.random(in: 0..<1, using: &rng)
    let width = Double(range.upperBound - range.lowerBound + 1)
    let drawn = Int((Double(range.lowerBound) + unit * width).rounded(.down))
    return min(drawn, range.upperBound)
  }
}
