/// scheduler_functions.json: interval rounding and fuzz ranges computed by py-fsrs itself.
struct FunctionsFile: Decodable {
  /// `Scheduler._next_interval(stability)` for one configuration.
  struct IntervalCase: Decodable {
    let decayWeight: Double
    let desiredRetention: Double
    let maximumInterval: Int
    let stability: Double
    let interval: Int
  }

  /// py-fsrs's `_get_fuzz_range` for one interval, `nil` where it applies no fuzz.
  struct FuzzRangeCase: Decodable {
    let maximumInterval: Int
    let intervalDays: Int
    let range: [Int]?
  }

  let intervals: [IntervalCase]
  let fuzzRanges: [FuzzRangeCase]
}
