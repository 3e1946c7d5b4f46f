import FSRS
import Foundation
import Testing

/// Checks elapsed-day semantics, the override, the step rules and Codable.
@Suite struct SchedulerTests {
  let start = Date(timeIntervalSince1970: 1_735_722_000)  // 2025-01-01 09:00 UTC
  let day: TimeInterval = 86_400

  /// A card that graduated with Good, Good (S = 2.3065), reviewed at `start + 10 min`.
  func graduated(_ scheduler: Scheduler) -> Card {
    let learning = scheduler.review(.new(due: start), rating: .good, at: start).card
    return scheduler.review(learning, rating: .good, at: start + 600).card
  }

  @Test func elapsedDaysFloorsLikeTimedelta() {
    #expect(Scheduler.elapsedDays(from: start, to: start + day) == 1)
    #expect(Scheduler.elapsedDays(from: start, to: start + day - 1) == 0)
    #expect(Scheduler.elapsedDays(from: start, to: start + 3 * day - 1) == 2)
    #expect(Scheduler.elapsedDays(from: start, to: start - 1) == -1)
    #expect(Scheduler.elapsedDays(from: start, to: start - day) == -1)
    #expect(Scheduler.elapsedDays(from: start, to: start - day - 0.5) == -2)
  }

  @Test func elapsedDaysOverrideChangesRetrievability() throws {
    let scheduler = Scheduler(try SchedulerConfiguration(enableFuzzing: false))
    let card = graduated(scheduler)
    let memory = try #require(card.memory)
    let date = start + 600 + 3 * day - 60  // 2 whole 24 h periods, the 3rd calendar day
    let counted = scheduler.retrievability(of: card, at: date)
    let overridden = scheduler.retrievability(of: card, at: date, elapsedDays: 3)
    #expect(counted == scheduler.math.retrievability(elapsedDays: 2, stability: memory.stability))
    #expect(
      overridden == scheduler.math.retrievability(elapsedDays: 3, stability: memory.stability))
    #expect(overridden < counted)

    let plain = scheduler.review(card, rating: .good, at: date)
    let result = scheduler.review(card, rating: .good, at: date, elapsedDays: 3)
    #expect(plain.elapsedDays == 2)
    #expect(result.elapsedDays == 3)
    #expect(result.retrievability == overridden)
    let expected = scheduler.math.nextStability(
      difficulty: memory.difficulty, stability: memory.stability, retrievability: overridden,
      rating: .good)
    #expect(result.card.memory?.stability == expected)
    #expect(result.card.memory?.stability != plain.card.memory?.stability)
  }

  @Test func overrideOfZeroDaysIsASameDayReview() throws {
    let scheduler = Scheduler(try SchedulerConfiguration(enableFuzzing: false))
    let card = graduated(scheduler)
    let memory = try #require(card.memory)
    let result = scheduler.review(card, rating: .good, at: start + 5 * day, elapsedDays: 0)
    #expect(result.retrievability == 1)
    #expect(
      result.card.memory?.stability
        == scheduler.math.shortTermStability(memory.stability, rating: .good))
  }

  @Test func reviewBeforeLastReviewCountsAsSameDay() throws {
    let scheduler = Scheduler(try SchedulerConfiguration(enableFuzzing: false))
    let card = graduated(scheduler)
    let result = scheduler.review(card, rating: .good, at: start)
    #expect(result.elapsedDays == -1)
    #expect(result.retrievability == 1)
  }

  @Test func firstReviewHasNoElapsedDaysAndZeroRetrievability() {
    let scheduler = Scheduler()
    let card = Card.new(due: start)
    #expect(scheduler.retrievability(of: card, at: start + day) == 0)
    let result = scheduler.review(card, rating: .again, at: start, elapsedDays: 4)
    #expect(result.elapsedDays == nil)
    #expect(result.retrievability == 0)
    #expect(result.card.memory == MemoryState(stability: 0.212, difficulty: 6.4133))
    #expect(result.card.state == .learning && result.card.step == 0)
    #expect(result.interval == 60)
  }

  @Test func hardStepIntervals() throws {
    let one = Scheduler(try SchedulerConfiguration(learningSteps: [600]))
    #expect(one.review(.new(due: start), rating: .hard, at: start).interval == 900)
    let three = Scheduler(try SchedulerConfiguration(learningSteps: [300, 1800, 7200]))
    let hard = three.review(.new(due: start), rating: .hard, at: start)
    #expect(hard.interval == 1050)
    #expect(hard.card.step == 0)
    var card = three.review(.new(due: start), rating: .good, at: start).card
    card = three.review(card, rating: .good, at: start + 300).card
    let last = three.review(card, rating: .hard, at: start + 2100)
    #expect(last.card.step == 2)
    #expect(last.interval == 7200)
  }

  @Test func stepsShortenedSinceLastReviewGraduate() throws {
    let scheduler = Scheduler(try SchedulerConfiguration(enableFuzzing: false))
    var card = Card.new(due: start)
    card.step = 5
    #expect(scheduler.review(card, rating: .hard, at: start).card.state == .review)
    let again = scheduler.review(card, rating: .again, at: start)
    #expect(again.card.state == .learning && again.card.step == 0 && again.interval == 60)
  }

  @Test func emptyStepsSkipLearningAndRelearning() throws {
    let scheduler = Scheduler(
      try SchedulerConfiguration(learningSteps: [], relearningSteps: [], enableFuzzing: false))
    let first = scheduler.review(.new(due: start), rating: .again, at: start)
    #expect(first.card.state == .review && first.card.step == nil)
    #expect(first.intervalDays == 1)
    let lapse = scheduler.review(first.card, rating: .again, at: start + 10 * day)
    #expect(lapse.card.state == .review)
    #expect(lapse.intervalDays != nil)
  }

  @Test func cardRoundTripsThroughCodable() throws {
    let scheduler = Scheduler()
    let card = graduated(scheduler)
    let data = try JSONEncoder().encode(card)
    #expect(try JSONDecoder().decode(Card.self, from: data) == card)
    let fresh = Card.new(due: start)
    #expect(try JSONDecoder().decode(Card.self, from: JSONEncoder().encode(fresh)) == fresh)
  }
}
