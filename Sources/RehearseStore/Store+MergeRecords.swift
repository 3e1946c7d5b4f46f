import Foundation
import GRDB

/// A story given a new id by a merge, because the two databases had different stories under
/// one id.
struct StoryRename {
  var id: String
  var renamedTo: String
  /// Whether the other database's story was renamed (else this one's).
  var otherRenamed: Bool
}

extension Store {
  /// Mocks the other side has that this one lacks; a mock both have keeps the side that got
  /// further (more rounds closed, then ended, then later).
  func mergeMocks(_ db: Database, copyMissing: (String, String) throws -> Int) throws -> Int {
    var count = try copyMissing("mock", "id")
    let progress = { (t: String) in
      "(\(t).rounds_done, \(t).ended_at IS NOT NULL, coalesce(\(t).ended_at, 0), coalesce(\(t).scorecard, ''))"
    }
    try db.execute(
      sql: """
        UPDATE main.mock SET (loop, plan, minutes_scale, started_at, ended_at, scorecard,
          rounds_done) = (SELECT o.loop, o.plan, o.minutes_scale, o.started_at, o.ended_at,
          o.scorecard, o.rounds_done FROM other.mock o WHERE o.id = mock.id)
        WHERE id IN (SELECT o.id FROM other.mock o JOIN main.mock m ON m.id = o.id
          WHERE \(progress("o")) > \(progress("m")))
        """)
    count += db.changesCount
    return count
  }

  /// Plans the other side has that this one lacks; a plan removed on either side is removed.
  func mergePlans(_ db: Database, copyMissing: (String, String) throws -> Int) throws -> Int {
    var count = try copyMissing("interview_plan", "id")
    try db.execute(
      sql: """
        UPDATE main.interview_plan SET removed_at =
          (SELECT o.removed_at FROM other.interview_plan o WHERE o.id = interview_plan.id)
        WHERE id IN (SELECT o.id FROM other.interview_plan o JOIN main.interview_plan m
          ON m.id = o.id WHERE o.removed_at IS NOT NULL
          AND (m.removed_at IS NULL OR o.removed_at > m.removed_at))
        """)
    count += db.changesCount
    return count
  }

  /// Stories: one only the other side has is copied; one both have (the same story, created
  /// once) gets the versions of both, in time order; two different stories under one id (made
  /// on each machine) are both kept, the later-created one under a new id.
  func mergeStories(_ db: Database, into report: inout MergeReport) throws -> [StoryRename] {
    var renames: [StoryRename] = []
    let ours = try Dictionary(
      uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT * FROM main.story").map {
        ($0["id"] as String, $0)
      })
    let theirs = try Row.fetchAll(db, sql: "SELECT * FROM other.story ORDER BY id")
    var allIDs = Set(ours.keys).union(theirs.map { $0["id"] as String })
    for other in theirs {
      let id: String = other["id"]
      guard let mine = ours[id] else {
        try copyStory(db, id: id, as: id)
        report.storiesAdded += 1
        continue
      }
      let mineCreated: Double = mine["created_at"]
      let otherCreated: Double = other["created_at"]
      if mineCreated == otherCreated {
        if try combineVersions(db, id: id, mine: mine, other: other) { report.storiesCombined += 1 }
        continue
      }
      // Two stories: the earlier-created keeps the id (ties: the smaller first version).
      var n = 2
      while allIDs.contains("\(id)-\(n)") { n += 1 }
      let fresh = "\(id)-\(n)"
      allIDs.insert(fresh)
      let otherIsLater = (otherCreated, other["id"] as String) > (mineCreated, id)
      if otherIsLater {
        try copyStory(db, id: id, as: fresh)
      } else {
        try db.execute(
          sql:
            "INSERT INTO main.story (id, created_at, deleted_at) SELECT ?, created_at, deleted_at FROM main.story WHERE id = ?",
          arguments: [fresh, id])
        try db.execute(
          sql: "UPDATE main.story_version SET story_id = ? WHERE story_id = ?",
          arguments: [fresh, id])
        try db.execute(sql: "DELETE FROM main.story WHERE id = ?", arguments: [id])
        try copyStory(db, id: id, as: id)
      }
      renames.append(StoryRename(id: id, renamedTo: fresh, otherRenamed: otherIsLater))
      report.storyConflicts.append(.init(id: id, renamedTo: fresh))
    }
    return renames
  }

  private func copyStory(_ db: Database, id: String, as newID: String) throws {
    try db.execute(
      sql:
        "INSERT INTO main.story (id, created_at, deleted_at) SELECT ?, created_at, deleted_at FROM other.story WHERE id = ?",
      arguments: [newID, id])
    let cols = Self.versionContent.joined(separator: ", ")
    try db.execute(
      sql: """
        INSERT INTO main.story_version (story_id, version, \(cols))
        SELECT ?, version, \(cols) FROM other.story_version WHERE story_id = ?
        """, arguments: [newID, id])
  }

  static let versionContent = [
    "saved_at", "title", "company", "role", "when_text", "situation", "task", "action", "result",
    "learning", "metrics", "competencies",
  ]

  /// Both sides' versions of one story, without repeats, renumbered in time order; the story
  /// is removed only if its last removal came after its last save. Returns whether anything
  /// changed here.
  private func combineVersions(_ db: Database, id: String, mine: Row, other: Row) throws -> Bool {
    let cols = Self.versionContent.joined(separator: ", ")
    func versions(_ schema: String) throws -> [[DatabaseValue]] {
      try Row.fetchAll(
        db, sql: "SELECT \(cols) FROM \(schema).story_version WHERE story_id = ? ORDER BY version",
        arguments: [id]
      ).map { row in Self.versionContent.map { row[$0] as DatabaseValue } }
    }
    let own = try versions("main")
    var union = own
    for v in try versions("other") where !union.contains(v) { union.append(v) }
    union.sort { a, b in
      let (ta, tb) = (Double.fromDatabaseValue(a[0]) ?? 0, Double.fromDatabaseValue(b[0]) ?? 0)
      return ta != tb ? ta < tb : a.description < b.description
    }
    var changed = false
    if union != own {
      try db.execute(sql: "DELETE FROM main.story_version WHERE story_id = ?", arguments: [id])
      let marks = Array(repeating: "?", count: Self.versionContent.count).joined(separator: ", ")
      for (i, v) in union.enumerated() {
        try db.execute(
          sql:
            "INSERT INTO main.story_version (story_id, version, \(cols)) VALUES (?, ?, \(marks))",
          arguments: StatementArguments([id.databaseValue, (i + 1).databaseValue] + v))
      }
      changed = true
    }
    let lastSaved = union.compactMap { Double.fromDatabaseValue($0[0]) }.max() ?? 0
    let removals = [mine["deleted_at"] as Double?, other["deleted_at"] as Double?].compactMap { $0 }
    let removed = removals.max().flatMap { $0 > lastSaved ? $0 : nil }
    if removed != (mine["deleted_at"] as Double?) {
      try db.execute(
        sql: "UPDATE main.story SET deleted_at = ? WHERE id = ?", arguments: [removed, id])
      changed = true
    }
    return changed
  }
}
