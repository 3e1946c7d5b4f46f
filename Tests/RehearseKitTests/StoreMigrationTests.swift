import FSRS
import Foundation
import GRDB
import RehearseKit
import RehearseTestSupport
import Testing

@testable import RehearseStore

/// Opening database files: WAL mode, keeping data across opens, and refusing what it cannot read.
@Suite struct StoreMigrationTests {
  let utc = TimeZone(identifier: "UTC")!
  let t0 = StoreFixtures.utc("2025-01-01 09:00:00")

  func files(in dir: TemporaryDirectory) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted()
  }

  @Test func aFreshFileIsCreatedInWALMode() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "nested/data/rehearse.sqlite")
    let store = try Store.open(at: url, timeZone: utc)
    #expect(FileManager.default.fileExists(atPath: url.path))
    #expect(store.path == url.path)
    let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
    let tables = try store.writer.read { db in
      try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }
    #expect(
      Set(["card", "review", "review_undo", "session", "card_rename", "meta"]).isSubset(
        of: Set(tables)))
    // A new file needs no backup.
    #expect(
      try !FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        .contains { $0.contains("backup") })
  }

  @Test func reopeningKeepsTheData() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    var recorded: RecordedReview?
    do {
      let store = try Store.open(at: url, settings: StoreFixtures.exactSettings(), timeZone: utc)
      try store.sync(with: CatalogFixtures.catalog(ids: ["a", "b"]), at: t0)
      recorded = try store.record(ReviewInput(questionId: "a", rating: .easy, reviewedAt: t0))
      _ = try store.startSession(kind: .drill, at: t0)
    }
    let reopened = try Store.open(at: url, settings: StoreFixtures.exactSettings(), timeZone: utc)
    #expect(try reopened.card("a") == recorded?.card)
    #expect(try reopened.card("b")?.isNew == true)
    #expect(try reopened.history(of: "a").entries.map(\.reviewId) == [recorded?.review.id])
    // The sync fingerprint is kept too: nothing to do for the same banks.
    let report = try reopened.sync(with: CatalogFixtures.catalog(ids: ["a", "b"]), at: t0 + 60)
    #expect(report.added.isEmpty && report.retired.isEmpty)
    // Reopening an up-to-date file writes no backup.
    #expect(try !files(in: dir).contains { $0.contains("backup") })
  }

  @Test func aSecondConnectionReadsWhileTheFirstWrites() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let first = try Store.open(at: url, settings: StoreFixtures.exactSettings(), timeZone: utc)
    try first.sync(with: CatalogFixtures.catalog(ids: ["a"]), at: t0)
    let second = try Store.open(at: url, settings: StoreFixtures.exactSettings(), timeZone: utc)
    let readDuringWrite = try first.writer.write { db in
      try db.execute(sql: "UPDATE card SET reps = 5")
      // While this write transaction is open, the other terminal still reads the committed state.
      return try second.card("a")
    }
    #expect(readDuringWrite?.isNew == true && readDuringWrite?.reps == 0)
    try first.writer.write { db in try db.execute(sql: "UPDATE card SET reps = 0") }
    try second.record(ReviewInput(questionId: "a", rating: .good, reviewedAt: t0))
    #expect(try first.card("a")?.reps == 1)
  }

  @Test func aFileFromANewerVersionIsRefused() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    _ = try Store.open(at: url, timeZone: utc)
    let queue = try DatabaseQueue(path: url.path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    try queue.close()
    #expect(throws: StoreError.newerSchema(path: url.path)) {
      try Store.open(at: url, timeZone: utc)
    }
    // Nothing was dropped or copied.
    let check = try DatabaseQueue(path: url.path)
    #expect(try check.read { db in try db.tableExists("card") })
    try check.close()
  }

  @Test func aFileThatIsNotADatabaseIsAnError() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = try dir.write("rehearse.sqlite", String(repeating: "not a database\n", count: 100))
    #expect {
      try Store.open(at: url, timeZone: utc)
    } throws: { error in
      guard case StoreError.cannotOpen(let path, let reason) = error else { return false }
      return path == url.path && !reason.isEmpty
    }
  }

  /// An existing database with no Rehearse tables yet (an empty SQLite file) is migrated in place.
  @Test func anEmptyExistingDatabaseIsMigrated() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let queue = try DatabaseQueue(path: url.path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE unrelated (x)") }
    try queue.close()
    let store = try Store.open(at: url, timeZone: utc)
    try store.sync(with: CatalogFixtures.catalog(ids: ["a"]), at: t0)
    #expect(try store.card("a") != nil)
  }
}
