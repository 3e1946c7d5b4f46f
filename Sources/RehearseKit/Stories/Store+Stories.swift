import Foundation
import GRDB

extension Store {
  /// Saves a story as a new version. A story without an id gets one from its title.
  /// - Returns: the saved story with its id, version and time.
  @discardableResult
  public func saveStory(_ story: Story, at date: Date) throws -> Story {
    try writer.write { db in
      var saved = story
      if saved.id.isEmpty {
        let base = Story.slug(story.title)
        var candidate = base
        var n = 2
        while try Bool.fetchOne(db, sql: "SELECT 1 FROM story WHERE id = ?", arguments: [candidate])
          == true
        {
          candidate = "\(base)-\(n)"
          n += 1
        }
        saved.id = candidate
        try db.execute(
          sql: "INSERT INTO story (id, created_at) VALUES (?, ?)",
          arguments: [candidate, date.timeIntervalSince1970])
      } else {
        try db.execute(
          sql: "UPDATE story SET deleted_at = NULL WHERE id = ?", arguments: [saved.id])
        guard db.changesCount > 0 else { throw StoreError.unknownStory(saved.id) }
      }
      let last =
        try Int.fetchOne(
          db, sql: "SELECT max(version) FROM story_version WHERE story_id = ?",
          arguments: [saved.id]) ?? 0
      saved.version = last + 1
      saved.savedAt = date
      try db.execute(
        sql: """
          INSERT INTO story_version (story_id, version, saved_at, title, company, role, when_text, situation,
            task, action, result, learning, metrics, competencies)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          saved.id, saved.version, date.timeIntervalSince1970, saved.title, saved.company,
          saved.role, saved.when,
          saved.situation, saved.task, saved.action, saved.result, saved.learning,
          Self.json(saved.metrics),
          Self.json(saved.competencies),
        ])
      return saved
    }
  }

  /// Every story (latest versions), oldest first; removed ones are left out.
  public func stories() throws -> [Story] {
    try writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT v.* FROM story_version v JOIN story s ON s.id = v.story_id
          WHERE s.deleted_at IS NULL
            AND v.version = (SELECT max(version) FROM story_version WHERE story_id = v.story_id)
          ORDER BY s.created_at, s.id
          """
      ).map(Self.story(from:))
    }
  }

  /// One story's versions, oldest first.
  /// - Throws: ``StoreError/unknownStory(_:)``.
  public func storyVersions(_ id: String) throws -> [Story] {
    let versions = try writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT v.* FROM story_version v JOIN story s ON s.id = v.story_id
          WHERE v.story_id = ? AND s.deleted_at IS NULL ORDER BY v.version
          """, arguments: [id]
      ).map(Self.story(from:))
    }
    if versions.isEmpty { throw StoreError.unknownStory(id) }
    return versions
  }

  /// The latest version of a story.
  public func story(_ id: String) throws -> Story {
    try storyVersions(id).last!
  }

  /// Removes a story from lists and practice; its versions stay in the database.
  public func removeStory(_ id: String, at date: Date) throws {
    try writer.write { db in
      try db.execute(
        sql: "UPDATE story SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        arguments: [date.timeIntervalSince1970, id])
      if db.changesCount == 0 { throw StoreError.unknownStory(id) }
    }
  }

  private static func story(from row: Row) -> Story {
    Story(
      id: row["story_id"], version: row["version"],
      savedAt: Date(timeIntervalSince1970: row["saved_at"]),
      title: row["title"], company: row["company"], role: row["role"], when: row["when_text"],
      situation: row["situation"], task: row["task"], action: row["action"], result: row["result"],
      learning: row["learning"], metrics: strings(row["metrics"]),
      competencies: strings(row["competencies"]))
  }

  private static func json(_ values: [String]) -> String {
    (try? String(decoding: JSONEncoder().encode(values), as: UTF8.self)) ?? "[]"
  }

  private static func strings(_ text: String) -> [String] {
    (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
  }
}
