import FSRS
import Foundation
import GRDB

extension Store {
  /// Every question's scheduling reviews, for fitting the FSRS parameters.
  ///
  /// The reviews counted are exactly those the scheduler replays: not undone and not cram (the
  /// `active_review` view), from drills, mocks, story practice and imports alike. Imported
  /// reviews always carry a time, so none is left out for lacking one. Undone reviews are left
  /// out as fsrs-rs's callers do (Anki deletes an undone review), and cram reviews as Anki leaves
  /// out filtered-deck reviews that did not reschedule.
  /// - Returns: The timelines, read in one snapshot, and the counts left out.
  public func reviewTimelines() throws -> ReviewTimelines {
    try writer.read { db in
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT question_id, reviewed_at, rating FROM active_review
            ORDER BY question_id, reviewed_at, id
          """)
      var timelines: [ReviewTimeline] = []
      while let row = try rows.next() {
        let id: String = row[0]
        let at = Date(timeIntervalSince1970: row[1])
        guard let rating = Rating(rawValue: row[2]) else { continue }
        let entry = ReviewTimeline.Entry(reviewedAt: at, day: calendar.day(of: at), rating: rating)
        if timelines.last?.questionId == id {
          timelines[timelines.count - 1].entries.append(entry)
        } else {
          timelines.append(ReviewTimeline(questionId: id, entries: [entry]))
        }
      }
      let kept = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM kept_review") ?? 0
      let active = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM active_review") ?? 0
      let all = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review") ?? 0
      return ReviewTimelines(
        timelines: timelines, cramReviews: kept - active, undoneReviews: all - kept)
    }
  }
}
