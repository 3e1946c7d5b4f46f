import FSRS
import Foundation
import GRDB

/// Counts for the current study day.
public struct TodayCounts: Sendable, Equatable {
  /// Reviews recorded today (cram and undone excluded).
  public var reviews: Int
  /// Cards first reviewed today.
  public var newIntroduced: Int
  /// Reviews today of cards that were in the review state.
  public var reviewCardsDone: Int

  public init(reviews: Int = 0, newIntroduced: Int = 0, reviewCardsDone: Int = 0) {
    self.reviews = reviews
    self.newIntroduced = newIntroduced
    self.reviewCardsDone = reviewCardsDone
  }
}

extension Store {
  /// Every card that is scheduled: not retired.
  public func activeCards() throws -> [CardRecord] {
    try writer.read { db in try CardRecord.filter(Column("retired") == false).fetchAll(db) }
  }

  /// One card.
  public func card(_ questionId: String) throws -> CardRecord? {
    try writer.read { db in try CardRecord.fetchOne(db, key: questionId) }
  }

  /// What has been done today, so daily limits account for earlier sessions.
  public func todayCounts(at date: Date) throws -> TodayCounts {
    let day = calendar.day(of: date)
    let bounds: StatementArguments = [
      calendar.start(ofDay: day).timeIntervalSince1970,
      calendar.start(ofDay: day + 1).timeIntervalSince1970,
    ]
    return try writer.read { db in
      // One pass over today's reviews: all of them, cards new before (introduced today), and
      // cards already in review before.
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT count(*), count(DISTINCT CASE WHEN state_before = 0 THEN question_id END),
            coalesce(sum(state_before = 2), 0)
          FROM review WHERE reviewed_at >= ? AND reviewed_at < ?
            AND cram = 0 AND id NOT IN (SELECT review_id FROM review_undo)
          """, arguments: bounds)
      return TodayCounts(
        reviews: row?[0] ?? 0, newIntroduced: row?[1] ?? 0, reviewCardsDone: row?[2] ?? 0)
    }
  }

  /// Suspends or unsuspends cards. Returns the ids that exist.
  @discardableResult
  public func setSuspended(_ suspended: Bool, _ ids: [String]) throws -> [String] {
    try writer.write { db in
      var found: [String] = []
      for id in ids {
        try db.execute(
          sql:
            "UPDATE card SET suspended = ?\(suspended ? "" : ", leech = 0") WHERE question_id = ?",
          arguments: [suspended, id])
        if db.changesCount > 0 { found.append(id) }
      }
      return found
    }
  }

  /// Starts a session and returns its id.
  public func startSession(kind: String, at date: Date, filters: String? = nil) throws -> String {
    let id = ids.next()
    try writer.write { db in
      try SessionRecord(
        id: id, kind: kind, startedAt: date.timeIntervalSince1970, endedAt: nil, filters: filters
      ).insert(db)
    }
    return id
  }

  /// Marks a session ended.
  public func endSession(_ id: String, at date: Date) throws {
    try writer.write { db in
      try db.execute(
        sql: "UPDATE session SET ended_at = ? WHERE id = ?",
        arguments: [date.timeIntervalSince1970, id])
    }
  }

  /// Study days with at least one review, most recent first, for streaks.
  public func practiceDays(at date: Date = Date()) throws -> [Int] {
    try writer.read { db in
      try Int.fetchAll(db, sql: "SELECT day FROM practice_day ORDER BY day DESC")
    }
  }

  /// The current streak of consecutive practice days ending today (or yesterday, if today has
  /// no practice yet).
  public func currentStreak(at date: Date) throws -> Int {
    Streaks.of(try practiceDays(at: date), today: calendar.day(of: date)).current
  }
}
