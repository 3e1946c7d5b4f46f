import FSRS
import FSRSOptimizer
import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// `rehearse optimize` below the command line: which reviews count, and fitting and saving
/// the user's own parameters.
struct ParameterOptimizationTests {
  static let start = StoreFixtures.utc("2025-01-01 00:00")

  @Test func onlySchedulingReviewsCountAndDaysAreStudyDays() throws {
    let settings = StoreFixtures.exactSettings { $0.rolloverHour = 4 }
    let store = try Store.temporary(settings: settings)
    try store.sync(with: CatalogFixtures.catalog(ids: ["a", "b"]), at: Self.start)
    func review(_ id: String, _ time: String, _ rating: Rating, cram: Bool = false) throws
      -> String
    {
      try store.record(
        ReviewInput(
          questionId: id, rating: rating, reviewedAt: StoreFixtures.utc(time), cram: cram)
      ).review.id
    }
    _ = try review("a", "2025-01-01 23:00", .good)
    // 03:00 is still the study day of 2025-01-01 (rollover 04:00); 05:00 is the next one.
    _ = try review("a", "2025-01-02 03:00", .good)
    _ = try review("a", "2025-01-02 05:00", .again)
    _ = try review("a", "2025-01-03 09:00", .good, cram: true)
    let undone = try review("b", "2025-01-03 09:00", .hard)
    try store.undo(reviewId: undone, at: StoreFixtures.utc("2025-01-03 09:01"))
    _ = try store.importReviews([
      ImportedReview(
        line: 2, questionId: "b",
        reviewedAt: StoreFixtures.utc("2025-01-04 10:00")
          .timeIntervalSince1970, rating: .easy, durationMs: nil)
    ])

    let timelines = try store.reviewTimelines()
    #expect(timelines.cramReviews == 1)
    #expect(timelines.undoneReviews == 1)
    #expect(timelines.timelines.map(\.questionId) == ["a", "b"])
    #expect(
      timelines.timelines.map { $0.entries.map(\.rating) } == [[.good, .good, .again], [.easy]])
    let log = ParameterOptimization.log(timelines.timelines)
    #expect(log.cards[0].map(\.elapsedDays) == [0, 0, 1])
    #expect(log.items == [ReviewLog.Item(card: 0, position: 2)])
  }

  /// A store holding a simulated learner's log, as if imported.
  static func simulatedStore(reviews: Int, settings: Settings) throws -> Store {
    let store = try Store.temporary(settings: settings)
    var learner = SimulatedLearner(memory: .defaults, scheduling: .defaults)
    learner.newPerDay = 10
    let run = learner.run(days: 1000, reviewLimit: reviews)
    let ids = run.cards.indices.map { "q\($0)" }
    try store.sync(with: CatalogFixtures.catalog(ids: ids), at: Self.start)
    var rows: [ImportedReview] = []
    for (card, reviews) in run.cards.enumerated() {
      for (index, review) in reviews.enumerated() {
        rows.append(
          ImportedReview(
            line: rows.count + 2, questionId: ids[card],
            reviewedAt: Self.start.timeIntervalSince1970 + run.times[card][index],
            rating: review.rating, durationMs: nil))
      }
    }
    _ = try store.importReviews(rows)
    return store
  }

  @Test func fitsScoresAndSavesTheParameters() throws {
    let settings = StoreFixtures.exactSettings { $0.newPerDay = 5 }
    let store = try Self.simulatedStore(reviews: 3_000, settings: settings)
    let report = try ParameterOptimization.run(
      store.reviewTimelines(), settings: settings, outOfSample: false)
    #expect(report.counted.reviews == 3_000)
    #expect(report.reviewsNeeded == nil)
    let fitted = try #require(report.fitted)
    let current = try #require(report.currentScores)
    let scores = try #require(report.fittedScores)
    #expect(scores.inSample.logLoss < current.inSample.logLoss)
    #expect(try #require(report.workload).fitted > 0)

    let home = try TemporaryDirectory()
    defer { home.remove() }
    let config = home.url.appending(path: "config.yaml")
    try Data("# mine\ndesired_retention: 0.85\n".utf8).write(to: config)
    try ParameterOptimization.save(fitted, to: config)
    let loaded = SettingsFile.load(config)
    #expect(loaded.isValid)
    #expect(loaded.settings.parameters == fitted)
    #expect(loaded.settings.desiredRetention == 0.85)
    #expect(try String(contentsOf: config, encoding: .utf8).hasPrefix("# mine\n"))
  }

  @Test func tooFewReviewsSayHowManyMoreAndFitNothing() throws {
    let settings = StoreFixtures.exactSettings()
    let store = try Self.simulatedStore(reviews: 60, settings: settings)
    let report = try ParameterOptimization.run(store.reviewTimelines(), settings: settings)
    #expect(report.fitted == nil)
    let needed = try #require(report.reviewsNeeded)
    #expect(needed > 0 && needed <= ParameterOptimizer.minimumItemsForTraining)
  }
}
