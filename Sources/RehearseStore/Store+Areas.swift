import FSRS
import Foundation
import GRDB

extension Store {
  /// Adds (or, for an undo, subtracts) one review to its areas' totals for its study day.
  func countArea(_ r: ReviewRecord, by sign: Int, in db: Database) throws {
    guard !r.areas.isEmpty else { return }
    let day = calendar.day(of: Date(timeIntervalSince1970: r.reviewedAt))
    let t = AreaCounts(r)
    let statement = try db.cachedStatement(sql: Self.upsertArea)
    for area in r.areas {
      try statement.execute(arguments: [area.encoded, day] + t.values(sign))
    }
  }

  static let upsertArea = """
    INSERT INTO area_day (area, day, reviews, again, rating_sum, mature, mature_again, first_mature,
      first_mature_again, cov_n, score_n, cov_sum, score_sum)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(area, day) DO UPDATE SET reviews = reviews + excluded.reviews, again = again + excluded.again,
      rating_sum = rating_sum + excluded.rating_sum, mature = mature + excluded.mature,
      mature_again = mature_again + excluded.mature_again, first_mature = first_mature + excluded.first_mature,
      first_mature_again = first_mature_again + excluded.first_mature_again, cov_n = cov_n + excluded.cov_n,
      score_n = score_n + excluded.score_n, cov_sum = cov_sum + excluded.cov_sum,
      score_sum = score_sum + excluded.score_sum
    """

  /// Rebuilds the per-area totals from the log when the banks' areas changed since the last
  /// build (or after an import re-dated reviews); a no-op otherwise.
  public func refreshAreaDays(_ catalog: [CatalogEntry]) throws {
    let fingerprint = Self.fingerprint(catalog)
    let areasByID = Dictionary(catalog.map { ($0.id, $0.areas) }, uniquingKeysWith: { a, _ in a })
    try writer.write { db in
      if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'areas'") == fingerprint {
        return
      }
      try db.execute(sql: "DELETE FROM area_day")
      var totals: [AreaKey: AreaCounts] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT question_id, reviewed_at, rating, state_before, elapsed_days, coverage, score
          FROM active_review
          """)
      while let row = try rows.next() {
        guard let areas = areasByID[row["question_id"]], !areas.isEmpty else { continue }
        let day = calendar.day(of: Date(timeIntervalSince1970: row["reviewed_at"]))
        let counts = AreaCounts(
          rating: row["rating"], phaseBefore: row["state_before"], elapsedDays: row["elapsed_days"],
          coverage: row["coverage"], score: row["score"])
        for area in areas {
          totals[AreaKey(area: area, day: day), default: AreaCounts()].add(counts)
        }
      }
      let statement = try db.cachedStatement(sql: Self.upsertArea)
      for (key, t) in totals {
        try statement.execute(arguments: [key.area.encoded, key.day] + t.values(1))
      }
      try db.execute(
        sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('areas', ?)",
        arguments: [fingerprint])
    }
  }

  /// Marks the per-area totals for a rebuild at the next start (imports change earlier reviews).
  func invalidateAreaDays(in db: Database) throws {
    try db.execute(sql: "DELETE FROM meta WHERE key = 'areas'")
  }
}
