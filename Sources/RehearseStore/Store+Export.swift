import Foundation
import GRDB

extension Store {
  /// Calls `body` with every review that counts for scheduling (not undone, not cram), oldest
  /// first, reading the log row by row so a long history never sits in memory at once.
  /// - Returns: how many reviews were passed to `body`.
  @discardableResult
  public func forEachActiveReview(_ body: (ReviewRecord) throws -> Void) throws -> Int {
    try writer.read { db in
      var count = 0
      let cursor = try ReviewRecord.active.order(Column("reviewed_at"), Column("id"))
        .fetchCursor(db)
      while let review = try cursor.next() {
        try body(review)
        count += 1
      }
      return count
    }
  }
}
