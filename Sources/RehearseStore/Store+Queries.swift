import FSRS
import Foundation
import GRDB

extension Store {
  /// Every card that is scheduled: not retired.
  public func activeCards() throws -> [CardRecord] {
    try writer.read { db in try CardRecord.filter(Column("retired") == false).fetchAll(db) }
  }

  /// Every scheduled card and today's counts, read together so a second terminal recording a
  /// review in between cannot make them disagree (the day's queue is built from both).
  public func cardsAndTodayCounts(at date: Date) throws -> (
    cards: [CardRecord], today: TodayCounts
  ) {
    try writer.read { db in
      (
        try CardRecord.filter(Column("retired") == false).fetchAll(db),
        try todayCounts(dayBounds(date), in: db)
      )
    }
  }

  /// The ids of every card, retired ones included.
  public func cardIDs() throws -> Set<String> {
    try writer.read { db in
      try CardRecord.select(Column("question_id"), as: String.self).fetchSet(db)
    }
  }

  /// One card.
  public func card(_ questionId: String) throws -> CardRecord? {
    try writer.read { db in try CardRecord.fetchOne(db, key: questionId) }
  }

  /// What has been done today, so daily limits account for earlier sessions.
  public func todayCounts(at date: Date) throws -> TodayCounts {
    let bounds = dayBounds(date)
    return try writer.read { db in try todayCounts(bounds, in: db) }
  }

  /// Today's counts within a read the caller holds (`bounds`: the study day's start and end).
  func todayCounts(_ bounds: StatementArguments, in db: Database) throws -> TodayCounts {
    // One pass over today's reviews: all of them, cards new before (introduced today), and
    // cards already in review before.
    let row = try Row.fetchOne(
      db,
      sql: """
        SELECT count(*) AS reviews,
          count(DISTINCT CASE WHEN state_before = \(CardPhase.new.rawValue) THEN question_id END)
            AS introduced,
          coalesce(sum(state_before = \(CardPhase.review.rawValue)), 0) AS review_cards,
          coalesce(sum(duration_ms), 0) AS duration_ms
        FROM active_review WHERE reviewed_at >= ? AND reviewed_at < ?
        """, arguments: bounds)
    return TodayCounts(
      reviews: row?["reviews"] ?? 0, newIntroduced: row?["introduced"] ?? 0,
      reviewCardsDone: row?["review_cards"] ?? 0,
      secondsSpent: Double(row?["duration_ms"] ?? 0) / 1000)
  }

  /// How long recent answers took: (question id, seconds), newest first, at most `limit`.
  public func recentAnswerTimes(limit: Int = 500) throws -> [(questionId: String, seconds: Double)]
  {
    try writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT question_id, duration_ms FROM active_review WHERE duration_ms IS NOT NULL
          ORDER BY reviewed_at DESC LIMIT ?
          """, arguments: [limit]
      ).map { (questionId: $0["question_id"], seconds: Double($0["duration_ms"] as Int) / 1000) }
    }
  }

  /// The start and end of the study day `date` falls on, as statement arguments.
  func dayBounds(_ date: Date) -> StatementArguments {
    let day = calendar.day(of: date)
    return [
      calendar.start(ofDay: day).timeIntervalSince1970,
      calendar.start(ofDay: day + 1).timeIntervalSince1970,
    ]
  }

  /// Suspends or unsuspends cards, all or nothing: when any id has no card, nothing changes.
  /// - Returns: the ids with no card (empty when the change was made).
  @discardableResult
  public func setSuspended(_ suspended: Bool, _ ids: [String]) throws -> [String] {
    try writer.write { db in
      let known = try CardRecord.select(Column("question_id"), as: String.self)
        .filter(ids.contains(Column("question_id"))).fetchSet(db)
      let unknown = ids.filter { !known.contains($0) }
      guard unknown.isEmpty else { return unknown }
      var assignments = [Column("suspended").set(to: suspended)]
      if !suspended { assignments.append(Column("leech").set(to: false)) }
      try CardRecord.filter(ids.contains(Column("question_id"))).updateAll(db, assignments)
      return []
    }
  }

  /// Starts a session and returns its id.
  public func startSession(kind: SessionKind, at date: Date, filters: String? = nil) throws
    -> String
  {
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
    try Self.classifyingWriteErrors {
      try writer.write { db in
        _ = try SessionRecord.filter(key: id).updateAll(
          db, Column("ended_at").set(to: date.timeIntervalSince1970))
      }
    }
  }

  /// Study days with at least one review up to the study day of `date` (later days, from a
  /// clock set back, are left out), most recent first, for streaks.
  public func practiceDays(through date: Date) throws -> [Int] {
    try writer.read { db in try practiceDays(through: calendar.day(of: date), in: db) }
  }

  func practiceDays(through day: Int, in db: Database) throws -> [Int] {
    try Int.fetchAll(
      db, sql: "SELECT day FROM practice_day WHERE day <= ? ORDER BY day DESC", arguments: [day])
  }

  /// How many reviews the log holds, undone and cram ones included.
  public func reviewCount() throws -> Int {
    try writer.read { db in try ReviewRecord.fetchCount(db) }
  }

  /// How many reviews and sessions the database holds (to salt seeded ids).
  public func rowCount() throws -> Int {
    try writer.read { db in try ReviewRecord.fetchCount(db) + SessionRecord.fetchCount(db) }
  }
}
