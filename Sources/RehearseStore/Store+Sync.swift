import Foundation
import GRDB

extension Store {
  /// Makes the cards match the loaded questions.
  ///
  /// New questions become new cards; edited questions keep their progress (cards are keyed on
  /// the id); `renamed_from` moves a card and its reviews to the new id; questions that vanished
  /// keep their history but are marked retired and stop being scheduled.
  /// Skips all work when the question ids are the same as at the last sync.
  @discardableResult
  public func sync(with catalog: [CatalogEntry], at date: Date) throws -> SyncReport {
    let fingerprint = Self.fingerprint(catalog)
    return try writer.write { db in
      if try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'sync'") == fingerprint {
        return SyncReport()
      }
      var report = SyncReport()
      var existing: [String: Bool] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT question_id, retired FROM card") {
        existing[row["question_id"]] = row["retired"]
      }
      let live = Set(catalog.map(\.id))
      let now = date.timeIntervalSince1970
      for q in catalog {
        if let retired = existing[q.id] {
          if retired {
            try db.execute(
              sql: "UPDATE card SET retired = 0 WHERE question_id = ?", arguments: [q.id])
            report.restored.append(q.id)
          }
          continue
        }
        if let old = q.renamedFrom.first(where: { existing[$0] != nil && !live.contains($0) }) {
          try db.execute(
            sql: "UPDATE card SET question_id = ?, retired = 0 WHERE question_id = ?",
            arguments: [q.id, old])
          try db.execute(
            sql: "UPDATE review SET question_id = ? WHERE question_id = ?", arguments: [q.id, old])
          try db.execute(
            sql: "INSERT OR REPLACE INTO card_rename (old_id, new_id, renamed_at) VALUES (?, ?, ?)",
            arguments: [old, q.id, now])
          existing[old] = nil
          existing[q.id] = false
          report.renamed.append((old, q.id))
          continue
        }
        try CardRecord.new(q.id, at: date).insert(db)
        existing[q.id] = false
        report.added.append(q.id)
      }
      for (id, retired) in existing where !retired && !live.contains(id) {
        try db.execute(sql: "UPDATE card SET retired = 1 WHERE question_id = ?", arguments: [id])
        report.retired.append(id)
      }
      report.retired.sort()
      try db.execute(
        sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync', ?)", arguments: [fingerprint]
      )
      return report
    }
  }

  /// Cards whose questions are no longer in any loaded bank.
  public func retiredCards() throws -> [CardRecord] {
    try writer.read { db in
      try CardRecord.filter(Column("retired") == true).order(Column("question_id")).fetchAll(db)
    }
  }

  /// A cheap fingerprint of the question ids and renames, so an unchanged catalog skips sync.
  static func fingerprint(_ catalog: [CatalogEntry]) -> String {
    var hash = FNV1a()
    // Ids and renames decide the cards; categories, topics and themes decide the stats areas.
    for q in catalog {
      hash.addField(q.id)
      for old in q.renamedFrom { hash.addField("<" + old) }
      for area in q.areas { hash.addField(area.encoded) }
    }
    return "\(catalog.count):\(String(hash.value, radix: 16))"
  }
}
