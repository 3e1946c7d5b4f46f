import FSRS
import Foundation
import GRDB

extension Store {
  /// Adds imported reviews to the log in one transaction, skipping any already there (same
  /// question, time to the millisecond and rating, whatever its source), and rebuilds each
  /// touched card from its whole log in time order.
  ///
  /// Imported reviews get deterministic ids, so importing a file twice adds nothing and two
  /// machines that imported the same file agree.
  /// - Throws: ``StoreError/unknownQuestion(_:)`` when a row names no card.
  public func importReviews(_ rows: [ImportedReview]) throws -> ImportReport {
    try writer.write { db in
      var byQuestion: [String: [ImportedReview]] = [:]
      for row in rows { byQuestion[row.questionId, default: []].append(row) }
      var imported = 0
      var cards = 0
      var insertedTimes: [Double] = []
      for id in byQuestion.keys.sorted() {
        var seen = Set<String>()
        for row in try Row.fetchAll(
          db, sql: "SELECT reviewed_at, rating FROM review WHERE question_id = ?", arguments: [id])
        {
          seen.insert(Self.importKey(row["reviewed_at"], row["rating"]))
        }
        var fresh: [ReviewRecord] = []
        for row in byQuestion[id] ?? []
        where seen.insert(Self.importKey(row.reviewedAt, row.rating.rawValue)).inserted {
          fresh.append(
            ReviewRecord(
              id: Self.importID(row), questionId: id, reviewedAt: row.reviewedAt,
              rating: row.rating, durationMs: row.durationMs, due: row.reviewedAt,
              source: .import))
        }
        guard !fresh.isEmpty else { continue }
        try rebuildCard(id, in: db, inserting: fresh)
        insertedTimes += fresh.map(\.reviewedAt)
        imported += fresh.count
        cards += 1
      }
      try countPracticeDays(insertedTimes, in: db)
      // Imported reviews may re-date the state of later ones; rebuild area totals at next start.
      if imported > 0 { try invalidateAreaDays(in: db) }
      return ImportReport(
        rows: rows.count, imported: imported, duplicates: rows.count - imported, cards: cards)
    }
  }

  private static func importKey(_ at: Double, _ rating: Int) -> String {
    "\(Int64((at * 1000).rounded()))|\(rating)"
  }

  /// A deterministic id for an imported row, so the same row always gets the same id.
  static func importID(_ row: ImportedReview) -> String {
    let key =
      "\(row.questionId)|\(Int64((row.reviewedAt * 1000).rounded()))|\(row.rating.rawValue)"
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x8422_2325_cbf2_9ce4
    for byte in key.utf8 {
      a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
      b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 &+ 0x9e37_79b9_7f4a_7c15
    }
    return "import-" + FNV1a.uuidShaped(a, b)
  }
}
