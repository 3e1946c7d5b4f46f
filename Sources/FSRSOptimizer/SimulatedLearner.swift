import FSRS
import Foundation

/// A learner whose memory follows FSRS-6 with known "true" weights, reviewing cards on the
/// schedule of a real ``Scheduler`` (fuzz included), for measuring the optimizer and for
/// estimating workload.
///
/// Each simulated day starts at 09:00 UTC (study days are UTC days): a number of new cards are
/// introduced, then every card due that day is reviewed in due order, 20 seconds apart, so
/// learning steps come back the same day. A review's outcome is drawn from the true recall
/// probability, R(t, S) of the true memory state with t the study days since the last review
/// (or the exact fraction of a day for a same-day review); a recall is rated Hard, Good or Easy
/// with fixed odds, a first review with its own odds.
///
/// ```swift
/// var learner = SimulatedLearner(memory: truth, scheduling: try SchedulerConfiguration())
/// let run = learner.run(days: 3650, reviewLimit: 20_000)
/// let log = run.log
/// ```
public struct SimulatedLearner: Sendable {
  /// The weights the learner's memory truly follows.
  public var memory: Parameters
  /// The scheduler deciding when each card is next reviewed.
  public var scheduling: SchedulerConfiguration
  /// New cards introduced each day.
  public var newPerDay = 20
  /// Odds of Again, Hard, Good and Easy on a card's first review.
  public var firstRatingOdds = [0.25, 0.15, 0.5, 0.1]
  /// Odds of Hard, Good and Easy when the card is recalled.
  public var recallRatingOdds = [0.15, 0.75, 0.1]
  /// The random seed; the same seed gives the same log.
  public var seed: UInt64 = 42

  /// Creates a learner.
  /// - Parameters:
  ///   - memory: The true weights of the learner's memory.
  ///   - scheduling: The scheduler's configuration (its own weights, retention, fuzz, steps).
  public init(memory: Parameters, scheduling: SchedulerConfiguration) {
    self.memory = memory
    self.scheduling = scheduling
  }

  /// What a simulation produced.
  public struct Run: Sendable {
    /// Each card's reviews, oldest first.
    public var cards: [[TrainingReview]]
    /// When each review happened, in Unix seconds (same shape as `cards`).
    public var times: [[Double]]
    /// Reviews done on each simulated day.
    public var reviewsPerDay: [Int]
    /// The reviews as a log whose items are in time order.
    public var log: ReviewLog { ReviewLog(cards: cards, times: times) }
    /// All reviews.
    public var reviewCount: Int { reviewsPerDay.reduce(0, +) }
  }

  private struct Learning {
    var card: Card
    var truth: MemoryState?
    var last: Double?
  }

  /// Simulates `days` days, or fewer if `reviewLimit` reviews are reached first.
  /// - Parameters:
  ///   - days: The number of days.
  ///   - reviewLimit: Stop after this many reviews.
  /// - Returns: The review histories and the daily review counts.
  public func run(days: Int, reviewLimit: Int = .max) -> Run {
    let scheduler = Scheduler(scheduling)
    let truth = FSRSMath(parameters: memory)
    var rng = SeededGenerator(seed: seed)
    var states: [Learning] = []
    var cards: [[TrainingReview]] = []
    var times: [[Double]] = []
    var dueOnDay: [Int: [Int]] = [:]
    var perDay: [Int] = []
    var total = 0
    for day in 0..<days {
      let dayStart = Double(day) * 86_400
      let dayEnd = dayStart + 86_400
      var clock = dayStart + 9 * 3600
      for _ in 0..<newPerDay {
        states.append(Learning(card: .new(due: Date(timeIntervalSince1970: clock)), last: nil))
        cards.append([])
        times.append([])
        dueOnDay[day, default: []].append(states.count - 1)
      }
      // The day's queue, ordered by due time (latest last, so the next is popped from the end).
      var queue = (dueOnDay.removeValue(forKey: day) ?? []).sorted {
        (states[$0].card.due, $0) > (states[$1].card.due, $1)
      }
      var reviews = 0
      while let index = queue.popLast(), total < reviewLimit {
        var state = states[index]
        clock = max(clock, state.card.due.timeIntervalSince1970)
        let elapsed = state.last.map { Int(floor(clock / 86_400)) - Int(floor($0 / 86_400)) }
        let rating: Rating
        if let memory = state.truth, let last = state.last, let elapsed {
          let t = elapsed >= 1 ? Double(elapsed) : (clock - last) / 86_400
          let recall = truth.retrievability(elapsedDays: t, stability: memory.stability)
          rating =
            Double.random(in: 0..<1, using: &rng) < recall
            ? Self.draw(recallRatingOdds, from: [.hard, .good, .easy], using: &rng) : .again
        } else {
          rating = Self.draw(firstRatingOdds, from: Rating.allCases, using: &rng)
        }
        let result = scheduler.review(
          state.card, rating: rating, at: Date(timeIntervalSince1970: clock),
          elapsedDays: elapsed, using: &rng)
        state.truth = truth.nextMemory(state.truth, rating: rating, elapsedDays: elapsed)
        state.card = result.card
        state.last = clock
        states[index] = state
        cards[index].append(TrainingReview(rating: rating, elapsedDays: elapsed ?? 0))
        times[index].append(clock)
        reviews += 1
        total += 1
        clock += 20
        let due = result.card.due.timeIntervalSince1970
        if due < dayEnd {
          let at = queue.partitioningIndex { (states[$0].card.due.timeIntervalSince1970) <= due }
          queue.insert(index, at: at)
        } else {
          dueOnDay[Int(floor(due / 86_400)), default: []].append(index)
        }
      }
      perDay.append(reviews)
      if total >= reviewLimit { break }
    }
    let used = cards.indices.filter { !cards[$0].isEmpty }
    return Run(
      cards: used.map { cards[$0] }, times: used.map { times[$0] }, reviewsPerDay: perDay)
  }

  private static func draw(
    _ odds: [Double], from ratings: [Rating], using rng: inout SeededGenerator
  ) -> Rating {
    var u = Double.random(in: 0..<odds.reduce(0, +), using: &rng)
    for (odd, rating) in zip(odds, ratings) {
      if u < odd { return rating }
      u -= odd
    }
    return ratings.last!
  }
}

extension Array {
  /// The first index whose element satisfies `belongs`, for an array partitioned so that
  /// elements failing it come first.
  fileprivate func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if belongs(self[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}
