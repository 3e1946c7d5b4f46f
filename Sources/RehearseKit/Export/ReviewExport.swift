import CSV
import Foundation
import RehearseStore

/// The review log as CSV, in the columns the FSRS optimizers read (`card_id`, `review_time`
/// in Unix milliseconds, `review_rating` 1–4, `review_state` before the review — 0 new,
/// 1 learning, 2 review, 3 relearning — and `review_duration` in milliseconds), followed by
/// Rehearse's own `question_id` and `source`.
///
/// Only reviews that count for scheduling are written: undone and cram reviews are left out,
/// as they never moved a card. `card_id` is a stable number made from the question id (the
/// same on every export and machine), since some tools want integers.
public enum ReviewExport {
  public static let header = [
    "card_id", "review_time", "review_rating", "review_state", "review_duration",
    "question_id", "source",
  ]

  /// Writes the log to `url`, replacing the file only once it is complete.
  /// - Returns: how many reviews were written.
  @discardableResult
  public static func write(from store: Store, to url: URL) throws -> Int {
    let partial = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).partial")
    guard FileManager.default.createFile(atPath: partial.path, contents: nil),
      let stream = OutputStream(url: partial, append: false)
    else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EACCES) }
    let count: Int
    do {
      let writer = try CSVWriter(stream: stream)
      try writer.write(row: header)
      count = try store.forEachActiveReview { review in
        try writer.write(row: row(review))
      }
      // End the last row: the writer puts line breaks between rows only.
      writer.beginNewRow()
      try writer.write(field: "")
      writer.stream.close()
      guard rename(partial.path, url.path) == 0 else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    } catch {
      stream.close()
      try? FileManager.default.removeItem(at: partial)
      throw error
    }
    return count
  }

  static func row(_ r: ReviewRecord) -> [String] {
    [
      String(cardID(r.questionId)), String(Int64((r.reviewedAt * 1000).rounded())),
      String(r.rating.rawValue), String(r.phaseBefore.rawValue),
      r.durationMs.map(String.init) ?? "", r.questionId, r.source.rawValue,
    ]
  }

  /// A positive integer below 2^53 (exact in a double, so spreadsheets keep it) for a
  /// question id.
  public static func cardID(_ questionId: String) -> Int64 {
    Int64(FNV1a.hash(questionId.utf8) >> 11)
  }
}
