import Foundation
import GRDB

/// The follow-up asked after a typed answer, kept with the review (inside the
/// `review.grading` JSON): its prompt, the reply (when answers are kept), and how it went.
public struct ReviewFollowUp: Sendable, Equatable, Codable {
  public var prompt: String
  /// The reply as typed; nil when skipped or when answers are not kept.
  public var answer: String?
  /// Share of the follow-up's key points covered (nil when skipped).
  public var coverage: Double?
  /// Each of its key points: covered, missed or contradicted.
  public var items: [String]
  public var skipped: Bool

  public init(
    prompt: String, answer: String? = nil, coverage: Double? = nil, items: [String] = [],
    skipped: Bool = false
  ) {
    self.prompt = prompt
    self.answer = answer
    self.coverage = coverage
    self.items = items
    self.skipped = skipped
  }
}

extension Store {
  /// The follow-up asked at the question's most recent review that had one, if any.
  public func lastFollowUp(of questionId: String) throws -> ReviewFollowUp? {
    try followUps(of: questionId).last?.followUp
  }

  /// Every follow-up asked at the question's reviews, oldest first, with when.
  public func followUps(of questionId: String) throws -> [(
    reviewedAt: Date, followUp: ReviewFollowUp
  )] {
    try writer.read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT reviewed_at, grading FROM active_review
          WHERE question_id = ? AND grading LIKE '%"followUp"%'
          ORDER BY reviewed_at, id
          """, arguments: [questionId])
      return rows.compactMap { row in
        let text: String = row["grading"]
        guard
          let f = try? JSONDecoder().decode(ReviewGrading.self, from: Data(text.utf8)).followUp
        else { return nil }
        return (Date(timeIntervalSince1970: row["reviewed_at"]), f)
      }
    }
  }
}
