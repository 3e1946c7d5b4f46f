import FSRS
import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

@Suite struct StatsTests {
  static let utc = TimeZone(identifier: "UTC")!

  func world() throws -> (Store, BankCatalog) {
    var settings = Settings()
    settings.fuzz = false
    let store = try Store.temporary(settings: settings, timeZone: Self.utc)
    let yaml = BankFixtures.bank(
      questions: [
        BankFixtures.recall(id: "a1", topic: "alpha"),
        BankFixtures.recall(id: "a2", topic: "alpha"),
        BankFixtures.recall(id: "b1", topic: "beta"),
      ].joined(separator: "\n"))
    let catalog = BankFixtures.load(yaml)
    try store.sync(with: catalog, at: Date(timeIntervalSince1970: 0))
    return (store, catalog)
  }

  func at(_ day: Int, _ hour: Double = 10) -> Date {
    Date(
      timeIntervalSince1970: 1_780_000_000 - 1_780_000_000.truncatingRemainder(dividingBy: 86400)
        + Double(day) * 86400 + hour * 3600)
  }

  /// Records a review the way a session does, with the question's stats areas.
  @discardableResult
  func record(_ store: Store, _ catalog: BankCatalog, _ id: String, _ rating: Rating, _ at: Date)
    throws
    -> RecordedReview
  {
    try store.record(
      ReviewInput(
        questionId: id, rating: rating, reviewedAt: at, areas: catalog.question(id: id)?.areas ?? []
      ))
  }

  @Test func masteryFollowsTheDocumentedFormula() {
    var t = Tally()
    (t.reviews, t.again, t.ratingSum) = (10, 2, 28)
    // recall 0.8, rating (2.8-1)/3 = 0.6; only those two parts have data.
    #expect(abs((t.mastery ?? 0) - 100 * (0.45 * 0.8 + 0.20 * 0.6) / 0.65) < 1e-9)
    (t.matureReviews, t.matureAgain, t.coverageSum, t.coverageCount) = (4, 1, 1.5, 2)
    let expected = 100 * (0.45 * 0.8 + 0.20 * 0.6 + 0.15 * 0.75 + 0.10 * 0.75) / 0.90
    #expect(abs((t.mastery ?? 0) - expected) < 1e-9)
    #expect(Tally().mastery == nil)
  }

  @Test func trueRetentionCountsFirstReviewOfTheDayOfLearnedCardsOnly() throws {
    let (store, catalog) = try world()
    // a1: learn (Easy → review state), then two reviews on day 10: Again first, then Good.
    try record(store, catalog, "a1", .easy, at(0))
    try record(store, catalog, "a1", .again, at(10, 9))
    try record(store, catalog, "a1", .good, at(10, 11))
    // b1: learn, then a Good review on day 10.
    try record(store, catalog, "b1", .easy, at(0))
    try record(store, catalog, "b1", .good, at(10, 12))
    let report = try StatsBuilder(store: store, catalog: catalog, now: at(10, 20)).build()
    let week = try #require(report.retention.first { $0.days == 7 })
    // Counted: a1's first review of day 10 (Again) and b1's (Good): 1 of 2.
    #expect(week.reviews == 2)
    #expect(week.overall == 0.5)
    #expect(report.today.reviews == 3)
    #expect(report.today.currentStreak == 1)
    #expect(report.states.review + report.states.relearning + report.states.learning == 2)
    #expect(report.states.new == 1)
  }

  @Test func weakestAreasNeedFiveReviewsAndRankLowestMasteryFirst() throws {
    let (store, catalog) = try world()
    for day in 0..<6 {
      try record(store, catalog, "a1", .again, at(day))
      try record(store, catalog, "b1", .good, at(day, 12))
    }
    try record(store, catalog, "a2", .easy, at(6))
    let report = try StatsBuilder(store: store, catalog: catalog, now: at(6, 20)).build()
    #expect(report.weakest.map(\.key) == ["alpha", "beta"])
    #expect(report.weakest.first?.command == "rehearse drill --topic alpha")
    #expect(report.heatmap.count >= 176)
    #expect(report.heatmap.suffix(7).map(\.count).reduce(0, +) > 0)
    #expect(report.today.longestStreak == 7)
  }

  @Test func practiceDaysFollowRecordsImportsAndUndo() throws {
    let (store, catalog) = try world()
    let live = try record(store, catalog, "a1", .good, at(3))
    let csv = "question_id,reviewed_at,rating\nb1,\(ISO8601DateFormatter().string(from: at(5))),3\n"
    _ = try ReviewImporter(store: store).run(Data(csv.utf8), path: "x.csv", knownQuestions: [])
    let day3 = store.calendar.day(of: at(3))
    let day5 = store.calendar.day(of: at(5))
    #expect(try store.practiceDays(through: at(6)) == [day5, day3])
    try store.undo(reviewId: live.review.id, at: at(6))
    #expect(try store.practiceDays(through: at(6)) == [day5])
  }

  @Test func reviewsDatedAfterNowAreLeftOut() throws {
    let (store, catalog) = try world()
    try record(store, catalog, "a1", .good, at(40))
    let report = try StatsBuilder(store: store, catalog: catalog, now: at(2)).build()
    #expect(report.topics.allSatisfy { $0.reviews == 0 })
    #expect(report.trends.allSatisfy { $0.weeks.allSatisfy { $0 == nil } })
  }
}
