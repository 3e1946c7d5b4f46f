import CSV
import FSRS
import Foundation
import RehearseKit
import RehearseStore
import RehearseTestSupport
import Testing

/// `rehearse export reviews`: the log in the columns the FSRS optimizers read.
@Suite struct ReviewExportTests {
  let t0 = StoreFixtures.utc("2025-01-01 09:00:00")
  let day: TimeInterval = 86400

  func rows(_ url: URL) throws -> [[String]] {
    let reader = try CSVReader(string: String(decoding: try Data(contentsOf: url), as: UTF8.self))
    return Array(reader)
  }

  @Test func writesTheReviewsThatMovedCardsInTimeOrder() throws {
    let store = try Store.temporary(settings: StoreFixtures.exactSettings())
    try store.sync(with: CatalogFixtures.catalog(ids: ["q1", "q2"]), at: t0 - day)
    _ = try store.record(
      ReviewInput(questionId: "q1", rating: .good, reviewedAt: t0, duration: 12.5))
    _ = try store.record(ReviewInput(questionId: "q2", rating: .again, reviewedAt: t0 + 60))
    _ = try store.record(
      ReviewInput(questionId: "q1", rating: .easy, reviewedAt: t0 + 120, cram: true))
    let undone = try store.record(
      ReviewInput(questionId: "q2", rating: .easy, reviewedAt: t0 + 180))
    _ = try store.undo(reviewId: undone.review.id, at: t0 + 181)
    _ = try store.record(ReviewInput(questionId: "q1", rating: .hard, reviewedAt: t0 + 2 * day))

    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "reviews-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try ReviewExport.write(from: store, to: url) == 3)
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    let table = try rows(url)
    #expect(table.first == ReviewExport.header)
    let ms = Int64(t0.timeIntervalSince1970 * 1000)
    let q1 = String(ReviewExport.cardID("q1"))
    let q2 = String(ReviewExport.cardID("q2"))
    #expect(
      Array(table.dropFirst()) == [
        [q1, String(ms), "3", "0", "12500", "q1", "drill"],
        [q2, String(ms + 60_000), "1", "0", "", "q2", "drill"],
        // The cram review and the undone one never moved a card: left out.
        [q1, String(ms + 2 * 86_400_000), "2", "1", "", "q1", "drill"],
      ])
    #expect(q1 != q2 && Int64(q1)! < 1 << 53)
  }

  @Test func anUnwritableFileIsAnErrorAndLeavesNothingBehind() throws {
    let store = try Store.temporary(settings: StoreFixtures.exactSettings())
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "missing-\(UUID().uuidString)")
    #expect(throws: (any Error).self) {
      try ReviewExport.write(from: store, to: dir.appendingPathComponent("r.csv"))
    }
    #expect(!FileManager.default.fileExists(atPath: dir.path))
  }
}
