import FSRS
import Foundation
import Testing

/// A generator that always returns the same bits, to pin the ends of the fuzz draw.
private struct ConstantGenerator: RandomNumberGenerator {
  let value: UInt64
  mutating func next() -> UInt64 { value }
}

/// Checks the fuzz range and the uniform Anki-style draw.
@Suite struct FuzzTests {
  @Test(arguments: [36500, 365, 30, 7, 3, 2, 1])
  func fuzzStaysInRange(maximumInterval: Int) throws {
    let scheduler = Scheduler(try SchedulerConfiguration(maximumInterval: maximumInterval))
    var rng = SeededGenerator(seed: UInt64(maximumInterval))
    for days in 1...min(maximumInterval, 1500) {
      guard let range = scheduler.fuzzRange(forInterval: days) else {
        #expect(days < 3, "no fuzz range for \(days) days")
        #expect(scheduler.fuzzedInterval(days, using: &rng) == days)
        continue
      }
      #expect(days >= 3)
      #expect(range.lowerBound >= 2)
      #expect(range.upperBound <= maximumInterval)
      #expect(range.contains(days))
      for _ in 0..<20 {
        let fuzzed = scheduler.fuzzedInterval(days, using: &rng)
        #expect(range.contains(fuzzed), "\(fuzzed) outside \(range) for \(days) days")
      }
    }
  }

  @Test func knownRanges() {
    let scheduler = Scheduler()
    #expect(scheduler.fuzzRange(forInterval: 2) == nil)
    #expect(scheduler.fuzzRange(forInterval: 3) == 2...4)
    #expect(scheduler.fuzzRange(forInterval: 10) == 8...12)
    #expect(scheduler.fuzzRange(forInterval: 100) == 93...107)
  }

  @Test func drawEndsAreLowAndHigh() {
    let scheduler = Scheduler()
    var low = ConstantGenerator(value: 0)
    var high = ConstantGenerator(value: .max)
    #expect(scheduler.fuzzedInterval(100, using: &low) == 93)
    #expect(scheduler.fuzzedInterval(100, using: &high) == 107)
  }

  @Test(arguments: [10, 100])
  func drawIsUniform(days: Int) throws {
    let scheduler = Scheduler()
    let range = try #require(scheduler.fuzzRange(forInterval: days))
    var rng = SeededGenerator(seed: 42)
    var counts: [Int: Int] = [:]
    let draws = 20_000
    for _ in 0..<draws {
      counts[scheduler.fuzzedInterval(days, using: &rng), default: 0] += 1
    }
    #expect(Set(counts.keys) == Set(range))
    let mean = Double(draws) / Double(range.count)
    for (value, count) in counts.sorted(by: { $0.key < $1.key }) {
      #expect(abs(Double(count) - mean) <= 0.25 * mean, "\(value) drawn \(count) times")
    }
  }

  @Test func reviewFuzzesOnlyReviewIntervals() throws {
    let config = try SchedulerConfiguration(maximumInterval: 30)
    let scheduler = Scheduler(config)
    var rng = SeededGenerator(seed: 7)
    let start = Date(timeIntervalSince1970: 1_735_722_000)
    var card = Card.new(due: start)
    var date = start
    let first = scheduler.review(card, rating: .good, at: date, using: &rng)
    #expect(first.interval == 600)
    #expect(first.intervalDays == nil)
    card = first.card
    var fuzzedSome = false
    for _ in 0..<40 {
      date = card.due
      let result = scheduler.review(card, rating: .easy, at: date, using: &rng)
      let stability = try #require(result.card.memory?.stability)
      let days = try #require(result.intervalDays)
      let unfuzzed = scheduler.nextInterval(stability: stability)
      let range = scheduler.fuzzRange(forInterval: unfuzzed) ?? unfuzzed...unfuzzed
      #expect(range.contains(days))
      #expect(days <= 30)
      #expect(result.interval == TimeInterval(days) * 86_400)
      fuzzedSome = fuzzedSome || days != unfuzzed
      card = result.card
    }
    #expect(fuzzedSome)
  }

  @Test func sameSeedReproducesSession() {
    #expect(Self.session(seed: 1) == Self.session(seed: 1))
    #expect(Self.session(seed: 1) != Self.session(seed: 2))
  }

  /// Due dates of a fuzzed 60-review session driven by a seeded generator.
  private static func session(seed: UInt64) -> [Date] {
    let scheduler = Scheduler()
    var rng = SeededGenerator(seed: seed)
    var card = Card.new(due: Date(timeIntervalSince1970: 1_735_722_000))
    var dues: [Date] = []
    for index in 0..<60 {
      let rating = Rating.allCases[index * 7 % 4]
      card = scheduler.review(card, rating: rating, at: card.due, using: &rng).card
      dues.append(card.due)
    }
    return dues
  }
}
