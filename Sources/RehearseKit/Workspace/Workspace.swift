import Foundation
import RehearseStore

/// Everything a command needs: settings, loaded banks and the opened, synced store.
///
/// ```swift
/// let workspace = try Workspace.open(WorkspaceOptions(bundled: files, environment: env))
/// ```
public struct Workspace: Sendable {
  public var paths: RehearsePaths
  public var settings: Settings
  public var catalog: BankCatalog
  public var store: Store
  public var clock: RehearseClock
  /// Problems with banks or folders that did not stop the app (printed as warnings).
  public var bankDiagnostics: [Diagnostic]
  /// What syncing banks into the store changed.
  public var sync: SyncReport
  /// The user's STAR stories (latest versions).
  public var stories: [Story]

  /// Opens everything, or throws ``WorkspaceError`` with positioned diagnostics when the
  /// config file is bad (a bad config is never silently replaced by defaults).
  public static func open(_ options: WorkspaceOptions) throws -> Workspace {
    let paths = RehearsePaths(environment: options.environment)
    let loaded = SettingsFile.load(paths.configFile)
    guard loaded.isValid else { throw WorkspaceError.badConfig(loaded.diagnostics) }
    let clock: RehearseClock
    do { clock = try RehearseClock.from(environment: options.environment) } catch let error
      as ClockError
    {
      throw WorkspaceError.badEnvironment(error.description)
    }
    let (banks, folderErrors) = BankLoader.loadAll(
      bundled: options.bundled, userBanks: paths.userBanks,
      extraDirectories: paths.extraBankDirectories + options.extraBankDirectories,
      cache: paths.cacheDirectory.appending(path: "catalog.bin"))
    let timeZone = options.environment["TZ"].flatMap(TimeZone.init(identifier:)) ?? .current
    let ids =
      options.environment["REHEARSE_SEED"].flatMap(UInt64.init).map(IDSource.init(seed:))
      ?? IDSource()
    let store = try Store.open(
      at: options.database ?? paths.database, settings: loaded.settings.storeSettings(),
      timeZone: timeZone, ids: ids)
    if options.environment["REHEARSE_SEED"] != nil {
      ids.reseed(UInt64(try store.rowCount()))
    }
    // Stories are drilled too: each becomes a "retell this story" card.
    let stories = try store.stories()
    let catalog = banks.addingStoryDrills(stories)
    let entries = catalog.entries
    let sync = try store.sync(with: entries, at: clock.now())
    try store.refreshAreaDays(entries)
    let diagnostics =
      folderErrors.map {
        Diagnostic(.error, at: SourceLocation(path: $0.pathForDisplay), $0.reasonForDisplay)
      }
      + catalog.diagnostics
    return Workspace(
      paths: paths, settings: loaded.settings, catalog: catalog, store: store, clock: clock,
      bankDiagnostics: diagnostics, sync: sync, stories: stories)
  }
}

extension BankError {
  /// The path the error concerns.
  public var pathForDisplay: String {
    switch self {
    case .unreadable(let path, _), .notFound(let path): path
    }
  }

  /// The reason, without the path.
  public var reasonForDisplay: String {
    switch self {
    case .unreadable(_, let reason): reason
    case .notFound: "no such file or directory"
    }
  }
}
