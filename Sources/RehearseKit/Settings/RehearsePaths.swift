import Foundation

/// Where Rehearse keeps its files, worked out from the environment.
///
/// `REHEARSE_HOME` puts everything in one folder. Otherwise the XDG base directories are used:
/// data (database, user banks) under `$XDG_DATA_HOME/rehearse`, the config file under
/// `$XDG_CONFIG_HOME/rehearse`, and line history under `$XDG_STATE_HOME/rehearse`.
public struct RehearsePaths: Sendable, Equatable {
  public var dataDirectory: URL
  public var configFile: URL
  public var historyFile: URL
  /// Rebuildable files, such as the parsed-catalog cache.
  public var cacheDirectory: URL
  /// Extra bank folders from `REHEARSE_BANKS` (colon-separated).
  public var extraBankDirectories: [URL]

  /// The default database file.
  public var database: URL { dataDirectory.appending(path: "rehearse.sqlite") }
  /// The user's own banks folder.
  public var userBanks: URL { dataDirectory.appending(path: "banks") }

  /// Works the paths out from an environment (normally `ProcessInfo.processInfo.environment`).
  public init(environment: [String: String]) {
    let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
    func xdg(_ key: String, _ fallback: String) -> URL {
      if let value = environment[key], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
      return home.appending(path: fallback)
    }
    if let root = environment["REHEARSE_HOME"], !root.isEmpty {
      let base = URL(fileURLWithPath: root)
      dataDirectory = base
      configFile = base.appending(path: "config.yaml")
      historyFile = base.appending(path: "history")
      cacheDirectory = base.appending(path: "cache")
    } else {
      dataDirectory = xdg("XDG_DATA_HOME", ".local/share").appending(path: "rehearse")
      configFile = xdg("XDG_CONFIG_HOME", ".config").appending(path: "rehearse/config.yaml")
      historyFile = xdg("XDG_STATE_HOME", ".local/state").appending(path: "rehearse/history")
      cacheDirectory = xdg("XDG_CACHE_HOME", ".cache").appending(path: "rehearse")
    }
    extraBankDirectories = (environment["REHEARSE_BANKS"] ?? "")
      .split(separator: ":").map { URL(fileURLWithPath: String($0)) }
  }
}
