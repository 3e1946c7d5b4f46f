import FSRS
import Testing

@testable import FSRSOptimizer

/// The simulated learner is what the optimizer is measured on, so its logs must be reproducible
/// and shaped like a real user's.
struct SimulatedLearnerTests {
  @Test func sameSeedSameLog() {
    let learner = SimulatedLearner(memory: .defaults, scheduling: .defaults)
    let a = learner.run(days: 60, reviewLimit: 2_000)
    let b = learner.run(days: 60, reviewLimit: 2_000)
    #expect(a.cards == b.cards)
    #expect(a.reviewCount == 2_000)
  }

  @Test func logHasSameDayStepsAndLaterDayItems() {
    let run = SimulatedLearner(memory: .defaults, scheduling: .defaults).run(days: 30)
    let reviews = run.cards.flatMap { $0.dropFirst() }
    #expect(reviews.contains { $0.elapsedDays == 0 })
    #expect(reviews.contains { $0.elapsedDays > 0 && $0.rating == .again })
    #expect(run.log.items.count == reviews.count { $0.elapsedDays > 0 })
  }

  @Test func higherRetentionMeansMoreReviews() throws {
    let relaxed = try SchedulerConfiguration(desiredRetention: 0.8)
    let strict = try SchedulerConfiguration(desiredRetention: 0.95)
    #expect(
      Workload.reviewsPerDay(strict, newPerDay: 5, days: 120)
        > Workload.reviewsPerDay(relaxed, newPerDay: 5, days: 120))
  }
}
