import FSRS
import Foundation
import GRDB
import RehearseTestSupport
import Testing

@testable import RehearseKit
@testable import RehearseStore

/// The per-area totals kept while reviewing equal a rebuild from the log, and follow bank edits.
@Suite struct AreaDayTests {
  func snapshot(_ store: Store) throws -> [String] {
    try store.writer.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM area_day WHERE reviews != 0 ORDER BY area, day").map
      { "\($0)" }
    }
  }

  @Test func incrementalTotalsMatchARebuildFromTheLog() throws {
    var settings = Settings()
    settings.fuzz = false
    let store = try Store.temporary(settings: settings)
    let yaml = BankFixtures.bank(
      questions: [
        BankFixtures.recall(id: "q1", topic: "alpha"), BankFixtures.recall(id: "q2", topic: "beta"),
      ]
      .joined(separator: "\n"))
    let catalog = BankFixtures.load(yaml)
    try store.sync(with: catalog, at: Date(timeIntervalSince1970: 0))
    try store.refreshAreaDays(catalog)
    let t0 = 1_780_000_000.0
    var last: RecordedReview?
    for (i, (id, rating)) in [
      ("q1", Rating.easy), ("q2", .good), ("q1", .again), ("q1", .good), ("q2", .hard),
    ]
    .enumerated() {
      last = try store.record(
        ReviewInput(
          questionId: id, rating: rating,
          reviewedAt: Date(timeIntervalSince1970: t0 + Double(i) * 86400 * 3),
          coverage: 0.5, areas: catalog.question(id: id)!.areas))
    }
    try store.undo(reviewId: last!.review.id, at: Date(timeIntervalSince1970: t0 + 86400 * 20))
    let incremental = try snapshot(store)
    #expect(!incremental.isEmpty)
    try store.writer.write { db in try store.invalidateAreaDays(in: db) }
    try store.refreshAreaDays(catalog)
    #expect(try snapshot(store) == incremental)

    // Moving a question to another topic rebuilds the totals under the new topic.
    let moved = BankFixtures.load(
      yaml.replacingOccurrences(of: "topic: beta", with: "topic: gamma"))
    try store.refreshAreaDays(moved)
    let areas = try store.writer.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT area FROM area_day")
    }
    #expect(areas.contains("topic:gamma"))
    #expect(!areas.contains("topic:beta"))
  }
}
