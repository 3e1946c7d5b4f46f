import Foundation
import GRDB

extension Store {
  /// Writes a consistent copy of the database to `url` with SQLite's online backup, while
  /// other sessions may be writing (they are not blocked; the copy is of one moment). Fails
  /// when `url` exists, so nothing is overwritten by mistake. The copy is checked with
  /// `PRAGMA integrity_check` before it is kept.
  public func backup(to url: URL) throws {
    guard !FileManager.default.fileExists(atPath: url.path) else {
      throw StoreError.backupExists(path: url.path)
    }
    let partial = url.deletingLastPathComponent().appending(
      path: "." + url.lastPathComponent + ".partial")
    try? FileManager.default.removeItem(at: partial)
    do {
      let copy = try DatabaseQueue(path: partial.path)
      try writer.backup(to: copy)
      let check = try copy.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
      try copy.close()
      guard check == "ok" else { throw StoreError.backupFailed(reason: check ?? "no result") }
      try FileManager.default.moveItem(at: partial, to: url)
    } catch {
      try? FileManager.default.removeItem(at: partial)
      throw error
    }
  }
}

extension Store {
  /// SQLite's `PRAGMA integrity_check` on this database: "ok", or the first problem found.
  public func integrityCheck() throws -> String {
    try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no result" }
  }
}
