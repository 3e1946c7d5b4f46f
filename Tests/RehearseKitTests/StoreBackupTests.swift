import Foundation
import GRDB
import RehearseTestSupport
import Testing

@testable import RehearseKit
@testable import RehearseStore

@Suite struct StoreBackupTests {
  /// A database made by an older Rehearse (only the first migration) is copied before the
  /// newer migrations run, and its data survives the upgrade.
  @Test func olderDatabaseIsBackedUpBeforeMigrating() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    do {
      let old = try DatabaseQueue(path: url.path)
      try Store.migrator.migrate(old, upTo: "v1-cards-reviews-sessions")
      try old.write { db in try CardRecord.new("q1", at: Date(timeIntervalSince1970: 0)).insert(db)
      }
      try old.close()
    }
    let store = try Store.open(at: url, timeZone: TimeZone(identifier: "UTC")!)
    #expect(try store.card("q1") != nil)
    #expect(try store.stories().isEmpty)
    let backup = dir.url.appending(path: "rehearse.sqlite.backup-v1-cards-reviews-sessions")
    #expect(FileManager.default.fileExists(atPath: backup.path))
    let copy = try DatabaseQueue(path: backup.path)
    let tables = try copy.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    #expect(tables.contains("card"))
    #expect(!tables.contains("story"))
    #expect(try copy.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM card") } == 1)

    // Opening again (nothing to migrate) writes no further backup.
    try FileManager.default.removeItem(at: backup)
    _ = try Store.open(at: url)
    #expect(!FileManager.default.fileExists(atPath: backup.path))
  }
}

extension StoreBackupTests {
  /// `rehearse backup` while another session writes: the copy opens, passes the integrity
  /// check, and holds every review recorded before it started; an existing file is refused.
  @Test func aBackupWhileASessionWritesIsConsistent() throws {
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    let url = dir.url.appending(path: "rehearse.sqlite")
    let store = try Store.open(at: url, timeZone: TimeZone(identifier: "UTC")!)
    let ids = (1...50).map { "q\($0)" }
    let t0 = Date(timeIntervalSince1970: 1_780_000_000)
    try store.sync(with: CatalogFixtures.catalog(ids: ids), at: t0)
    for id in ids.prefix(10) {
      try store.record(ReviewInput(questionId: id, rating: .good, reviewedAt: t0))
    }
    // A second connection, as another terminal would have, keeps writing during the backup.
    let other = try Store.open(at: url, timeZone: TimeZone(identifier: "UTC")!)
    let writing = Thread {
      for (i, id) in ids.dropFirst(10).enumerated() {
        try? other.record(
          ReviewInput(questionId: id, rating: .good, reviewedAt: t0 + Double(i + 1)))
      }
    }
    writing.start()
    let copy = dir.url.appending(path: "copy.sqlite")
    try store.backup(to: copy)
    while writing.isExecuting { Thread.sleep(forTimeInterval: 0.01) }
    let restored = try Store.open(at: copy)
    let counted = try restored.activeCards().filter { !$0.isNew }.count
    #expect(counted >= 10 && counted <= 50, "\(counted) reviewed cards in the copy")
    #expect(throws: StoreError.backupExists(path: copy.path)) { try store.backup(to: copy) }
  }
}
