import Foundation
import GRDB

extension Store {
  /// Saves a story as a new version. A story without an id gets one from its title; a story
  /// saved unchanged keeps its latest version (none is added).
  /// - Returns: the saved story with its id, version and time.
  @discardableResult
  public func saveStory(_ story: Story, at date: Date) throws -> Story {
    try saveStoryIfChanged(story, at: date).story
  }

  /// As ``saveStory(_:at:)``, and whether a version was added (false: saved unchanged).
  public func saveStoryIfChanged(_ story: Story, at date: Date) throws -> (
    story: Story, changed: Bool
  ) {
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
        if let latest = try StoryVersionRow.fetchOne(
          db,
          sql: "SELECT * FROM story_version WHERE story_id = ? ORDER BY version DESC LIMIT 1",
          arguments: [saved.id]
        )?.story, latest.hasSameContent(as: saved) {
          return (latest, false)
        }
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
      try StoryVersionRow(saved).insert(db)
      return (saved, true)
    }
  }

  /// Every story (latest versions), oldest first; removed ones are left out.
  public func stories() throws -> [Story] {
    try latestVersions(removed: false)
  }

  /// The latest version of every story kept (or removed), oldest story first.
  private func latestVersions(removed: Bool) throws -> [Story] {
    try writer.read { db in
      try StoryVersionRow.fetchAll(
        db,
        sql: """
          SELECT v.* FROM story_version v JOIN story s ON s.id = v.story_id
          WHERE (s.deleted_at IS NOT NULL) = ?
            AND v.version = (SELECT max(version) FROM story_version WHERE story_id = v.story_id)
          ORDER BY s.created_at, s.id
          """, arguments: [removed]
      ).map(\.story)
    }
  }

  /// One story's versions, oldest first.
  /// - Throws: ``StoreError/unknownStory(_:)``.
  public func storyVersions(_ id: String) throws -> [Story] {
    let versions = try writer.read { db in
      try StoryVersionRow.fetchAll(
        db,
        sql: """
          SELECT v.* FROM story_version v JOIN story s ON s.id = v.story_id
          WHERE v.story_id = ? AND s.deleted_at IS NULL ORDER BY v.version
          """, arguments: [id]
      ).map(\.story)
    }
    if versions.isEmpty { throw StoreError.unknownStory(id) }
    return versions
  }

  /// The latest version of a story.
  public func story(_ id: String) throws -> Story {
    try storyVersions(id).last!
  }

  /// Stories removed with `story rm` (latest versions), oldest first: they can be restored.
  public func removedStories() throws -> [Story] {
    try latestVersions(removed: true)
  }

  /// Brings back a removed story, with all its versions.
  /// - Throws: ``StoreError/unknownStory(_:)`` when no removed story has that id.
  public func restoreStory(_ id: String) throws {
    try writer.write { db in
      try db.execute(
        sql: "UPDATE story SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
        arguments: [id])
      if db.changesCount == 0 { throw StoreError.unknownStory(id) }
    }
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
}

extension Store {
  /// The story ids in the database at `url`, read-only and without migrating it (for shell
  /// completion); removed ones too when `removed`. Empty when the file cannot be read.
  public static func storyIDs(at url: URL, removed: Bool = false) -> [String] {
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    var config = Configuration()
    config.readonly = true
    guard let queue = try? DatabaseQueue(path: url.path, configuration: config) else { return [] }
    return
      (try? queue.read { db in
        try String.fetchAll(
          db, sql: "SELECT id FROM story WHERE (deleted_at IS NOT NULL) = ? ORDER BY id",
          arguments: [removed])
      }) ?? []
  }
}
