import Foundation
import RehearseKit
import RehearseStore

extension Store {
  /// A file-backed store (a WAL connection pool, as production uses) in a new temporary folder,
  /// with the user-facing settings a test describes.
  public static func temporary(
    settings: Settings, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
    ids: IDSource = IDSource()
  ) throws -> Store {
    try temporary(settings: try settings.storeSettings(), timeZone: timeZone, ids: ids)
  }

  /// Opens a database file with the user-facing settings a test describes.
  public static func open(
    at url: URL, settings: Settings, timeZone: TimeZone = .current, ids: IDSource = IDSource()
  ) throws -> Store {
    try open(at: url, settings: try settings.storeSettings(), timeZone: timeZone, ids: ids)
  }

  /// Syncs the cards with a loaded catalog.
  @discardableResult
  public func sync(with catalog: BankCatalog, at date: Date) throws -> SyncReport {
    try sync(with: catalog.entries, at: date)
  }

  /// Rebuilds the per-area totals for a loaded catalog when its areas changed.
  public func refreshAreaDays(_ catalog: BankCatalog) throws {
    try refreshAreaDays(catalog.entries)
  }
}
