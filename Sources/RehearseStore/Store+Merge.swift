import Foundation
import GRDB

extension Store {
  /// Brings in everything the database at `url` has that this one lacks: reviews (by their
  /// globally unique ids), undo records, sessions, stories and their versions, mocks and
  /// interview plans. The cards the new reviews touch are rebuilt from the merged log by
  /// replay, so merging is idempotent and merging A into B gives the same cards, log and stats
  /// as B into A. Nothing is removed from either side. The other file is read from a copy
  /// (migrated to this schema when older) and never changed.
  /// - Throws: ``StoreError/cannotOpen(path:reason:)`` or ``StoreError/newerSchema(path:)``.
  public func merge(from url: URL) throws -> MergeReport {
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw StoreError.cannotOpen(path: url.path, reason: "no such file")
    }
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "rehearse-merge-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appending(path: "other.sqlite")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      var readOnly = Configuration()
      readOnly.readonly = true
      let source = try DatabaseQueue(path: url.path, configuration: readOnly)
      let target = try DatabaseQueue(path: copy.path)
      try source.backup(to: target)
      try source.close()
      try target.close()
    } catch {
      throw StoreError.cannotOpen(path: url.path, reason: "\(error)")
    }
    // Bring the copy to this schema (this also refuses a newer one).
    do { _ = try Store.open(at: copy, settings: settings) } catch StoreError
      .newerSchema
    {
      throw StoreError.newerSchema(path: url.path)
    }
    return try writer.writeWithoutTransaction { db in
      try db.execute(sql: "ATTACH DATABASE ? AS other", arguments: [copy.path])
      defer { try? db.execute(sql: "DETACH DATABASE other") }
      var report = MergeReport()
      try db.inTransaction {
        report = try mergeAttached(db)
        return .commit
      }
      return report
    }
  }

  private func mergeAttached(_ db: Database) throws -> MergeReport {
    var report = MergeReport()
    var touched = Set<String>()
    func columns(_ table: String) throws -> String {
      try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))").map {
        "\"\($0["name"] as String)\""
      }.joined(separator: ", ")
    }
    func copyMissing(_ table: String, _ key: String) throws -> Int {
      let cols = try columns(table)
      try db.execute(
        sql: """
          INSERT INTO main.\(table) (\(cols)) SELECT \(cols) FROM other.\(table)
          WHERE \(key) NOT IN (SELECT \(key) FROM main.\(table))
          """)
      return db.changesCount
    }

    // Stories first: a conflict renames one story, and its drill reviews follow it below.
    let storyConflicts = try mergeStories(db, into: &report)
    // Renames next, so reviews logged under an old id on either side land on the new one.
    try db.execute(sql: "INSERT OR IGNORE INTO main.card_rename SELECT * FROM other.card_rename")
    let newReviews = try String.fetchAll(
      db,
      sql:
        "SELECT DISTINCT question_id FROM other.review WHERE id NOT IN (SELECT id FROM main.review)"
    )
    touched.formUnion(newReviews)
    report.reviews = try copyMissing("review", "id")
    for conflict in storyConflicts {
      // The reviews of the story that was given the new id move with it.
      let from = Story.drillPrefix + conflict.id
      let to = Story.drillPrefix + conflict.renamedTo
      try db.execute(
        sql: """
          UPDATE main.review SET question_id = ? WHERE question_id = ?
            AND (id IN (SELECT id FROM other.review)) = ?
          """, arguments: [to, from, conflict.otherRenamed])
      touched.formUnion([from, to])
    }
    let undone = try String.fetchAll(
      db,
      sql: """
        SELECT DISTINCT r.question_id FROM other.review_undo u JOIN main.review r ON r.id = u.review_id
        WHERE u.review_id NOT IN (SELECT review_id FROM main.review_undo)
        """)
    touched.formUnion(undone)
    report.undos = try copyMissing("review_undo", "review_id")
    touched.formUnion(try applyRenames(db, to: touched))
    report.sessions = try copyMissing("session", "id")
    report.mocks = try mergeMocks(db, copyMissing: copyMissing)
    report.plans = try mergePlans(db, copyMissing: copyMissing)

    // Cards: one for every question the other side knows, the earliest `added_at`, a
    // suspension on either side kept; then the touched ones replayed from the merged log.
    let cardCols = try columns("card")
    // Not in this machine's banks as of its last start: retired until a start finds them.
    let picked = cardCols.replacingOccurrences(of: "\"retired\"", with: "1")
    try db.execute(
      sql: """
        INSERT INTO main.card (\(cardCols)) SELECT \(picked) FROM other.card
        WHERE question_id NOT IN (SELECT question_id FROM main.card)
          AND question_id NOT IN (SELECT old_id FROM main.card_rename)
        """)
    try db.execute(
      sql: """
        UPDATE main.card SET added_at = min(added_at,
          (SELECT o.added_at FROM other.card o WHERE o.question_id = card.question_id))
        WHERE question_id IN (SELECT question_id FROM other.card)
        """)
    try db.execute(
      sql: """
        UPDATE main.card SET suspended = 1 WHERE suspended = 0 AND question_id IN
          (SELECT question_id FROM other.card WHERE suspended = 1 AND leech = 0)
        """)
    for id in touched.sorted() {
      if try CardRecord.fetchOne(db, key: id) == nil {
        let first =
          try Double.fetchOne(
            db, sql: "SELECT min(reviewed_at) FROM review WHERE question_id = ?", arguments: [id])
          ?? 0
        var card = CardRecord.new(id, at: Date(timeIntervalSince1970: first))
        // Not in this machine's banks as of its last start; the next start restores it if so.
        card.retired = true
        try card.insert(db)
      }
      try rebuildCard(id, in: db)
      report.cards += 1
    }
    if !report.isEmpty {
      try rebuildPracticeDays(in: db)
      try invalidateAreaDays(in: db)
      // The next start checks the cards against the banks again.
      try db.execute(sql: "DELETE FROM meta WHERE key = 'sync'")
    }
    return report
  }

  /// Moves reviews logged under renamed ids to the new ids; returns the ids that gained some.
  private func applyRenames(_ db: Database, to ids: Set<String>) throws -> Set<String> {
    var gained = Set<String>()
    for _ in 0..<8 {  // chains of renames, at most a few deep
      var changed = false
      for row in try Row.fetchAll(db, sql: "SELECT old_id, new_id FROM main.card_rename") {
        let old: String = row["old_id"]
        let new: String = row["new_id"]
        try db.execute(
          sql: "UPDATE review SET question_id = ? WHERE question_id = ?", arguments: [new, old])
        if db.changesCount > 0 {
          changed = true
          gained.insert(new)
        }
      }
      if !changed { break }
    }
    return gained
  }
}
