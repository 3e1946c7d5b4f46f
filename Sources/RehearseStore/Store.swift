import FSRS
import Foundation
import GRDB

/// The user's practice history in one SQLite file: cards, the append-only review log,
/// sessions, stories and mocks. The only owner of the database: every query lives here, and
/// the rest of Rehearse asks for plain values.
///
/// Opens in WAL mode so a second terminal can read while one writes; every graded answer is
/// committed in its own transaction the moment it is given.
///
/// ```swift
/// let store = try Store.open(at: paths.database, settings: settings)
/// try store.sync(with: entries, at: .now)
/// ```
public final class Store: Sendable {
  /// The database connection(s).
  let writer: any DatabaseWriter
  /// Scheduling settings used to compute and replay reviews.
  public let settings: StoreSettings
  /// The scheduler the settings describe.
  public let scheduler: Scheduler
  /// Study-day boundaries.
  public let calendar: StudyCalendar
  /// The path of the database file, or `:memory:`.
  public let path: String
  /// Where review and session ids come from.
  public let ids: IDSource

  init(
    writer: any DatabaseWriter, path: String, settings: StoreSettings, timeZone: TimeZone,
    ids: IDSource = IDSource()
  ) {
    self.writer = writer
    self.ids = ids
    self.path = path
    self.settings = settings
    self.scheduler = Scheduler(settings.scheduler)
    self.calendar = StudyCalendar(timeZone: timeZone, rolloverHour: settings.rolloverHour)
  }

  /// Opens (creating if needed) and migrates the database at `url`.
  ///
  /// Before migrating an existing file to a newer schema, a copy of it is written next to it
  /// (`rehearse.sqlite.backup-<last migration>`).
  /// - Throws: ``StoreError`` when the file cannot be opened, or was written by a newer version.
  public static func open(
    at url: URL, settings: StoreSettings = StoreSettings(), timeZone: TimeZone = .current,
    ids: IDSource = IDSource()
  ) throws -> Store {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      var config = Configuration()
      config.busyMode = .timeout(10)
      let existed = FileManager.default.fileExists(atPath: url.path)
      let pool = try DatabasePool(path: url.path, configuration: config)
      // Durable on power loss too: each commit is synced to the WAL before it returns. Set on
      // the writer after the pool is open, since GRDB's WAL set-up sets NORMAL (and
      // `prepareDatabase` runs before it).
      try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      if existed { try backupBeforeMigrating(pool, url: url) }
      try migrator.migrate(pool)
      let store = Store(
        writer: pool, path: url.path, settings: settings, timeZone: timeZone, ids: ids)
      try store.finishMigrations()
      return store
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.cannotOpen(path: url.path, reason: Self.reason(error))
    }
  }

  /// An in-memory store, for benchmarks and quick checks (tests use file-backed stores, as
  /// production does: see ``temporary(settings:timeZone:ids:)``).
  public static func inMemory(
    settings: StoreSettings = StoreSettings(), timeZone: TimeZone = TimeZone(identifier: "UTC")!,
    ids: IDSource = IDSource()
  ) throws -> Store {
    let queue = try DatabaseQueue()
    try migrator.migrate(queue)
    let store = Store(
      writer: queue, path: ":memory:", settings: settings, timeZone: timeZone, ids: ids)
    try store.finishMigrations()
    return store
  }

  /// A file-backed store (WAL, a connection pool, as in production) in a new temporary folder.
  public static func temporary(
    settings: StoreSettings = StoreSettings(), timeZone: TimeZone = TimeZone(identifier: "UTC")!,
    ids: IDSource = IDSource()
  ) throws -> Store {
    let folder = FileManager.default.temporaryDirectory.appending(
      path: "rehearse-store-\(UUID().uuidString)")
    return try open(
      at: folder.appending(path: "rehearse.sqlite"), settings: settings, timeZone: timeZone,
      ids: ids)
  }

  /// Work a migration leaves for Swift code (it needs the user's time zone).
  private func finishMigrations() throws {
    try writer.write { db in
      guard
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'practice_days'")
          == "rebuild"
      else { return }
      try rebuildPracticeDays(in: db)
      try db.execute(sql: "DELETE FROM meta WHERE key = 'practice_days'")
    }
  }

  private static func backupBeforeMigrating(_ pool: DatabasePool, url: URL) throws {
    let (applied, pending, superseded) = try pool.read { db in
      (
        try migrator.appliedIdentifiers(db), try !migrator.hasCompletedMigrations(db),
        try migrator.hasBeenSuperseded(db)
      )
    }
    if superseded { throw StoreError.newerSchema(path: url.path) }
    guard pending, !applied.isEmpty else { return }
    let last = migrationNames.last { applied.contains($0) } ?? "unknown"
    let backup = url.deletingLastPathComponent().appending(
      path: url.lastPathComponent + ".backup-\(last)")
    try? FileManager.default.removeItem(at: backup)
    let copy = try DatabaseQueue(path: backup.path)
    try pool.backup(to: copy)
    try copy.close()
  }

  private static func reason(_ error: Error) -> String {
    if let db = error as? DatabaseError {
      if db.resultCode == .SQLITE_BUSY || db.resultCode == .SQLITE_LOCKED {
        return "\(StoreError.WriteFailure.busy); is another program (or a stuck rehearse) "
          + "holding it? Close it and try again"
      }
      return db.message ?? "SQLite error \(db.resultCode.rawValue)"
    }
    return (error as NSError).localizedDescription
  }
}
