import Foundation

/// Schedules card reviews with FSRS-6, reproducing py-fsrs 6.3.2.
///
/// ```swift
/// let scheduler = Scheduler(.defaults)
/// var card = Card.new(due: now)
/// let result = scheduler.review(card, rating: .good, at: now)
/// card = result.card  // due 10 minutes later, at learning step 1
/// ```
///
/// Elapsed time is counted like py-fsrs, in whole 24-hour periods since the last review, unless
/// the caller passes its own `elapsedDays` (for instance calendar days with a rollover hour).
public struct Scheduler: Sendable {
  /// The settings this scheduler applies.
  public let configuration: SchedulerConfiguration
  /// The FSRS formulas for the configured weights.
  public let math: FSRSMath

  /// Creates a scheduler.
  /// - Parameter configuration: The weights, retention, steps, cap and fuzz setting.
  public init(_ configuration: SchedulerConfiguration = .defaults) {
    self.configuration = configuration
    math = FSRSMath(parameters: configuration.parameters)
  }

  /// Reviews a card, drawing any interval fuzz from `rng`.
  ///
  /// Updates stability and difficulty (see ``FSRSMath/nextMemory(_:rating:elapsedDays:)``),
  /// moves the card through the learning, review and relearning steps, fuzzes a review
  /// interval when fuzzing is on, and sets `due` and `lastReview`.
  /// - Parameters:
  ///   - card: The card before the review.
  ///   - rating: The learner's rating.
  ///   - date: When the review happens.
  ///   - elapsedDays: Whole days since the last review, overriding py-fsrs's count of 24-hour
  ///     periods; ignored for a first review.
  ///   - rng: The source of fuzz.
  /// - Returns: The updated card and the figures behind its schedule.
  public func review(
    _ card: Card, rating: Rating, at date: Date, elapsedDays: Int? = nil,
    using rng: inout some RandomNumberGenerator
  ) -> ReviewResult {
    let elapsed = card.memory == nil ? nil : resolvedElapsedDays(card, at: date, elapsedDays)
    let recall = retrievability(of: card, at: date, elapsedDays: elapsedDays)
    let memory = math.nextMemory(card.memory, rating: rating, elapsedDays: elapsed)
    let move = transition(card, rating: rating, stability: memory.stability)

    var days = move.days
    if let scheduled = days, configuration.enableFuzzing {
      days = fuzzedInterval(scheduled, using: &rng)
    }
    let interval = days.map { TimeInterval($0) * Self.secondsPerDay } ?? move.seconds
    let next = Card(
      state: move.state, step: move.step, memory: memory, due: date + interval, lastReview: date)
    return ReviewResult(
      card: next, retrievability: recall, elapsedDays: elapsed, interval: interval,
      intervalDays: days)
  }

  /// Reviews a card, drawing any interval fuzz from the system generator.
  /// - Parameters:
  ///   - card: The card before the review.
  ///   - rating: The learner's rating.
  ///   - date: When the review happens.
  ///   - elapsedDays: Whole days since the last review, overriding the 24-hour count.
  /// - Returns: The updated card and the figures behind its schedule.
  public func review(_ card: Card, rating: Rating, at date: Date, elapsedDays: Int? = nil)
    -> ReviewResult
  {
    var rng = SystemRandomNumberGenerator()
    return review(card, rating: rating, at: date, elapsedDays: elapsedDays, using: &rng)
  }

  /// Returns the card's probability of recall at `date`: 0 if never reviewed, else R(max(0, t), S).
  /// - Parameters:
  ///   - card: The card.
  ///   - date: The moment to evaluate.
  ///   - elapsedDays: Whole days since the last review, overriding the 24-hour count.
  /// - Returns: The probability of recall, in [0, 1].
  public func retrievability(of card: Card, at date: Date, elapsedDays: Int? = nil) -> Double {
    guard let memory = card.memory,
      let elapsed = resolvedElapsedDays(card, at: date, elapsedDays)
    else { return 0 }
    return math.retrievability(elapsedDays: Double(max(0, elapsed)), stability: memory.stability)
  }

  /// Returns the review interval in days for a stability: I(S) rounded half-to-even, then
  /// clamped to [1, maximumInterval].
  /// - Parameter stability: The stability in days.
  /// - Returns: The interval in whole days.
  public func nextInterval(stability: Double) -> Int {
    let days = math.interval(stability: stability, desiredRetention: configuration.desiredRetention)
    let rounded = days.rounded(.toNearestOrEven)
    // Compare in floating point first so a huge stability cannot overflow Int.
    guard rounded < Double(configuration.maximumInterval) else {
      return configuration.maximumInterval
    }
    return max(Int(rounded), 1)
  }

  /// Returns the whole 24-hour periods from `start` to `end`, rounded down like Python's
  /// `timedelta.days` (so one second early is -1), at microsecond resolution.
  /// - Parameters:
  ///   - start: The earlier moment (the last review).
  ///   - end: The later moment (the review).
  /// - Returns: The whole days elapsed, negative if `end` is before `start`.
  public static func elapsedDays(from start: Date, to end: Date) -> Int {
    let microseconds = Int64((end.timeIntervalSince(start) * 1_000_000).rounded())
    let perDay: Int64 = 86_400_000_000
    let days =
      microseconds >= 0 ? microseconds / perDay : -((-microseconds + perDay - 1) / perDay)
    return Int(days)
  }

  /// The seconds in one day.
  static let secondsPerDay: TimeInterval = 86_400

  /// The caller's elapsed days, or the py-fsrs count from the last review, or nil if neither.
  private func resolvedElapsedDays(_ card: Card, at date: Date, _ override: Int?) -> Int? {
    override ?? card.lastReview.map { Self.elapsedDays(from: $0, to: date) }
  }
}
